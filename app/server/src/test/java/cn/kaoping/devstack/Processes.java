package cn.kaoping.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.concurrent.TimeUnit;

/** Starting, awaiting and stopping the server processes of the stack. */
final class Processes {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Processes() {
    }

    /** Waits until {@code url} answers 200, failing early with the log's tail if the process dies. */
    static void awaitHttpOk(String name, Process process, String url, Duration timeout, Path log) {
        awaitHttpOk(name, process, url, timeout, timeout, () -> false, log, Optional.empty());
    }

    /**
     * Waits until {@code url} answers 200 from {@code process} (or a descendant of it): as long as
     * {@code dependenciesPending} says that what it needs is still coming up, then at most
     * {@code afterDependencies} more, and never longer than {@code overall}. Fails at once when the
     * process dies, when {@code dependenciesPending} throws (a dependency failed), or when the
     * answer comes from another process (one left over from an earlier run), or when the log has
     * {@code booted} (the server says it has finished starting) and {@code url} is not found: what
     * should serve it failed to deploy, and no wait will change that.
     */
    static void awaitHttpOk(String name, Process process, String url, Duration afterDependencies, Duration overall,
                            BooleanSupplier dependenciesPending, Path log, Optional<String> booted) {
        Instant start = Instant.now();
        Instant dependenciesReady = null;
        String lastAnswer = "no answer";
        int port = URI.create(url).getPort();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail(log));
            }
            if (dependenciesPending.getAsBoolean()) {
                dependenciesReady = null;
            } else if (dependenciesReady == null) {
                dependenciesReady = Instant.now();
            }
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                // a readiness answer says which check is down: kept for the message if the wait fails
                lastAnswer = "HTTP " + r.statusCode() + " " + r.body().substring(0, Math.min(500, r.body().length()));
                if (r.statusCode() == 200) {
                    Ports.ensureServedBy(name, process.toHandle(), port);
                    return;
                }
                if (r.statusCode() == 404 && booted.filter(marker -> tail(log).contains(marker)).isPresent()) {
                    throw new IllegalStateException(name + " started but does not serve " + url
                            + ": the application failed to deploy:\n" + tail(log));
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            Instant now = Instant.now();
            if (now.isAfter(start.plus(overall))) {
                throw new IllegalStateException(name + " did not answer " + url + " within " + overall + " (last: "
                        + lastAnswer + "):\n" + tail(log));
            }
            if (dependenciesReady != null && now.isAfter(dependenciesReady.plus(afterDependencies))) {
                throw new IllegalStateException(name + " did not answer " + url + " within " + afterDependencies
                        + (afterDependencies.equals(overall) ? "" : " after what it needs was ready") + " (last: " + lastAnswer
                        + "):\n" + tail(log));
            }
            sleep(Duration.ofMillis(500));
        }
    }

    /**
     * Asks the process and all its descendants to stop (SIGTERM), waits up to {@code grace} for
     * each, then kills what is left and waits for that too.
     */
    static void stop(Process process, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        process.descendants().forEach(all::add);
        all.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        awaitExit(all, deadline);
        List<ProcessHandle> left = all.stream().filter(ProcessHandle::isAlive).toList();
        left.forEach(ProcessHandle::destroyForcibly);
        awaitExit(left, Instant.now().plusSeconds(10));
    }

    private static void awaitExit(List<ProcessHandle> processes, Instant deadline) {
        for (ProcessHandle p : processes) {
            long millis = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
            try {
                p.onExit().get(millis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // killed next
            } catch (ExecutionException e) {
                // cannot tell; killed next if still alive
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
