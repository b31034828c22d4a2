package cn.kaoping.people;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.security.Caller;
import cn.kaoping.platform.security.CurrentTenant;
import cn.kaoping.tenant.ProvisioningService;
import cn.kaoping.tenant.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts people in their places: finds the Keycloak user or creates one (temporary password, a
 * password change required at first login), makes it a member of the tenant's role group, then
 * stores the scope. Keycloak is called outside any database transaction (each call bounded by the
 * adapter's timeouts); if storing fails, what was done in Keycloak for this request is undone.
 */
@ApplicationScoped
public class PeopleService {

    private static final Logger LOG = Logger.getLogger(PeopleService.class.getName());
    /** The most members a search answers. */
    static final int MAX_FOUND = 50;

    @Inject
    PeopleRecords records;
    @Inject
    TenantDirectory directory;
    @Inject
    CurrentTenant tenant;
    @Inject
    Caller caller;

    /** The assignment, whether it is new, and the temporary password of an account created for it. */
    public record Outcome(AssignmentView assignment, boolean created, Optional<String> temporaryPassword) {
    }

    /** A member found: the account, its roles in the tenant, and its places (assignments). */
    public record Member(String username, String name, String email, Set<String> roles, List<AssignmentView> places) {
    }

    /** The tenant's members whose username, name or e-mail contains {@code search}: at most 50, with their places. */
    public List<Member> find(String search) {
        new InputCheck().text("search", search, 100).orThrow();
        List<TenantDirectory.Member> found = keycloak(() -> directory.members(tenant.code(), search.strip(), MAX_FOUND));
        List<AssignmentView> places = records.list();
        return found.stream().map(m -> new Member(m.username(), m.name(), m.email(), m.roles(),
                places.stream().filter(a -> a.subject().equals(m.id())).toList())).toList();
    }

    public Outcome assign(NewAssignment request) {
        Place place = request.place();
        records.check(place);
        Optional<String> found = keycloak(() -> directory.userId(request.username()));
        Optional<String> password = Optional.empty();
        String userId;
        boolean userCreated = false;
        if (found.isPresent()) {
            userId = found.get();
        } else {
            if (request.email() == null) {
                throw new DomainException.Invalid("email", "is required to create the account " + request.username()
                        + ", which does not exist yet");
            }
            password = Optional.of(ProvisioningService.temporaryPassword());
            // Keycloak's user profile requires both names: as at provisioning, the username and the tenant's code
            TenantDirectory.NewUser user = new TenantDirectory.NewUser(request.username(), request.email(),
                    Optional.ofNullable(request.firstName()).orElse(request.username()),
                    Optional.ofNullable(request.lastName()).orElse(tenant.code()), password.get(), tenant.code(), place.role());
            userId = keycloak(() -> {
                try {
                    return directory.createUser(user);
                } catch (TenantDirectory.UsernameTakenException e) {
                    throw new DomainException.Conflict("用户名 " + request.username() + " 或邮箱 " + request.email()
                            + " 已属于另一个账号。");
                } catch (TenantDirectory.AccountRefusedException e) {
                    throw new DomainException.Invalid("username", "统一身份认证拒绝了这个账号（" + e.getMessage() + "）");
                }
            });
            userCreated = true;
        }
        Optional<AssignmentView> existing = records.existing(userId, place);
        if (existing.isPresent()) {
            return new Outcome(existing.get(), false, Optional.empty());
        }
        // an account created now holds the role already
        boolean granted = !userCreated && keycloak(() -> directory.grant(userId, tenant.code(), place.role())).created();
        try {
            AssignmentView stored = records.store(userId, request.username(), request.displayName(), place, caller.actor());
            return new Outcome(stored, true, userCreated ? password : Optional.empty());
        } catch (RuntimeException e) {
            if (granted) {
                quietly(() -> directory.revoke(userId, tenant.code(), place.role()));
            }
            if (userCreated) {
                quietly(() -> directory.deleteUser(userId));
            }
            throw e;
        }
    }

    /** Removes a place: at once for the application; the Keycloak role goes when the person holds no other place of it. */
    public AssignmentView remove(long id) {
        PeopleRecords.Removed removed = records.remove(id, caller.actor());
        if (!removed.roleStillHeld()) {
            quietly(() -> directory.revoke(removed.assignment().subject(), tenant.code(), removed.assignment().role()));
        }
        return removed.assignment();
    }

    private <T> T keycloak(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Keycloak call for an assignment failed", e);
            throw new DomainException.Unavailable("统一身份认证（Keycloak）暂时不可用（"
                    + directory.failureCause(e).orElse("unknown") + "），未做任何更改，请稍后再试。",
                    Optional.of(Duration.ofSeconds(5)), e);
        }
    }

    private static void quietly(Runnable undo) {
        try {
            undo.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not undo a Keycloak step of an assignment", e);
        }
    }
}
