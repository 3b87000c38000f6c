package sa.org.hayaniyah.masar.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic on the staff API checks the password with the engine, as the engine REST API and the webapps do, so the
 * same users, password policy and login throttling apply. Being a bean, it also keeps Spring Boot from creating its
 * default in-memory user with a generated password.
 */
@Component
class EngineUserAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	EngineUserAuthenticationProvider(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String user = authentication.getName();
		Object password = authentication.getCredentials();
		if (user == null || user.isEmpty() || !(password instanceof String secret)
				|| !identityService.checkPassword(user, secret)) {
			throw new BadCredentialsException("Bad credentials");
		}
		return StaffAuthentication.of(user, identityService);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
