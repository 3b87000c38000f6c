package sa.org.hayaniyah.masar;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Masar runs the beneficiary journey of Al-Hayaniyah Association's Beneficiary Relations Policy on Camunda 7.
 * As a process application it deploys {@code processes/} and {@code forms/} through {@code META-INF/processes.xml}.
 */
@SpringBootApplication
@EnableProcessApplication("masar")
@ConfigurationPropertiesScan
public class MasarApplication {

	public static void main(String[] args) {
		SpringApplication.run(MasarApplication.class, args);
	}

}
