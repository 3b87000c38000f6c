package sa.org.hayaniyah.masar.verification;

/**
 * The documents the decision table {@code required-documents} can ask for (its output codes).
 */
enum DocumentType {

	ID_COPY, FAMILY_RECORD, INCOME_PROOF, LEASE_CONTRACT, MEDICAL_REPORT, BANK_IBAN_CERTIFICATE

}
