package cn.kaoping.tenant.keycloak;

import cn.kaoping.tenant.TenantDirectory;

import cn.kaoping.platform.security.Caller;
import cn.kaoping.platform.security.Role;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@link TenantDirectory} through Keycloak's admin API, as the service account of the client
 * {@code kaoping.keycloak.client-id} (roles manage-users, view-users, query-users, query-groups,
 * view-realm of realm-management). Server and realm come from the token issuer
 * {@code kaoping.oidc.issuer} ({@code <server>/realms/<realm>}).
 */
@ApplicationScoped
public class KeycloakTenantDirectory implements TenantDirectory {

    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

    static final String TENANTS_GROUP = "/tenants";

    @Inject
    @ConfigProperty(name = "kaoping.oidc.issuer")
    String issuer;
    @Inject
    @ConfigProperty(name = "kaoping.keycloak.client-id", defaultValue = "kaoping-server")
    String clientId;
    @Inject
    @ConfigProperty(name = "kaoping.keycloak.client-secret")
    String clientSecret;
    /** Bounds on each HTTP call to Keycloak (and on the wait for a pooled connection to it). */
    @Inject
    @ConfigProperty(name = "kaoping.keycloak.connect-timeout-millis", defaultValue = "3000")
    long connectTimeoutMillis;
    @Inject
    @ConfigProperty(name = "kaoping.keycloak.read-timeout-millis", defaultValue = "5000")
    long readTimeoutMillis;

    private Keycloak keycloak;
    private String realmName;

    private synchronized RealmResource realm() {
        if (keycloak == null) {
            int split = issuer.indexOf("/realms/");
            realmName = issuer.substring(split + "/realms/".length());
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(issuer.substring(0, split))
                    .realm(realmName)
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    .resteasyClient(httpClient())
                    .build();
        }
        return keycloak.realm(realmName);
    }

    /**
     * The HTTP client the admin client would build itself (RESTEasy, a pool of 10 connections,
     * Keycloak's Jackson provider), with timeouts: without them a frozen Keycloak holds a
     * provisioning request, and its HTTP thread, for as long as it is frozen.
     */
    private Client httpClient() {
        return ResteasyClientClassicProvider.createClientBuilder()
                .register(JacksonProvider.class, 100)
                .connectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(readTimeoutMillis, TimeUnit.MILLISECONDS)
                .connectionCheckoutTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
                .build();
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Override
    public Change<String> ensureTenantGroups(String tenantCode, String tenantName) {
        RealmResource realm = realm();
        Optional<GroupRepresentation> existing = group(realm, tenantPath(tenantCode));
        String tenantGroupId;
        if (existing.isPresent()) {
            tenantGroupId = existing.get().getId();
        } else {
            GroupRepresentation tenants = group(realm, TENANTS_GROUP).orElseGet(() -> createTopGroup(realm));
            GroupRepresentation g = new GroupRepresentation();
            g.setName(tenantCode);
            g.setAttributes(Map.of("name", List.of(tenantName)));
            tenantGroupId = createdId(realm.groups().group(tenants.getId()).subGroup(g));
        }
        for (String role : Role.TENANT_ROLES) {
            // A group created now has no subgroups: looking each up first (a request Keycloak answers in
            // 20–30 ms of its CPU) is only needed when an earlier, failed provisioning left the group.
            if (existing.isEmpty() || group(realm, rolePath(tenantCode, role)).isEmpty()) {
                GroupRepresentation sub = new GroupRepresentation();
                sub.setName(role);
                createdId(realm.groups().group(tenantGroupId).subGroup(sub));
            }
        }
        return new Change<>(tenantGroupId, existing.isEmpty());
    }

    private static GroupRepresentation createTopGroup(RealmResource realm) {
        GroupRepresentation top = new GroupRepresentation();
        top.setName(TENANTS_GROUP.substring(1));
        top.setId(createdId(realm.groups().add(top)));
        return top;
    }

    @Override
    public String createUser(NewUser user) throws UsernameTakenException, AccountRefusedException {
        UserRepresentation u = new UserRepresentation();
        u.setUsername(user.username());
        u.setEmail(user.email());
        u.setFirstName(user.firstName());
        u.setLastName(user.lastName());
        u.setEnabled(true);
        u.setRequiredActions(List.of(UPDATE_PASSWORD));
        u.setCredentials(List.of(temporary(user.temporaryPassword())));
        u.setGroups(List.of(rolePath(user.tenantCode(), user.role())));
        try (Response response = realm().users().create(u)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw new UsernameTakenException(user.username());
            }
            if (response.getStatus() == Response.Status.BAD_REQUEST.getStatusCode()) {
                throw new AccountRefusedException(errorMessage(response));
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    @Override
    public Optional<Account> account(String username) {
        RealmResource realm = realm();
        return findUser(realm, username).map(u -> new Account(u.getId(), Optional.ofNullable(u.getEmail()).orElse(""),
                Caller.rolesByTenant(realm.users().get(u.getId()).groups().stream().map(GroupRepresentation::getPath).toList())));
    }

    @Override
    public void resetTemporaryPassword(String userId, String temporaryPassword) throws AccountRefusedException {
        var user = realm().users().get(userId);
        try {
            user.resetPassword(temporary(temporaryPassword));
        } catch (jakarta.ws.rs.BadRequestException e) {
            throw new AccountRefusedException(errorMessage(e.getResponse()));
        }
        UserRepresentation u = user.toRepresentation();
        List<String> actions = new java.util.ArrayList<>(Optional.ofNullable(u.getRequiredActions()).orElse(List.of()));
        if (!actions.contains(UPDATE_PASSWORD)) {
            actions.add(UPDATE_PASSWORD);
            u.setRequiredActions(actions);
            user.update(u);
        }
    }

    private static CredentialRepresentation temporary(String password) {
        CredentialRepresentation c = new CredentialRepresentation();
        c.setType(CredentialRepresentation.PASSWORD);
        c.setValue(password);
        c.setTemporary(true);
        return c;
    }

    /** Keycloak's reason in an error answer ({@code errorMessage} or {@code error}), else its status. */
    private static String errorMessage(Response response) {
        try {
            Map<?, ?> body = response.readEntity(Map.class);
            Object message = Optional.<Object>ofNullable(body.get("errorMessage")).orElse(body.get("error"));
            return message == null ? "Keycloak answered " + response.getStatus() : message.toString();
        } catch (RuntimeException e) {
            return "Keycloak answered " + response.getStatus();
        }
    }

    @Override
    public Change<String> grant(String userId, String tenantCode, String role) {
        RealmResource realm = realm();
        String path = rolePath(tenantCode, role);
        GroupRepresentation group = group(realm, path)
                .orElseThrow(() -> new IllegalStateException("No Keycloak group " + path));
        boolean member = realm.users().get(userId).groups().stream().anyMatch(g -> g.getId().equals(group.getId()));
        if (!member) {
            realm.users().get(userId).joinGroup(group.getId());
        }
        return new Change<>(group.getId(), !member);
    }


    @Override
    public void revoke(String userId, String tenantCode, String role) {
        RealmResource realm = realm();
        group(realm, rolePath(tenantCode, role)).ifPresent(g -> realm.users().get(userId).leaveGroup(g.getId()));
    }

    /** The most members read from one role group: a search is for finding a colleague, not for listing a province. */
    private static final int GROUP_MEMBERS_READ = 2000;

    @Override
    public List<Member> members(String tenantCode, String search, int max) {
        RealmResource realm = realm();
        String needle = search.toLowerCase(Locale.ROOT);
        Map<String, Member> found = new LinkedHashMap<>();
        for (String role : Role.TENANT_ROLES) {
            group(realm, rolePath(tenantCode, role)).ifPresent(g -> {
                for (UserRepresentation u : realm.groups().group(g.getId()).members(0, GROUP_MEMBERS_READ)) {
                    Member known = found.get(u.getId());
                    if (known != null) {
                        known.roles().add(role);
                    } else if (found.size() < max && matches(u, needle)) {
                        found.put(u.getId(), new Member(u.getId(), u.getUsername(), name(u), Optional.ofNullable(u.getEmail()).orElse(""),
                                new TreeSet<>(List.of(role))));
                    }
                }
            });
        }
        return List.copyOf(found.values());
    }

    private static boolean matches(UserRepresentation u, String needle) {
        return Stream.of(u.getUsername(), u.getFirstName(), u.getLastName(), u.getEmail(), name(u))
                .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** A person's name as tokens write it: first and last name, else the username. */
    private static String name(UserRepresentation u) {
        String name = (Optional.ofNullable(u.getFirstName()).orElse("") + " " + Optional.ofNullable(u.getLastName()).orElse("")).strip();
        return name.isEmpty() ? u.getUsername() : name;
    }

    @Override
    public void deleteUser(String userId) {
        try (Response ignored = realm().users().delete(userId)) {
            // 204, or 404 when already gone: either way it is gone
        }
    }

    @Override
    public void deleteTenantGroups(String tenantCode) {
        RealmResource realm = realm();
        group(realm, tenantPath(tenantCode)).ifPresent(g -> realm.groups().group(g.getId()).remove());
    }

    @Override
    public boolean hasTenantGroups(String tenantCode) {
        return group(realm(), tenantPath(tenantCode)).isPresent();
    }

    @Override
    public Optional<String> failureCause(RuntimeException e) {
        if (e instanceof ProcessingException) {
            return Optional.of("Keycloak could not be reached");
        }
        if (e instanceof WebApplicationException w) {
            return Optional.of("Keycloak answered " + w.getResponse().getStatus());
        }
        return Optional.empty();
    }

    private static String tenantPath(String tenantCode) {
        return TENANTS_GROUP + "/" + tenantCode;
    }

    /** The group whose members hold a role in a tenant: {@code /tenants/{code}/{role}}. */
    private static String rolePath(String tenantCode, String role) {
        return tenantPath(tenantCode) + "/" + role;
    }

    private static Optional<GroupRepresentation> group(RealmResource realm, String path) {
        try {
            return Optional.of(realm.getGroupByPath(path));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Optional<UserRepresentation> findUser(RealmResource realm, String username) {
        return realm.users().searchByUsername(username, true).stream().findFirst();
    }

    private static String createdId(Response response) {
        try (response) {
            return CreatedResponseUtil.getCreatedId(response);
        }
    }
}
