package sa.org.hayaniyah.masar.intake;

public enum RequestStatus {

	OPEN, CLOSED_INCOMPLETE, REJECTED, SERVED

}
