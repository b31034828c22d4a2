package cn.kaoping.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which ports the stack will listen on, whether they are free, and which process listens on one.
 * Owners are found in {@code /proc} (Linux): the listening socket's inode in
 * {@code /proc/net/tcp} and {@code tcp6}, then the process holding that inode among
 * {@code /proc/<pid>/fd}. Elsewhere the owner is unknown and said so.
 */
public final class Ports {

    /** A port the stack needs: what listens on it and the variable that moves it. */
    public record Claim(String what, int port, String variable) {
    }

    /** A process listening on a port. */
    public record Owner(long pid, String commandLine) {
        @Override
        public String toString() {
            return "PID " + pid + " (" + commandLine + ")";
        }
    }

    /** Some ports the stack needs are taken; nothing has been started. */
    public static final class Taken extends IllegalStateException {
        Taken(String message) {
            super(message);
        }
    }

    private Ports() {
    }

    /**
     * Refuses, before anything is started, when any claimed port cannot be bound on 127.0.0.1 or
     * on {@code bindAddress}, naming each taken port, its variable and the process holding it.
     */
    public static void ensureFree(String bindAddress, List<Claim> claims) {
        Set<String> addresses = new LinkedHashSet<>(List.of("127.0.0.1", bindAddress));
        List<String> problems = new ArrayList<>();
        for (Claim claim : claims) {
            for (String address : addresses) {
                if (!canBind(address, claim.port())) {
                    problems.add("Port " + claim.port() + " (" + claim.what() + ") on " + address + " is taken by "
                            + listener(claim.port()).map(Owner::toString).orElse("another process")
                            + ": stop it, or set " + claim.variable() + " to a free port.");
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Taken("Kaoping cannot start, nothing was started:\n  " + String.join("\n  ", problems));
        }
    }

    /** Whether a server socket can be bound to {@code address:port} right now. */
    static boolean canBind(String address, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(address), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The process listening on TCP {@code port} (any address), if {@code /proc} tells. */
    public static Optional<Owner> listener(int port) {
        Set<String> inodes = new LinkedHashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && "0A".equals(f[3]) && f[1].contains(":")
                            && Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16) == port) {
                        inodes.add("socket:[" + f[9] + "]");
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // no such table here
            }
        }
        if (inodes.isEmpty()) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path process : processes) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
                    for (Path fd : fds) {
                        try {
                            if (inodes.contains(Files.readSymbolicLink(fd).toString())) {
                                long pid = Long.parseLong(process.getFileName().toString());
                                return Optional.of(new Owner(pid, commandLine(pid)));
                            }
                        } catch (IOException e) {
                            // closed meanwhile
                        }
                    }
                } catch (IOException e) {
                    // gone, or not ours to read
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The addresses ({@code 127.0.0.1:8080}, {@code [::]:6900}, …) that {@code pid} or its
     * descendants listen on over TCP, as {@code /proc} tells (empty elsewhere).
     */
    public static List<InetSocketAddress> listening(ProcessHandle process) {
        java.util.Map<String, InetSocketAddress> byInode = new java.util.HashMap<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && "0A".equals(f[3]) && f[1].contains(":")) {
                        String[] local = f[1].split(":");
                        byInode.put("socket:[" + f[9] + "]", new InetSocketAddress(
                                InetAddress.getByAddress(address(local[0])), Integer.parseInt(local[1], 16)));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no such table here
            }
        }
        List<InetSocketAddress> found = new ArrayList<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(process), process.descendants()).forEach(p -> {
            try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", Long.toString(p.pid()), "fd"))) {
                for (Path fd : fds) {
                    try {
                        InetSocketAddress a = byInode.get(Files.readSymbolicLink(fd).toString());
                        if (a != null) {
                            found.add(a);
                        }
                    } catch (IOException e) {
                        // closed meanwhile
                    }
                }
            } catch (IOException e) {
                // gone
            }
        });
        return found;
    }

    /** A {@code /proc/net/tcp*} address: 4 or 16 bytes, in 32-bit words of host (little-endian) order. */
    private static byte[] address(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = (word * 4 + i) * 2;
                bytes[word * 4 + 3 - i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        return bytes;
    }

    /** The command line of {@code pid}, shortened for a message. */
    static String commandLine(long pid) {
        String line;
        try {
            line = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ').trim();
        } catch (IOException e) {
            line = ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse("");
        }
        if (line.isEmpty()) {
            return "command unknown";
        }
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    /**
     * Checks that {@code port} is served by {@code process} or one of its descendants (a start
     * script's JVM), so that a server left over from an earlier run is never taken for the one just
     * started. Where {@code /proc} cannot tell, the check passes.
     */
    static void ensureServedBy(String name, ProcessHandle process, int port) {
        Optional<Owner> owner = listener(port);
        if (owner.isEmpty()) {
            return;
        }
        long pid = owner.get().pid();
        if (pid != process.pid() && process.descendants().noneMatch(d -> d.pid() == pid)) {
            throw new IllegalStateException("Port " + port + " answers, but not from the " + name + " just started (PID "
                    + process.pid() + "): it is held by " + owner.get());
        }
    }
}
