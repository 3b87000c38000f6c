package sa.org.hayaniyah.masar.verification;

/** How the applicant signed the declaration (R4). */
public enum SignatureMethod {

	PAPER, OTP, ONLINE

}
