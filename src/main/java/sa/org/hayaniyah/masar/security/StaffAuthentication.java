package sa.org.hayaniyah.masar.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An employee known to the engine, with their Camunda groups as authorities (group ids, no {@code ROLE_} prefix),
 * read fresh from the identity service on every call so that a removed membership counts at once.
 */
final class StaffAuthentication extends AbstractAuthenticationToken {

	private final String user;

	private final List<String> groups;

	StaffAuthentication(String user, List<String> groups) {
		super(groups.stream().map(SimpleGrantedAuthority::new).toList());
		this.user = user;
		this.groups = List.copyOf(groups);
		setAuthenticated(true);
	}

	static StaffAuthentication of(String user, IdentityService identityService) {
		return new StaffAuthentication(user,
				identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
	}

	List<String> groups() {
		return groups;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return user;
	}

}
