package cn.kaoping.it;

import cn.kaoping.devstack.KeycloakServer;
import java.util.List;
import java.util.Optional;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** What the tests check in the real Keycloak, through its admin API (as the bootstrap admin). */
public final class KeycloakAdmin {

    private static Keycloak keycloak;

    private KeycloakAdmin() {
    }

    private static synchronized RealmResource realm() {
        if (keycloak == null) {
            keycloak = Keycloak.getInstance(Stack.keycloak().baseUrl(), "master", KeycloakServer.ADMIN_USER,
                    KeycloakServer.ADMIN_PASSWORD, "admin-cli");
        }
        return keycloak.realm(KeycloakServer.REALM);
    }

    public static Optional<GroupRepresentation> group(String path) {
        try {
            return Optional.of(realm().getGroupByPath(path));
        } catch (jakarta.ws.rs.NotFoundException e) {
            return Optional.empty();
        }
    }

    public static Optional<UserRepresentation> user(String username) {
        return realm().users().searchByUsername(username, true).stream().findFirst();
    }

    public static List<String> groupPaths(String userId) {
        return realm().users().get(userId).groups().stream().map(GroupRepresentation::getPath).sorted().toList();
    }

    /** What a new admin does at first login: a password of its own, no action left pending. */
    public static void completeFirstLogin(String username, String password) {
        UserRepresentation u = user(username).orElseThrow();
        CredentialRepresentation c = new CredentialRepresentation();
        c.setType(CredentialRepresentation.PASSWORD);
        c.setValue(password);
        c.setTemporary(false);
        realm().users().get(u.getId()).resetPassword(c);
        dropRequiredActions(username);
    }

    /** Ends what Keycloak asks of the user at next login (the change of a temporary password), keeping the password. */
    public static void dropRequiredActions(String username) {
        UserRepresentation u = user(username).orElseThrow();
        u.setRequiredActions(List.of());
        realm().users().get(u.getId()).update(u);
    }

    /** A user with password {@code demo}, ready to log in, member of the group at {@code groupPath}. */
    public static void createUser(String username, String groupPath) {
        UserRepresentation u = new UserRepresentation();
        u.setUsername(username);
        u.setEmail(username + "@kaoping.example");
        u.setEmailVerified(true);
        u.setFirstName(username);
        u.setLastName("Test");
        u.setEnabled(true);
        CredentialRepresentation c = new CredentialRepresentation();
        c.setType(CredentialRepresentation.PASSWORD);
        c.setValue("demo");
        c.setTemporary(false);
        u.setCredentials(List.of(c));
        u.setGroups(List.of(groupPath));
        try (jakarta.ws.rs.core.Response r = realm().users().create(u)) {
            if (r.getStatus() != 201) {
                throw new IllegalStateException("Could not create " + username + ": " + r.getStatus());
            }
        }
    }
}
