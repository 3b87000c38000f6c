package sa.org.hayaniyah.masar.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a production installation, from the environment ({@code MASAR_ADMIN_ID},
 * {@code MASAR_ADMIN_PASSWORD}); absent in the default profile, which has demo users instead.
 */
@ConfigurationProperties("masar.admin")
record FirstAdminProperties(String id, String password, String firstName, String lastName) {
}
