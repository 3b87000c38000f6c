package sa.org.hayaniyah.masar.intake;

/**
 * The policy's channels of communication (C1–C8). Online channels start the journey through the API;
 * staff see the Arabic names in the forms.
 */
public enum Channel {

	C1(false), C2(false), C3(true), C4(false), C5(true), C6(false), C7(true), C8(false);

	private final boolean online;

	Channel(boolean online) {
		this.online = online;
	}

	public boolean isOnline() {
		return online;
	}

}
