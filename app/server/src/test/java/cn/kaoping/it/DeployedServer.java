package cn.kaoping.it;

import java.net.URI;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the integration tests that call the API as a client: the built WAR on the run's
 * one Payara Micro (started, ready and with the demo tenants provisioned on first use).
 */
@KaopingIT
public abstract class DeployedServer {

    /** The application's root, e.g. {@code http://localhost:8123/}. */
    protected URI base;

    protected Api api;

    @BeforeEach
    void useSharedServer() {
        base = Stack.server();
        api = new Api(base);
    }
}
