package cn.kaoping.people;

import cn.kaoping.audit.AuditTrail;
import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.cycle.Cycles;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.security.Role;
import cn.kaoping.platform.persistence.InTenant;
import cn.kaoping.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The database side of assignments, each method one short transaction in the request's tenant,
 * so that no connection is held while Keycloak is called ({@link PeopleService}).
 */
@ApplicationScoped
@Transactional
@InTenant
public class PeopleRecords {

    @Inject
    Assignments assignments;
    @Inject
    Cycles cycles;
    @Inject
    AuditTrail audit;
    @Inject
    Scopes scopes;

    /** What one removal left: the removed assignment, and whether its holder keeps another place of that role. */
    record Removed(AssignmentView assignment, boolean roleStillHeld) {
    }

    public List<AssignmentView> list() {
        return assignments.all().stream().map(Assignment::view).toList();
    }

    public List<Place> mine() {
        return scopes.mine();
    }

    /** The place names an agency or unit of one of the tenant's cycles: 400 naming the field otherwise. */
    void check(Place place) {
        if (place.kind() == Place.Kind.AGENCY && cycles.all().stream().map(c -> cycles.bound(c.code()))
                .noneMatch(c -> c.agencies().all().contains(place.scope())
                        || (place.role().equals(Role.APPROVER) && c.signingAgencies().contains(place.scope())))) {
            throw new DomainException.Invalid("agency", "no cycle of the tenant has an assessing agency named \""
                    + place.scope() + "\" (open the cycle first; its agencies are those its scheme names, and for "
                    + "approvers those that sign its approval levels)");
        }
        if (place.kind() == Place.Kind.UNIT && !cycles.anyCycleHasUnit(place.scope())) {
            throw new DomainException.Invalid("unit", "no cycle of the tenant has a unit \"" + place.scope() + "\"");
        }
    }

    /** Stores the assignment, or finds it when the person holds the place already (then {@code created} is false). */
    Optional<AssignmentView> existing(String subject, Place place) {
        return assignments.find(subject, place).map(Assignment::view);
    }

    AssignmentView store(String subject, String username, String name, Place place, Actor actor) {
        Assignment a = new Assignment(subject, username, name, place, actor.name(), OffsetDateTime.now());
        try {
            assignments.add(a);
        } catch (PersistenceException e) {
            throw new DomainException.Conflict(username + " 已被同时安排到" + place.label() + "，请刷新后查看。");
        }
        audit.record(actor, "assignment.added", username + "（" + name + "）安排为" + place.label(), Optional.empty(),
                Optional.of(a.view().toString()));
        return a.view();
    }

    Removed remove(long id, Actor actor) {
        Assignment a = assignments.find(id).orElseThrow(() -> new DomainException.NotFound("没有编号为 " + id + " 的人员安排。"));
        AssignmentView view = a.view();
        assignments.remove(a);
        audit.record(actor, "assignment.removed", view.username() + "（" + view.name() + "）不再是" + a.place().label(),
                Optional.of(view.toString()), Optional.empty());
        boolean stillHeld = assignments.of(view.subject()).stream().anyMatch(p -> p.role().equals(view.role()));
        return new Removed(view, stillHeld);
    }
}
