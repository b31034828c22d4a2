package cn.kaoping.people;

import cn.kaoping.platform.security.Caller;
import cn.kaoping.platform.security.CurrentTenant;
import cn.kaoping.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The caller's places in the request's tenant: which agencies it assesses, which units it reports
 * for. Read once per request from the assignments (never from the token), so that a removed
 * scope takes effect on the next request. A role held without any scope gives nothing to do.
 */
@RequestScoped
public class Scopes {

    @Inject
    Caller caller;
    @Inject
    CurrentTenant tenant;
    @Inject
    Assignments assignments;

    private List<Place> places;

    @Transactional(Transactional.TxType.MANDATORY)
    List<Place> places() {
        if (places == null) {
            places = assignments.of(caller.subject());
        }
        return places;
    }

    /** The agencies the caller holds {@code role} of (assessor, approver), as the tenant's Keycloak role allows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> agencies(String role) {
        if (!tenant.require().roles().contains(role)) {
            return Set.of();
        }
        return places().stream().filter(p -> p.role().equals(role) && p.kind() == Place.Kind.AGENCY)
                .map(Place::scope).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the caller holds {@code role} for the whole tenant (an approver without an agency), as the tenant's Keycloak role allows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tenantWide(String role) {
        return tenant.require().roles().contains(role)
                && places().stream().anyMatch(p -> p.role().equals(role) && p.kind() == Place.Kind.TENANT);
    }

    /**
     * The units the caller reports for: its places, and the units that are a tenant it is a scheme
     * admin of (a county in a city's cycle, seed 001).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> units() {
        if (!tenant.require().roles().contains(Role.UNIT_REPORTER)) {
            return Set.of();
        }
        return Stream.concat(tenant.require().linkedUnits().stream(), places().stream()
                        .filter(p -> p.role().equals(Role.UNIT_REPORTER) && p.kind() == Place.Kind.UNIT).map(Place::scope))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether the caller sees every unit of the tenant: a scheme admin, an admin above,
     * an approver or an assessor (who enter or check facts of every unit); else only its own units.
     */
    public boolean seesEveryUnit() {
        return tenant.require().holdsAnyOf(Set.of(Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN, Role.APPROVER,
                Role.ASSESSOR));
    }

    /**
     * The caller's places, for {@code GET …/assignments/mine}: its assignments, and the reporting of
     * each unit that is a tenant it is a scheme admin of (a county in a city's cycle).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Place> mine() {
        return Stream.concat(places().stream(), tenant.require().linkedUnits().stream()
                .map(unit -> new Place(Role.UNIT_REPORTER, Place.Kind.UNIT, unit))).distinct().toList();
    }
}
