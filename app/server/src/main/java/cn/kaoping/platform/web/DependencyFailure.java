package cn.kaoping.platform.web;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Optional;

/**
 * Recognises, anywhere in a cause chain, a dependency that did not answer in time or could not be
 * reached: PostgreSQL's statement or lock timeout (SQLState 57014, 55P03), a lost or refused
 * connection (class 08, 57P01-57P03, 53300), the pool's wait for a free connection running out, or a
 * socket that timed out (PostgreSQL's socketTimeout, Keycloak's HTTP client). These are answered 503
 * with {@code Retry-After}, never 500: the request may be sent again once the dependency is back.
 */
final class DependencyFailure {

    private DependencyFailure() {
    }

    /** What did not answer, in words for the client ("the database", "Keycloak"), or empty. */
    static Optional<String> of(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql && databaseUnavailable(sql)) {
                return Optional.of("the database");
            }
            String type = t.getClass().getName();
            // the pool's "In-use connections equal max-pool-size and expired max-wait-time"
            if (t.getClass().getSimpleName().equals("PoolingException")
                    || type.equals("jakarta.resource.spi.ResourceAllocationException")) {
                return Optional.of("the database");
            }
            if (t instanceof SocketTimeoutException || t instanceof ConnectException) {
                return Optional.of(keycloak(e) ? "Keycloak" : "a service the server depends on");
            }
        }
        return Optional.empty();
    }

    private static boolean databaseUnavailable(SQLException e) {
        if (e instanceof SQLTimeoutException || e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = e.getSQLState();
        return state != null && (state.equals("57014") // query_canceled: statement_timeout
                || state.equals("55P03") // lock_not_available: lock_timeout
                || state.startsWith("08") // connection exceptions
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03") // shutdown, cannot connect now
                || state.equals("53300")); // too_many_connections
    }

    private static boolean keycloak(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("org.jboss.resteasy") || t.getClass().getName().startsWith("org.keycloak")) {
                return true;
            }
        }
        return false;
    }
}
