package cn.kaoping.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test against the shared {@link Stack}: a real PostgreSQL, a real Keycloak and
 * the built WAR on one Payara Micro, each started when a test of the run first needs it.
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Stack.class)
public @interface KaopingIT {
}
