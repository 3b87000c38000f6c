package sa.org.hayaniyah.masar.privacy;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import sa.org.hayaniyah.masar.common.AuditTrail;

/** Runs the retention job on its schedule; audits reads of process variables through the engine's APIs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PrivacyConfiguration {

	@Bean
	FilterRegistrationBean<EngineReadAudit> engineReadAudit(AuditTrail audit, HistoryService historyService) {
		FilterRegistrationBean<EngineReadAudit> registration = new FilterRegistrationBean<>(
				new EngineReadAudit(audit, historyService));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		return registration;
	}

}
