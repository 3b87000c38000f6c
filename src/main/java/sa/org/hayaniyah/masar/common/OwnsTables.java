package sa.org.hayaniyah.masar.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a module owns, declared once on its {@code package-info}: only the owner's SQL names them. Other
 * modules call the owner's Java API or read the {@link #views() views} the owner publishes (Flyway migrations, each
 * reading only the owner's tables). {@code ModuleTablesTest} holds every module to this, as {@code ModularityTest}
 * holds the Java dependencies.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

	/** Tables only this module's SQL names. */
	String[] value();

	/** Views of this module's tables that other modules may read. */
	String[] views() default {};

}
