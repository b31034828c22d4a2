package cn.kaoping.platform.security;

/** Who acts: a Keycloak subject and display name, or the system itself (demo provisioning). */
public record Actor(String subject, String name) {

    public static final Actor SYSTEM = new Actor("system", "Kaoping");
}
