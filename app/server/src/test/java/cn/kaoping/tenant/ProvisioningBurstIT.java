package cn.kaoping.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A province onboarding its counties at once: 40 provisioning requests in parallel (more than
 * the connection pool's 32) each complete (201) or are refused quickly (503 with Retry-After),
 * and meanwhile another tenant's reads keep answering promptly.
 */
class ProvisioningBurstIT extends DeployedServer {

    private static final int BURST = 40;
    private static final Duration EACH_PROVISIONING = Duration.ofSeconds(45);
    private static final Duration EACH_READ = Duration.ofSeconds(5);

    record Answer(String code, int status, Optional<String> retryAfter, Duration took, String body) {
    }

    record Read(int status, Duration took) {
    }

    @Test
    void aBurstOfProvisioningCompletesOrIsRefusedQuicklyAndOtherTenantsKeepReading() throws Exception {
        Api.token("jx-admin");
        Api.token("zz-viewer"); // tokens first, so that the burst measures the server only
        assertEquals(200, api.get("api/tenants/zhangzhou", Optional.of("zz-viewer")).status());

        String prefix = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(BURST + 1);
        AtomicBoolean bursting = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Read> reads = new ConcurrentLinkedQueue<>();
        List<Answer> answers = new ArrayList<>();
        long start = System.nanoTime();
        try {
            Future<?> reader = pool.submit(() -> {
                while (bursting.get()) {
                    long t = System.nanoTime();
                    int status = api.get("api/tenants/zhangzhou", Optional.of("zz-viewer")).status();
                    reads.add(new Read(status, Duration.ofNanos(System.nanoTime() - t)));
                }
            });
            List<Future<Answer>> burst = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                String code = prefix + "-" + i;
                burst.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    Api.Response r = api.post("api/tenants", Optional.of("jx-admin"), request(code));
                    return new Answer(code, r.status(), r.header("Retry-After"), Duration.ofNanos(System.nanoTime() - t), r.body());
                }));
            }
            for (Future<Answer> f : burst) {
                answers.add(f.get(90, TimeUnit.SECONDS));
            }
            bursting.set(false);
            reader.get(30, TimeUnit.SECONDS);
        } finally {
            bursting.set(false);
            pool.shutdownNow();
        }
        Duration total = Duration.ofNanos(System.nanoTime() - start);

        long created = answers.stream().filter(a -> a.status() == 201).count();
        for (Answer a : answers) {
            assertTrue(a.status() == 201 || a.status() == 503 || a.status() == 429, a.code() + ": " + a.status() + " " + a.body());
            if (a.status() != 201) {
                assertTrue(a.retryAfter().isPresent(), a.code() + " refused without Retry-After: " + a.body());
            }
            assertTrue(a.took().compareTo(EACH_PROVISIONING) < 0, a.code() + " took " + a.took());
        }
        assertTrue(created >= 1, "none of the burst was provisioned: " + answers);
        // most of the burst is refused at the door, before any of its work: such a refusal names no tenant
        List<Answer> atTheDoor = answers.stream().filter(a -> a.status() == 503 && !a.body().contains("was not started")).toList();
        assertTrue(atTheDoor.size() >= BURST / 4, "refused at the door: " + atTheDoor.size()
                + " of " + BURST + " (at most " + ProvisioningAdmission.IN_FLIGHT + " admitted at once)");
        atTheDoor.forEach(a -> assertTrue(!a.body().contains(a.code()), "a refusal at the door says nothing of the request: " + a.body()));
        assertTrue(!reads.isEmpty(), "no read during the burst");
        for (Read r : reads) {
            assertEquals(200, r.status(), "a read of another tenant during the burst");
            assertTrue(r.took().compareTo(EACH_READ) < 0, "a read of another tenant took " + r.took());
        }
        System.out.printf("Provisioning burst of %d: %d created, %d refused, %s in all; %d reads of zhangzhou, slowest %d ms%n",
                BURST, created, BURST - created, total, reads.size(),
                reads.stream().mapToLong(r -> r.took().toMillis()).max().orElse(0));

        // a refused request, sent again when the burst is over, is provisioned
        Optional<Answer> refused = answers.stream().filter(a -> a.status() != 201).findFirst();
        if (refused.isPresent()) {
            Api.Response retry = api.post("api/tenants", Optional.of("jx-admin"), request(refused.get().code()));
            assertEquals(201, retry.status(), retry.body());
        }
    }

    private static String request(String code) {
        return "{\"code\":\"" + code + "\",\"name\":\"峡江县\",\"level\":\"COUNTY\",\"parent\":\"jian\","
                + "\"template\":{\"file\":\"xingan/yangguang-2006.scheme.json\"},\"year\":2026,"
                + "\"admin\":{\"username\":\"" + code + "-admin\",\"email\":\"" + code + "-admin@kaoping.example\"}}";
    }
}
