package sa.org.hayaniyah.masar.verification;

/** How the applicant signed the declaration (R4). */
enum SignatureMethod {

	PAPER, OTP, ONLINE

}
