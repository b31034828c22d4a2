package cn.kaoping.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test against the built WAR on Payara Micro, with a real PostgreSQL and a real
 * Keycloak. The stack starts before Arquillian reads its container configuration.
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({Stack.class, ArquillianExtension.class})
public @interface KaopingIT {
}
