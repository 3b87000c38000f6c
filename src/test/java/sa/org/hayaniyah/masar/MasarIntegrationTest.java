package sa.org.hayaniyah.masar;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An engine or domain test: runs on H2 and again on PostgreSQL (tag {@code database}), all in one cached context.
 * Test classes extend {@link DatabaseTestSupport} for the database properties. It boots the application (tag
 * {@code application}), so it runs in {@code ./mvnw verify}, not in the fast tier of {@code ./mvnw test}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("application")
@Tag("database")
@ExtendWith(TestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface MasarIntegrationTest {

}
