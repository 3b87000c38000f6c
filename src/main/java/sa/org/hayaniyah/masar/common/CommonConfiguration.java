package sa.org.hayaniyah.masar.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommonConfiguration {

	@Bean
	Clock clock(@Value("${masar.zone:Asia/Riyadh}") String zone) {
		return new EngineClock(ZoneId.of(zone));
	}

}
