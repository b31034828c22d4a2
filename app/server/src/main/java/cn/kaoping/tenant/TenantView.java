package cn.kaoping.tenant;

import cn.kaoping.jurisdiction.JurisdictionLevel;
import cn.kaoping.schemes.SchemeStatus;
import cn.kaoping.schemes.SchemeView;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A tenant as the API shows it.
 *
 * @param parent       the parent jurisdiction's code
 * @param parentTenant the nearest tenant above (absent for a root)
 * @param schemes      its schemes (only when one tenant is read)
 */
public record TenantView(String code, String name, JurisdictionLevel level, String parent, String parentTenant,
                         TenantStatus status, OffsetDateTime archivedAt, List<SchemeSummary> schemes) {

    public TenantView withSchemes(List<SchemeSummary> schemes) {
        return new TenantView(code, name, level, parent, parentTenant, status, archivedAt, schemes);
    }

    /**
     * A scheme of the tenant: its version in force (the newest published, else its first draft).
     *
     * @param template how the scheme began ({@code file:…}, {@code tenant:…}, {@code clone:…}, {@code upload})
     */
    public record SchemeSummary(String id, int year, String name, String template, int version, SchemeStatus status) {

        static List<SchemeSummary> of(List<SchemeView> schemes) {
            return schemes.stream()
                    .map(s -> new SchemeSummary(s.id(), s.year(), s.name(), s.template(), s.current(), s.status()))
                    .toList();
        }
    }
}
