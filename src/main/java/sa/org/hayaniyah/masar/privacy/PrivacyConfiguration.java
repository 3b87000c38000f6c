package sa.org.hayaniyah.masar.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the retention job on its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PrivacyConfiguration {

}
