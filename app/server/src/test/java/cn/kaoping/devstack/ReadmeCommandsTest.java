package cn.kaoping.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's shell examples, run as a reader would: the {@code token} helper against a stand-in
 * of Keycloak's token endpoint. A failed login must fail loudly, never become a bogus bearer
 * token; the examples need nothing but curl and a POSIX shell.
 */
class ReadmeCommandsTest {

    private static final Path README = Path.of(System.getProperty("kaoping.root", "../..")).resolve("README.md");

    @Test
    void aFailedLoginFailsLoudlyAndGivesNoToken() throws Exception {
        Result r = token(401, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}");
        assertNotEquals(0, r.exit, "exit status");
        assertEquals("", r.out, "no token on stdout");
        assertTrue(r.err.contains("invalid_grant"), "says why on stderr: " + r.err);
    }

    @Test
    void anUnreachableKeycloakFailsLoudly() throws Exception {
        Result r = run(helper().replace("http://localhost:8180", "http://127.0.0.1:1"), "token viewer");
        assertNotEquals(0, r.exit);
        assertEquals("", r.out);
        assertFalse(r.err.isBlank());
    }

    @Test
    void aGoodLoginPrintsTheAccessTokenOnly() throws Exception {
        Result r = token(200, "{\"access_token\":\"eyJ.abc.def\",\"expires_in\":300,\"refresh_token\":\"eyJ.r.s\"}");
        assertEquals(0, r.exit, r.err);
        assertEquals("eyJ.abc.def\n", r.out);
    }

    @Test
    void theExamplesNeedOnlyCurlAndNeverSendAFailedLoginAsAToken() throws IOException {
        String readme = Files.readString(README);
        assertFalse(readme.contains("uuidgen"), "uuidgen is not on a minimal Debian");
        assertFalse(readme.contains("Bearer $(token"), "a failed token() inside the header would still send the request");
    }

    private Result token(int status, String body) throws Exception {
        HttpServer keycloak = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keycloak.createContext("/", x -> {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(status, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        keycloak.start();
        try {
            return run(helper().replace("http://localhost:8180", "http://127.0.0.1:" + keycloak.getAddress().getPort()),
                    "token viewer");
        } finally {
            keycloak.stop(0);
        }
    }

    /** The README's {@code token() { … }} definition. */
    private static String helper() throws IOException {
        Matcher m = Pattern.compile("(?ms)^token\\(\\) \\{.*?^}$").matcher(Files.readString(README));
        assertTrue(m.find(), "README defines token()");
        return m.group();
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String definitions, String command) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", definitions + "\n" + command).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new Result(p.exitValue(), out, err);
    }
}
