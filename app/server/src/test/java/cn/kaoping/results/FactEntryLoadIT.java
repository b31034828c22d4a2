package cn.kaoping.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.Stack;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test (tenant-schemes/BENCHMARK.md, "Fact entry and live results"): the
 * issue's baseline (2,000 single-row JDBC INSERTs into the same PostgreSQL by 50 threads), the HTTP
 * no-op ({@code GET /api/ping}, 2,000 by 50 clients: the ceiling of any request), then 50
 * concurrent clients entering 2,000 single facts into a 漳州 cycle (its 76 ranked units) — after as
 * many into another cycle to warm the entry path up, as the no-op is — then
 * batches up to 20,000 facts, then the live results of the cycle unchanged and after each new
 * fact, and one unit's sheet. Every fact is dated in the scheme's period (漳州's dated items) and
 * entered by one clerk who assesses for every agency. Runs only with {@code -Dkaoping.bench=true};
 * prints its figures.
 */
@EnabledIfSystemProperty(named = "kaoping.bench", matches = "true")
class FactEntryLoadIT extends DeployedServer {

    static final String[] RULES = {"2.4/r7\", \"grade\": \"迟到早退", "2.4/r7\", \"grade\": \"旷工缺勤",
            "2.4/r2\", \"grade\": \"未按时落实反馈", "3.2/r1", "3.4/r3", "2.2/r3\", \"grade\": \"诫勉教育"};

    static final int CLIENTS = 50;

    @Test
    void measure() throws Exception {
        String t = "api/tenants/zhangzhou";
        LocalDate today = LocalDate.now();
        assertEquals(201, api.post(t + "/cycles", Optional.of("zz-scheme"), "{\"code\": \"load\", \"name\": \"load\", \"scheme\": "
                + "\"zhangzhou-shizhi-2009\", \"version\": 1, \"entryOpens\": \"" + today.minusDays(2) + "\", \"entryCloses\": \""
                + today.plusDays(2) + "\"}").status());
        List<String> units = new ArrayList<>();
        api.get(t + "/cycles/load", Optional.of("zz-scheme")).object().getJsonArray("units")
                .stream().map(u -> u.asJsonObject()).filter(u -> u.containsKey("series"))
                .forEach(u -> units.add(u.getString("code")));
        // one clerk for every agency of the cycle (漳州 scores some items per series, 第一系列：市委办…),
        // so that one token may enter every fact below
        for (JsonValue agency : api.get(t + "/cycles/load", Optional.of("zz-scheme")).object().getJsonArray("agencies")) {
            Api.Response assigned = api.post(t + "/assignments", Optional.of("zz-scheme"), "{\"username\": \"zz-scheme\","
                    + " \"role\": \"assessor\", \"agency\": " + agency + "}");
            assertTrue(assigned.status() == 201 || assigned.status() == 200, assigned.body());
        }
        String token = Api.freshToken("zz-scheme"); // one that carries the assessor role just given
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        double baseline = jdbcBaseline(pool, t, units, today);
        // the entry path warmed up as the no-op is below (the JIT compiles it on its first thousands of
        // requests), on a cycle of its own, so that the measured one starts empty
        assertEquals(201, api.post(t + "/cycles", Optional.of("zz-scheme"), "{\"code\": \"load-warm\", \"name\": \"load-warm\", "
                + "\"scheme\": \"zhangzhou-shizhi-2009\", \"version\": 1, \"entryOpens\": \"" + today.minusDays(2)
                + "\", \"entryCloses\": \"" + today.plusDays(2) + "\"}").status());
        concurrently(pool, "single entries (warm-up, another cycle)", n -> enter(t + "/cycles/load-warm/facts", token, units, n));
        // the ceiling of any HTTP request here: the no-op (no token, no database), same client code;
        // once to warm it up, once measured
        Request ping = n -> {
            Api.Response r = api.send("GET", "api/ping", Optional.empty(), Map.of(), null);
            if (r.status() != 204) {
                throw new IllegalStateException(r.status() + " " + r.body());
            }
        };
        concurrently(pool, "HTTP no-op, GET /api/ping (warm-up)", ping);
        double noop = concurrently(pool, "HTTP no-op, GET /api/ping", ping);
        // single-fact entry by 50 concurrent clerks (one token), 2000 requests
        double entries = concurrently(pool, "single entries", n -> enter(t + "/cycles/load/facts", token, units, n));
        System.out.printf("[load] single entries / JDBC baseline: %.1f%%; / HTTP no-op: %.1f%%; no-op / JDBC baseline: %.1f%%%n",
                100 * entries / baseline, 100 * entries / noop, 100 * noop / baseline);
        // then batches to 20,000
        int entered = 2000;
        while (entered < 20000) {
            StringBuilder b = new StringBuilder("{\"facts\": [");
            for (int i = 0; i < 2000; i++) {
                int n = entered + i;
                b.append(i == 0 ? "" : ",").append("{\"unit\": \"").append(units.get(n % units.size())).append("\", \"rule\": \"")
                        .append(RULES[n % RULES.length]).append("\", \"date\": \"2009-06-01\"}");
            }
            long s = System.nanoTime();
            Api.Response r = api.send("POST", t + "/cycles/load/facts", Optional.empty(),
                    Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), b.append("]}").toString());
            assertEquals(201, r.status(), r.body());
            System.out.printf("[load] batch of 2000 at %d stored: %.0f ms%n", entered, (System.nanoTime() - s) / 1e6);
            entered += 2000;
        }
        List<Long> cached = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long s = System.nanoTime();
            assertEquals(200, api.get(t + "/cycles/load/results", token).status());
            cached.add(System.nanoTime() - s);
        }
        System.out.printf("[load] results, 20,000 facts, unchanged: p50 %.1f ms p95 %.1f ms (first %.0f ms)%n",
                pct(cached.subList(1, 60), 0.5), pct(cached.subList(1, 60), 0.95), cached.get(0) / 1e6);
        List<Long> fresh = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            api.send("POST", t + "/cycles/load/facts", Optional.empty(),
                    Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"),
                    "{\"unit\": \"" + units.get(i) + "\", \"rule\": \"3.2/r1\", \"date\": \"2009-06-01\"}");
            long s = System.nanoTime();
            assertEquals(200, api.get(t + "/cycles/load/results", token).status());
            fresh.add(System.nanoTime() - s);
        }
        System.out.printf("[load] results, 20,000 facts, after a new fact: p50 %.1f ms p95 %.1f ms%n", pct(fresh, 0.5), pct(fresh, 0.95));
        long s = System.nanoTime();
        assertEquals(200, api.get(t + "/cycles/load/results/units/" + units.get(0), token).status());
        System.out.printf("[load] one unit's sheet: %.0f ms%n", (System.nanoTime() - s) / 1e6);
        pool.shutdown();
    }

    /** Enters the single fact {@code n}. */
    private void enter(String facts, String token, List<String> units, int n) {
        String body = "{\"unit\": \"" + units.get(n % units.size()) + "\", \"rule\": \"" + RULES[n % RULES.length]
                + "\", \"date\": \"2009-06-01\", \"reason\": \"load " + n + "\"}";
        Api.Response r = api.send("POST", facts, Optional.empty(),
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), body);
        if (r.status() != 201) {
            throw new IllegalStateException(r.status() + " " + r.body());
        }
    }

    /**
     * The baseline of the issue: raw JDBC single-row INSERTs into {@code fact_entry} of a scratch cycle
     * of the same tenant, by 50 threads, each with its own connection as the application role (opened
     * before, as a pool holds them) in the tenant (row-level security), each INSERT its own
     * transaction; 2000 rows like the facts entered next. Returns the rows per second.
     */
    private double jdbcBaseline(ExecutorService pool, String t, List<String> units, LocalDate today) throws Exception {
        assertEquals(201, api.post(t + "/cycles", Optional.of("zz-scheme"), "{\"code\": \"load-jdbc\", \"name\": \"load-jdbc\", "
                + "\"scheme\": \"zhangzhou-shizhi-2009\", \"version\": 1, \"entryOpens\": \"" + today.minusDays(2)
                + "\", \"entryCloses\": \"" + today.plusDays(2) + "\"}").status());
        String tenant = t.substring(t.lastIndexOf('/') + 1);
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Connection c = Stack.database().applicationConnection();
            try (PreparedStatement s = c.prepareStatement("SELECT set_config('kaoping.tenant', ?, false)")) {
                s.setString(1, tenant);
                s.execute();
            }
            connections.add(c);
        }
        long cycle;
        try (PreparedStatement s = connections.get(0).prepareStatement("SELECT id FROM cycle WHERE code = 'load-jdbc'");
             ResultSet r = s.executeQuery()) {
            assertTrue(r.next());
            cycle = r.getLong(1);
        }
        BlockingQueue<Connection> free = new LinkedBlockingQueue<>(connections);
        try {
            return concurrently(pool, "JDBC baseline, single-row INSERTs", n -> {
                Connection c = free.take();
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO fact_entry (id, tenant_code, cycle_id, fact_id, "
                        + "version, action, unit_code, rule_ref, fact, reason, entered_by_subject, entered_by_name) "
                        + "SELECT n, ?, ?, n, 1, 'ENTERED', ?, ?, ?, ?, 'bench', 'bench' FROM nextval('fact_entry_seq') n")) {
                    insert.setString(1, tenant);
                    insert.setLong(2, cycle);
                    insert.setString(3, units.get(n % units.size()));
                    insert.setString(4, "3.2/r1");
                    insert.setString(5, "{\"unit\":\"" + units.get(n % units.size()) + "\",\"rule\":\"3.2/r1\",\"date\":\"2009-06-01\","
                            + "\"reason\":\"load " + n + "\"}");
                    insert.setString(6, "load " + n);
                    assertEquals(1, insert.executeUpdate());
                } finally {
                    free.put(c);
                }
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** One request (or statement) {@code n} of 2000, timed. */
    private interface Request {
        void run(int n) throws Exception;
    }

    /**
     * 2000 requests by the pool's 50 threads: prints their count, rate and latencies, and the CPU time
     * per request of the server, of PostgreSQL and of this client (steadier than the rate on a machine
     * shared with other builds); returns the rate per second.
     */
    private static double concurrently(ExecutorService pool, String what, Request request) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> work = new ArrayList<>();
        long[] cpu = cpuMillis();
        long start = System.nanoTime();
        for (int i = 0; i < 2000; i++) {
            int n = i;
            work.add(pool.submit(() -> {
                long s = System.nanoTime();
                try {
                    request.run(n);
                } finally {
                    latencies.add(System.nanoTime() - s);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] used = cpuMillis();
        System.out.printf("[load] %s: %d in %.1f s = %.0f/s; p50 %.1f ms p95 %.1f ms p99 %.1f ms; CPU per request: server %.2f ms,"
                        + " PostgreSQL %.2f ms, client %.2f ms%n", what, latencies.size(), seconds, latencies.size() / seconds,
                pct(latencies, 0.5), pct(latencies, 0.95), pct(latencies, 0.99), (used[0] - cpu[0]) / (double) latencies.size(),
                (used[1] - cpu[1]) / (double) latencies.size(), (used[2] - cpu[2]) / (double) latencies.size());
        return latencies.size() / seconds;
    }

    /** PostgreSQL's postmaster, the parent of every backend. */
    private static ProcessHandle postmaster;

    /** CPU time used so far, in ms: by the server (Payara Micro), by PostgreSQL (its live processes), by this JVM. */
    private static long[] cpuMillis() throws SQLException {
        if (postmaster == null) {
            try (Connection c = Stack.database().superuserConnection(); PreparedStatement s = c.prepareStatement("SELECT pg_backend_pid()");
                 ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                postmaster = ProcessHandle.of(r.getLong(1)).flatMap(ProcessHandle::parent).orElseThrow();
            }
        }
        long database = cpu(postmaster) + postmaster.children().mapToLong(FactEntryLoadIT::cpu).sum();
        return new long[] {cpu(Stack.payaraProcess()), database, cpu(ProcessHandle.current())};
    }

    private static long cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    }

    private static double pct(List<Long> nanos, double q) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(q * s.size()) - 1)) / 1e6;
    }
}
