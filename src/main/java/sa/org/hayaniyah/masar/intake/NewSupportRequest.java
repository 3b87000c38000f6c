package sa.org.hayaniyah.masar.intake;

/**
 * What every channel must tell us to open a request.
 */
public record NewSupportRequest(Channel channel, String nationalId, String applicantName, String mobile,
		SupportType supportType, String receivedBy) {
}
