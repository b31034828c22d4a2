package cn.kaoping.platform.security;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The units of a tenant's cycles that are another tenant (seed 001: a city's cycle assessing its
 * counties, each county unit linked to the county's tenant), for {@link TenantAccess}: the linked
 * county's scheme admins report for that unit in the city's cycle. Read in the county's scope,
 * where row-level security shows the county the units linked to it and nothing else of the city
 * ({@code db/V14__linked_units.sql}); an archived county's link gives nothing.
 */
@ApplicationScoped
public class LinkedUnits {

    private static final String UNITS = """
            SELECT DISTINCT u.code FROM cycle_unit u JOIN tenant t ON t.code = u.linked_tenant AND t.status = 'ACTIVE'
            WHERE u.tenant_code = ? AND u.linked_tenant = ?""";

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    /** The unit codes of {@code assessing}'s cycles linked to the tenant {@code linked}. */
    public Set<String> of(String assessing, String linked) {
        Set<String> units = new TreeSet<>();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (PreparedStatement scope = c.prepareStatement("SELECT set_config('kaoping.tenant', ?, true)")) {
                    scope.setString(1, linked);
                    scope.execute();
                }
                try (PreparedStatement s = c.prepareStatement(UNITS)) {
                    s.setString(1, assessing);
                    s.setString(2, linked);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            units.add(r.getString(1));
                        }
                    }
                }
            } finally {
                // set_config(…, true) ends with the transaction: nothing of the scope stays on the pooled connection
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DomainException.Unavailable("数据库暂时不可用，请稍后再试。", Optional.empty(), e);
        }
        return Set.copyOf(units);
    }
}
