package cn.kaoping.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test (tenant-schemes/BENCHMARK.md, "Fact entry and live results"): 50
 * concurrent clients entering 2,000 single facts into a 漳州 cycle (its 76 ranked units), then
 * batches up to 20,000 facts, then the live results of the cycle unchanged and after each new
 * fact, and one unit's sheet. Every fact is dated in the scheme's period (漳州's dated items) and
 * entered by one clerk who assesses for every agency. Runs only with {@code -Dkaoping.bench=true};
 * prints its figures.
 */
@EnabledIfSystemProperty(named = "kaoping.bench", matches = "true")
class FactEntryLoadIT extends DeployedServer {

    static final String[] RULES = {"2.4/r7\", \"grade\": \"迟到早退", "2.4/r7\", \"grade\": \"旷工缺勤",
            "2.4/r2\", \"grade\": \"未按时落实反馈", "3.2/r1", "3.4/r3", "2.2/r3\", \"grade\": \"诫勉教育"};

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
        // single-fact entry by 50 concurrent clerks (one token), 2000 requests
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Long> singles = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> work = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 2000; i++) {
            int n = i;
            work.add(pool.submit(() -> {
                String body = "{\"unit\": \"" + units.get(n % units.size()) + "\", \"rule\": \"" + RULES[n % RULES.length]
                        + "\", \"date\": \"2009-06-01\", \"reason\": \"load " + n + "\"}";
                long s = System.nanoTime();
                Api.Response r = api.send("POST", t + "/cycles/load/facts", Optional.empty(),
                        Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), body);
                singles.add(System.nanoTime() - s);
                if (r.status() != 201) {
                    throw new IllegalStateException(r.status() + " " + r.body());
                }
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[load] single entries: %d in %.1f s = %.0f/s; p50 %.1f ms p95 %.1f ms p99 %.1f ms%n",
                singles.size(), seconds, singles.size() / seconds, pct(singles, 0.5), pct(singles, 0.95), pct(singles, 0.99));
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

    private static double pct(List<Long> nanos, double q) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(q * s.size()) - 1)) / 1e6;
    }
}
