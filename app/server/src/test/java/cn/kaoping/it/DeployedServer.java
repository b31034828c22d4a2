package cn.kaoping.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the integration tests that call the API as a client: the built WAR deployed on
 * Payara Micro, its URL, and a wait until it is ready (the demo tenants are provisioned).
 */
@KaopingIT
public abstract class DeployedServer {

    @ArquillianResource
    protected URL base;

    protected Api api;

    /** The WAR the build produced, unchanged. */
    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeEach
    void awaitReadyServer() {
        Api.awaitReady(base);
        api = new Api(base);
    }
}
