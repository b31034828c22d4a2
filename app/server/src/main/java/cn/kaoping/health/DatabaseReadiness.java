package cn.kaoping.health;

import cn.kaoping.platform.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} is DOWN while PostgreSQL cannot be reached, and answers within
 * {@value #BOUND_MILLIS} ms even when PostgreSQL is frozen: the check runs on a managed thread
 * and is given up after that bound. While a check is still hanging, the next probe does not start
 * another one (probes must not pile up threads): it is DOWN at once. The answer is
 * unauthenticated (probes), so it says UP or DOWN and nothing else; why it is down (host, port,
 * role) goes to the log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
    static final long BOUND_MILLIS = 3000;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private Future<Boolean> running;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(reachable()).build();
    }

    private boolean reachable() {
        Future<Boolean> check;
        synchronized (this) {
            if (running != null && !running.isDone()) {
                LOG.warning("Readiness: the previous check of PostgreSQL has not answered yet");
                return false;
            }
            running = executor.submit(this::check);
            check = running;
        }
        try {
            return check.get(BOUND_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warning(() -> "Readiness: PostgreSQL did not answer within " + BOUND_MILLIS + " ms");
            return false;
        } catch (ExecutionException e) {
            LOG.warning(() -> "Readiness: PostgreSQL check failed: " + e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean check() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            LOG.warning(() -> "Readiness: PostgreSQL cannot be reached: " + e.getMessage());
            return false;
        }
    }
}
