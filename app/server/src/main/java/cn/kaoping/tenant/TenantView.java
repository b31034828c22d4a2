package cn.kaoping.tenant;

import cn.kaoping.jurisdiction.JurisdictionLevel;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A tenant as the API shows it.
 *
 * @param parent       the parent jurisdiction's code
 * @param parentTenant the nearest tenant above (absent for a root)
 * @param schemes      its scheme copies (only when one tenant is read)
 */
public record TenantView(String code, String name, JurisdictionLevel level, String parent, String parentTenant,
                         TenantStatus status, OffsetDateTime archivedAt, List<SchemeSummary> schemes) {

    public TenantView withSchemes(List<SchemeSummary> schemes) {
        return new TenantView(code, name, level, parent, parentTenant, status, archivedAt, schemes);
    }

    /** A scheme copy of the tenant. */
    public record SchemeSummary(String id, int year, String name, String template) {
    }
}
