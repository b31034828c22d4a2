package cn.kaoping.tenant;

import cn.kaoping.platform.security.Actor;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo tenants of {@code tenant-schemes/demo-tenants.json}, provisioned at start-up through
 * the same {@link ProvisioningService} as any other tenant, when {@code kaoping.demo.tenants=true}
 * (the README's run command and the integration tests set it). Keycloak may still be starting:
 * it retries until every tenant is there. Demo users named in {@code members} get their roles.
 */
@ApplicationScoped
public class DemoTenants {

    private static final Logger LOG = Logger.getLogger(DemoTenants.class.getName());
    private static final Duration RETRY = Duration.ofSeconds(3);
    private static final int ATTEMPTS = 200;

    @Inject
    @ConfigProperty(name = "kaoping.demo.tenants", defaultValue = "false")
    boolean enabled;
    @Inject
    ProvisioningService provisioning;
    @Inject
    TenantDirectory directory;
    @Resource
    ManagedExecutorService executor;

    private volatile boolean done;

    /** One demo tenant: a provisioning request and the demo users to give roles in it. */
    public record DemoTenant(ProvisionTenant tenant, Map<String, List<String>> members) {
    }

    /** The file's shape. */
    public record DemoFile(List<DemoTenant> tenants) {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!enabled) {
            done = true;
            return;
        }
        executor.submit(this::provisionAll);
    }

    /** Whether the demo tenants are all there (or none are wanted). */
    public boolean done() {
        return done;
    }

    private void provisionAll() {
        List<DemoTenant> demo = read();
        for (int attempt = 1; attempt <= ATTEMPTS && !done; attempt++) {
            try {
                for (DemoTenant t : demo) {
                    provisioning.provision(t.tenant(), Optional.empty(), Actor.SYSTEM, Optional.empty(), Optional.empty());
                    t.members().forEach((role, usernames) -> usernames.forEach(username -> directory.userId(username)
                            .ifPresent(id -> directory.grant(id, t.tenant().code(), role))));
                }
                done = true;
                LOG.info(() -> demo.size() + " demo tenants are provisioned");
            } catch (RuntimeException e) {
                LOG.log(attempt % 10 == 1 ? Level.INFO : Level.FINE,
                        "Demo tenants not provisioned yet (attempt " + attempt + "), retrying: " + e.getMessage());
                sleep();
            }
        }
    }

    private static List<DemoTenant> read() {
        try (InputStream in = DemoTenants.class.getClassLoader().getResourceAsStream("tenant-schemes/demo-tenants.json");
             Jsonb jsonb = JsonbBuilder.create()) {
            if (in == null) {
                throw new IllegalStateException("tenant-schemes/demo-tenants.json is not in the WAR");
            }
            return jsonb.fromJson(in, DemoFile.class).tenants();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read tenant-schemes/demo-tenants.json: " + e.getMessage(), e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
