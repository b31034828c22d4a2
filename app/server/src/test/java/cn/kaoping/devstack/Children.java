package cn.kaoping.devstack;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything the stack has started, from the moment it is spawned (not once it is ready), so that
 * a failure, a timeout or Ctrl-C stops all of it: child processes with their descendants, and
 * servers started in-process (PostgreSQL). Stopped in reverse order; after {@link #close()},
 * nothing more may be spawned.
 */
public final class Children implements AutoCloseable {

    private final Deque<Entry> entries = new ArrayDeque<>();
    private boolean closed;

    private record Entry(String name, AutoCloseable stop) {
    }

    /** Starts {@code builder}'s process and holds it at once, before anyone waits for it. */
    public synchronized Process spawn(String name, ProcessBuilder builder, Duration grace) throws IOException {
        if (closed) {
            throw new IllegalStateException("Not starting " + name + ": the stack is stopping");
        }
        Process process = builder.start();
        entries.push(new Entry(name + " (PID " + process.pid() + ")", () -> Processes.stop(process, grace)));
        return process;
    }

    /** Holds something already started; stops it at once if the stack is already stopping. */
    public void add(String name, AutoCloseable stop) {
        synchronized (this) {
            if (!closed) {
                entries.push(new Entry(name, stop));
                return;
            }
        }
        stopQuietly(new Entry(name, stop));
    }

    /** Stops everything held, newest first; idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        while (!entries.isEmpty()) {
            stopQuietly(entries.pop());
        }
    }

    private static void stopQuietly(Entry e) {
        try {
            e.stop().close();
        } catch (Exception ex) {
            System.err.println("Could not stop " + e.name() + ": " + ex);
        }
    }
}
