package sa.org.hayaniyah.masar.verification;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param incomePerMemberThreshold monthly household income per member (SAR) up to which a family is eligible
 * @param serviceArea the cities and towns the association serves (compared after Arabic normalisation)
 */
@ConfigurationProperties("masar.eligibility")
record EligibilityProperties(BigDecimal incomePerMemberThreshold, List<String> serviceArea) {

	public EligibilityProperties {
		if (incomePerMemberThreshold == null || incomePerMemberThreshold.signum() <= 0) {
			throw new IllegalArgumentException("masar.eligibility.income-per-member-threshold must be a positive amount");
		}
		if (serviceArea == null || serviceArea.isEmpty()) {
			throw new IllegalArgumentException("masar.eligibility.service-area must name at least one city");
		}
	}

}
