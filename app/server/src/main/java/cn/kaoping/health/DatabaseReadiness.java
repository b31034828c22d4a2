package cn.kaoping.health;

import cn.kaoping.platform.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} is DOWN while PostgreSQL cannot be reached. The answer is unauthenticated
 * (probes), so it says UP or DOWN and nothing else; why it is down (host, port, role) goes to the log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database").status(connection.isValid(2)).build();
        } catch (SQLException e) {
            LOG.warning(() -> "Readiness: PostgreSQL cannot be reached: " + e.getMessage());
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
