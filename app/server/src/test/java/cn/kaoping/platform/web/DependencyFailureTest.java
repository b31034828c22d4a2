package cn.kaoping.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which failures, however deeply wrapped, are a dependency not answering (503) and which are not. */
class DependencyFailureTest {

    @Test
    void statementAndLockTimeoutsAndLostConnectionsAreTheDatabase() {
        for (String state : new String[] {"57014", "55P03", "08006", "08001", "57P01", "53300"}) {
            Throwable wrapped = new RuntimeException("EJBException", new IllegalStateException("PersistenceException",
                    new SQLException("from PostgreSQL", state)));
            assertEquals(Optional.of("the database"), DependencyFailure.of(wrapped), state);
        }
        assertEquals(Optional.of("the database"), DependencyFailure.of(new RuntimeException(new SQLTimeoutException())));
    }

    @Test
    void thePoolsAllocationFailureIsTheDatabase() {
        Throwable pool = new SQLException("Error in allocating a connection", (String) null, new PoolingException());
        assertEquals(Optional.of("the database"), DependencyFailure.of(new RuntimeException(pool)));
    }

    @Test
    void aSocketTimeoutIsADependency() {
        assertEquals(true, DependencyFailure.of(new RuntimeException(new SocketTimeoutException("Read timed out"))).isPresent());
    }

    @Test
    void constraintViolationsAndBugsAreNot() {
        assertEquals(Optional.empty(), DependencyFailure.of(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertEquals(Optional.empty(), DependencyFailure.of(new IllegalStateException("a bug")));
        assertEquals(Optional.empty(), DependencyFailure.of(new SQLException("no state")));
    }

    /** Stands for Payara's com.sun.appserv.connectors.internal.api.PoolingException, matched by name. */
    private static final class PoolingException extends Exception {
    }
}
