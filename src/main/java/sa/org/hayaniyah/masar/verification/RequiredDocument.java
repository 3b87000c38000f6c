package sa.org.hayaniyah.masar.verification;

/** A document a support type needs, as listed in {@code processes/required-documents.dmn}. */
record RequiredDocument(String code, String arabicName) {
}
