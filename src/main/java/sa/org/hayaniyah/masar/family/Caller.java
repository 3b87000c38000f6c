package sa.org.hayaniyah.masar.family;

import java.util.Collection;
import java.util.List;

import sa.org.hayaniyah.masar.security.Roles;

/** The employee calling, with their groups. */
record Caller(String user, List<String> groups) {

	Caller(String user, Collection<String> groups) {
		this(user, List.copyOf(groups));
	}

	/** Supervisors and administrators see every family in full. */
	boolean supervises() {
		return groups.contains(Roles.SUPERVISORS) || groups.contains(Roles.ADMINS);
	}

	/** Reception answers every family's "where is my request?" (O3). */
	boolean reception() {
		return groups.contains(Roles.RECEPTION);
	}

}
