package sa.org.hayaniyah.masar.intake;

/** A household member with the id of its row, so a later change can name the member it is about. */
public record RecordedMember(long id, HouseholdMember member) {
}
