package sa.org.hayaniyah.masar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Masar runs the beneficiary journey of Al-Hayaniyah Association's Beneficiary Relations Policy on Camunda 7.
 * {@code processes/} and {@code forms/} are deployed at start-up by the {@code deployment} package.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MasarApplication {

	public static void main(String[] args) {
		SpringApplication.run(MasarApplication.class, args);
	}

}
