package sa.org.hayaniyah.masar.inquiry;

import sa.org.hayaniyah.masar.intake.Channel;

/**
 * A checked inquiry, ready to be recorded. National ID and request reference are optional links.
 */
record NewInquiry(Channel channel, InquiryKind kind, String question, String personName, String nationalId,
		String mobile, String email, String preferredChannel, String requestReference, String receivedBy) {
}
