package cn.kaoping.devstack;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A stand-in for Payara Micro in the launcher's tests: packed into a jar with a
 * {@code fake.properties} that says where to write its PID, how long to live and how to exit.
 */
public final class FakeServer {

    private FakeServer() {
    }

    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        try (InputStream in = FakeServer.class.getResourceAsStream("/fake.properties")) {
            p.load(in);
        }
        Files.writeString(Path.of(p.getProperty("pidFile")), Long.toString(ProcessHandle.current().pid()));
        Thread.sleep(Long.parseLong(p.getProperty("millis")));
        System.exit(Integer.parseInt(p.getProperty("exit")));
    }
}
