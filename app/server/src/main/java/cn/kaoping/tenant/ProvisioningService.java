package cn.kaoping.tenant;

import cn.kaoping.platform.security.Actor;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.schemes.SchemeCopy;
import cn.kaoping.schemes.SchemeTemplates;
import cn.kaoping.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings a jurisdiction online as a tenant, all or nothing: Keycloak groups, the first scheme
 * admin and its membership, then one database transaction (jurisdiction, tenant, scheme copy,
 * audit). A failure at any step undoes the steps before it. Idempotent: a request with the same
 * Idempotency-Key, or for a tenant that exists as asked, answers the existing tenant; every
 * Keycloak step finds what an interrupted attempt left and completes it.
 */
@ApplicationScoped
public class ProvisioningService {

    private static final Logger LOG = Logger.getLogger(ProvisioningService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    TenantRecords records;
    @Inject
    TenantDirectory directory;
    @Inject
    SchemeTemplates templates;

    private final Slots slots = new Slots();

    /** The outcome: the tenant, and whether this request created it (201) or found it (200). */
    public record Outcome(ProvisionedTenant tenant, boolean created) {
    }

    /**
     * @param templateSource the scheme document when the template is another tenant's scheme
     *                       (read by the caller, who checked that it may see that tenant)
     */
    public Outcome provision(ProvisionTenant request, Optional<String> idempotencyKey, Actor actor,
                             Optional<String> templateSource, Optional<ProvisioningStep> failAfter) {
        Optional<Outcome> done = existing(request, idempotencyKey, actor);
        if (done.isPresent()) {
            return done.get();
        }
        TenantRecords.Plan plan = records.plan(request, Optional.empty());
        try (Slot ignored = slots.take(request.code())) {
            done = existing(request, idempotencyKey, actor); // a concurrent request may have finished meanwhile
            if (done.isPresent()) {
                return done.get();
            }
            // The scheme copy is compiled only once a slot is taken: in a burst, each refused
            // request compiling its template made the refusals cost the other tenants' reads.
            return run(request, plan.withScheme(schemeCopy(request, templateSource)), idempotencyKey, actor, failAfter);
        }
    }

    private Outcome run(ProvisionTenant request, TenantRecords.Plan plan, Optional<String> idempotencyKey, Actor actor,
                        Optional<ProvisioningStep> failAfter) {
        Deque<Runnable> undo = new ArrayDeque<>();
        String code = request.code();
        try {
            TenantDirectory.Change<String> group = directory.ensureTenantGroups(code, plan.name());
            if (group.created()) {
                undo.push(() -> directory.deleteTenantGroups(code));
            }
            check(failAfter, ProvisioningStep.GROUPS);

            String password = Optional.ofNullable(request.admin().initialPassword()).orElseGet(ProvisioningService::temporaryPassword);
            TenantDirectory.Change<String> user = admin(request, password);
            if (user.created()) {
                undo.push(() -> directory.deleteUser(user.value()));
            }
            check(failAfter, ProvisioningStep.ADMIN_USER);

            if (!user.created()) { // an account created now is a scheme admin of the tenant already
                TenantDirectory.Change<String> membership = directory.grant(user.value(), code, Role.SCHEME_ADMIN);
                if (membership.created()) {
                    undo.push(() -> directory.revoke(user.value(), code, Role.SCHEME_ADMIN));
                }
            }
            check(failAfter, ProvisioningStep.MEMBERSHIP);

            records.store(plan, group.value(), actor, idempotencyKey, () -> check(failAfter, ProvisioningStep.DATABASE));
            LOG.info(() -> "Provisioned tenant " + code + " for " + actor.name());
            TenantView view = records.view(code).orElseThrow();
            boolean generated = user.created() && request.admin().initialPassword() == null;
            return new Outcome(new ProvisionedTenant(view, new ProvisionedTenant.AdminAccount(
                    request.admin().username(), user.created(), generated ? password : null)), true);
        } catch (RuntimeException e) {
            undo(undo, code);
            throw failure(e, code);
        }
    }

    /**
     * A new one-time password for a scheme admin of {@code tenantCode}, for an admin above it whose
     * answer to provisioning was lost (the password it carried is kept nowhere) or whose new admin
     * forgot it. Keycloak asks for a new password at the next login. Outside any transaction: it
     * waits on Keycloak only.
     */
    public ProvisionedTenant.AdminAccount newTemporaryPassword(String tenantCode, String username) {
        TenantDirectory.Account account = directory.account(username)
                .filter(a -> a.holds(tenantCode, Role.SCHEME_ADMIN))
                .orElseThrow(() -> new DomainException.NotFound("'" + username + "' is not a scheme admin of this tenant."));
        String password = temporaryPassword();
        try {
            directory.resetTemporaryPassword(account.id(), password);
        } catch (TenantDirectory.AccountRefusedException e) {
            throw new DomainException.Refused("The identity provider refused a new password (" + e.getMessage() + ").");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No new password for " + username + " of tenant " + tenantCode, e);
            throw new DomainException.Unavailable("No new password was set (" + directory.failureCause(e)
                    .orElse("unexpected failure") + "). The same request may be sent again.", Optional.of(Duration.ofSeconds(5)), e);
        }
        return new ProvisionedTenant.AdminAccount(username, false, password);
    }

    /**
     * The tenant's first admin: an account created now, or, only when the request says
     * {@code admin.existing}, the account that has this username and e-mail already.
     */
    private TenantDirectory.Change<String> admin(ProvisionTenant request, String password) {
        ProvisionTenant.Admin admin = request.admin();
        Optional<TenantDirectory.Account> existing = directory.account(admin.username());
        if (existing.isPresent()) {
            if (!existing.get().email().equalsIgnoreCase(admin.email())) {
                throw new DomainException.Conflict("The username '" + admin.username()
                        + "' belongs to another account. Nothing was provisioned.");
            }
            if (!admin.mayBeExisting()) {
                throw new DomainException.Conflict("The account '" + admin.username() + "' exists already. To make it"
                        + " the admin of this tenant, send the request with admin.existing set to true."
                        + " Nothing was provisioned.");
            }
            return new TenantDirectory.Change<>(existing.get().id(), false);
        }
        try {
            return new TenantDirectory.Change<>(directory.createUser(new TenantDirectory.NewUser(admin.username(),
                    admin.email(), request.adminFirstName(), request.adminLastName(), password, request.code(), Role.SCHEME_ADMIN)), true);
        } catch (TenantDirectory.UsernameTakenException e) {
            if (directory.account(admin.username()).isEmpty()) {
                // Keycloak refused a new account: the username is free, so the address is another account's
                throw new DomainException.Invalid("admin.email", "is the address of another account; nothing was provisioned");
            }
            throw new DomainException.Conflict(e.getMessage() + " Nothing was provisioned.");
        } catch (TenantDirectory.AccountRefusedException e) {
            throw new DomainException.Invalid("admin", "was refused by the identity provider (" + e.getMessage()
                    + "); nothing was provisioned");
        }
    }

    /**
     * The tenant this request provisioned before: by the caller's own Idempotency-Key (keys are
     * the caller's: another caller's key finds nothing), else by the code, when it is the tenant
     * asked for. The caller may administer the code's place (checked before), so it may learn
     * that a different tenant has that code.
     */
    private Optional<Outcome> existing(ProvisionTenant request, Optional<String> idempotencyKey, Actor actor) {
        if (idempotencyKey.isPresent()) {
            Optional<Tenant> byKey = records.byIdempotencyKey(actor, idempotencyKey.get());
            if (byKey.isPresent() && !byKey.get().code().equals(request.code())) {
                throw DomainException.Conflict.keyReused("This Idempotency-Key was used to provision '"
                        + byKey.get().code() + "', not '" + request.code() + "'.");
            }
            if (byKey.isPresent() && byKey.get().requestDigest().filter(d -> !d.equals(request.digest())).isPresent()) {
                throw DomainException.Conflict.keyReused("This Idempotency-Key was used to provision '"
                        + request.code() + "' with another request (name, level, parent, template, year or admin).");
            }
        }
        return records.view(request.code()).map(view -> {
            // the same request as the first time (its name may differ from the jurisdiction's registered name)
            boolean same = records.requestDigest(request.code()).filter(request.digest()::equals).isPresent()
                    || view.name().equals(request.name()) && view.level().name().equals(request.level())
                    && (request.parent() == null || request.parent().equals(view.parent()));
            if (!same) {
                throw new DomainException.Conflict("A tenant '" + request.code() + "' exists already as "
                        + view.name() + " (" + view.level() + ").");
            }
            return new Outcome(new ProvisionedTenant(view, new ProvisionedTenant.AdminAccount(
                    request.admin().username(), false, null)), false);
        });
    }

    private Optional<SchemeCopy> schemeCopy(ProvisionTenant request, Optional<String> templateSource) {
        return request.templateRequested().map(t -> {
            if (t.file() != null) {
                return templates.copy("template.file", "file:" + t.file(), SchemeTemplates.fileTemplateName("template.file", t.file()),
                        templates.file("template.file", t.file()), request.code(), request.name(), request.year());
            }
            return templates.copy("template.scheme", "tenant:" + t.tenant() + "/" + t.scheme(),
                    SchemeTemplates.nameWithin(t.tenant(), t.scheme()),
                    templateSource.orElseThrow(), request.code(), request.name(), request.year());
        });
    }

    private static void check(Optional<ProvisioningStep> failAfter, ProvisioningStep step) {
        if (failAfter.equals(Optional.of(step))) {
            throw new FailureInjection.InjectedFailure(step);
        }
    }

    /** Undoes the steps taken, newest first; what cannot be undone now is adopted by a retry. */
    private static void undo(Deque<Runnable> undo, String code) {
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not undo a provisioning step of tenant " + code
                        + "; a retry of the same request adopts what was left", e);
            }
        }
    }

    private DomainException failure(RuntimeException e, String code) {
        if (e instanceof DomainException domain) {
            return domain;
        }
        LOG.log(Level.WARNING, "Provisioning of tenant " + code + " failed; its steps were undone", e);
        String cause = e instanceof FailureInjection.InjectedFailure ? e.getMessage()
                : directory.failureCause(e).orElse("the database refused the tenant");
        return new DomainException.Unavailable("Provisioning of '" + code + "' failed (" + cause
                + "); nothing was kept. The same request may be sent again.", Optional.of(Duration.ofSeconds(5)), e);
    }

    /** A temporary password for a new account (16 characters without look-alikes), changed at first login. */
    public static String temporaryPassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return b.toString();
    }

    /**
     * Who may provision now: at most {@link #CONCURRENT} provisionings at once on this server, and
     * one at a time per tenant code. Nothing here holds a database connection, so a burst waiting
     * on Keycloak cannot take the pool from other tenants' requests. A request that cannot start
     * within {@link #WAIT} is refused with 503 and Retry-After. Across servers, the database's
     * unique keys (tenant and jurisdiction code) keep a code from being provisioned twice: the
     * second transaction fails, and its request undoes its own Keycloak steps and answers 503.
     */
    static final class Slots {
        /**
         * One at a time: with 4, a burst of 100 on 2 cores tripled another tenant's read p95
         * (BENCHMARK.md, "Provisioning burst"); each provisioning is mostly Keycloak hashing a
         * password and PostgreSQL writing the scheme copy, so more at once buys little.
         */
        static final int CONCURRENT = 1;
        static final Duration WAIT = Duration.ofSeconds(2);
        private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
        private static final int STRIPES = 64;

        private final Semaphore permits = new Semaphore(CONCURRENT, true);
        private final ReentrantLock[] codes = new ReentrantLock[STRIPES];

        Slots() {
            for (int i = 0; i < STRIPES; i++) {
                codes[i] = new ReentrantLock();
            }
        }

        Slot take(String code) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            try {
                if (!permits.tryAcquire(WAIT.toNanos(), TimeUnit.NANOSECONDS)) {
                    throw busy(code);
                }
                ReentrantLock lock = codes[Math.floorMod(code.hashCode(), STRIPES)];
                if (!lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    permits.release();
                    throw busy(code);
                }
                return () -> {
                    lock.unlock();
                    permits.release();
                };
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy(code);
            }
        }

        private static DomainException busy(String code) {
            return new DomainException.Unavailable("Too many tenants are being provisioned at once; '" + code
                    + "' was not started, nothing was done. The same request may be sent again.",
                    Optional.of(RETRY_AFTER), null);
        }
    }

    /** A provisioning slot, released when the provisioning ends. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }
}
