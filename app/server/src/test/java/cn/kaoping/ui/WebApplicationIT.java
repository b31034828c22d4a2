package cn.kaoping.ui;

import static cn.kaoping.ui.Browser.testId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cn.kaoping.devstack.WebClientOrigins;
import cn.kaoping.it.Api;
import cn.kaoping.it.KaopingIT;
import cn.kaoping.it.KeycloakAdmin;
import cn.kaoping.it.Stack;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web application (module {@code app/ui}) in a real browser against the real stack: each role
 * logs in on Keycloak's own login page as a demo user and walks its main path, and the test asserts
 * what the page shows. A screenshot of each role's main page is saved in {@code target/screenshots/}.
 * Built with {@code -Dskip.ui}, the WAR has no web application and these tests are skipped.
 */
@KaopingIT
class WebApplicationIT {

    private static final Path WORK = Path.of(System.getProperty("kaoping.work", "target/it")).toAbsolutePath();
    static final Path SHOTS = WORK.getParent().resolve("screenshots");
    /** Codes of this run's own data, so that a run on a reused database does not collide with an earlier one. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private static final String CYCLE = "ui-" + RUN;
    private static final String CYCLE_NAME = "界面测试年度 " + RUN;
    private static final String UNIT = "jyj-" + RUN;
    private static final String AGENCY = "县政务“阳光行动”活动领导小组";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** A unit's name as long as real ones get, for the pages' layout at 1366×768. */
    private static final String LONG_UNIT_NAME = "县教育体育局（县委教育工作领导小组秘书组、县语言文字工作委员会办公室、县招生考试中心）";

    private static String root;
    private static Api api;

    private static final boolean SKIPPED = Boolean.getBoolean("skip.ui");

    @BeforeAll
    static void browserAndClient() {
        if (SKIPPED) {
            return;
        }
        assertTrue(Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER),
                "The browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver): "
                        + Browser.CHROMIUM + ", " + Browser.CHROMEDRIVER);
        root = Stack.server().toString();
        api = new Api(Stack.server());
        // Keycloak checks CORS origins exactly: this run's random port joins the 8080 of the realm file
        WebClientOrigins.allowPort(Stack.keycloak().baseUrl(), Stack.server().getPort());
    }

    /** Each test is reported as skipped, with the reason, when the build left the web application out. */
    @BeforeEach
    void needsTheWebApplication() {
        assumeFalse(SKIPPED, "Built with -Dskip.ui: the WAR holds no web application, so its browser tests are skipped");
    }

    @Test
    void routesOfTheApplicationServeItsPageWhileTheServersPathsStayTheServers() {
        Map<String, String> browser = Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        for (String route : List.of("", "schemes", "schemes/xingan-yangguang-2006/versions/1", "tenants")) {
            Api.Response page = api.send("GET", route, Optional.empty(), browser, null);
            assertEquals(200, page.status(), route);
            assertTrue(page.contentType().startsWith("text/html"), route + ": " + page.contentType());
            assertTrue(page.body().contains("<div id=\"app\">"), route + ": " + page.body());
        }
        for (String path : List.of("api/nothing-here", "api/tenants", "nothing.js")) {
            Api.Response r = api.send("GET", path, Optional.empty(), browser, null);
            assertTrue(r.status() == 401 || r.status() == 404, path + ": " + r.status());
            assertTrue(r.contentType().startsWith("application/problem+json"), path + ": " + r.contentType());
        }
        for (String path : List.of("health/ready", "openapi")) {
            Api.Response r = api.send("GET", path, Optional.empty(), browser, null);
            assertFalse(r.body().contains("<div id=\"app\">"), path + ": " + r.body());
        }
        Api.Response config = api.get("ui-config", Optional.empty());
        assertEquals(Stack.keycloak().issuer(), config.object().getString("issuer"), config.body());
        assertEquals("kaoping-web", config.object().getString("clientId"), config.body());

        Matcher script = Pattern.compile("/assets/index-[^\"]+\\.js").matcher(
                api.send("GET", "", Optional.empty(), browser, null).body());
        assertTrue(script.find(), "index.html names its script");
        Api.Response asset = api.get(script.group().substring(1), Optional.empty());
        assertEquals(200, asset.status());
        assertEquals(Optional.of("public, max-age=31536000, immutable"), asset.header("Cache-Control"));
    }

    /** 平台管理员 of 江西省: sees its tenants, provisions a county under 吉安市 with the form, archives it. */
    @Test
    void aProvincialAdminProvisionsACountyAndArchivesIt() {
        as("jx-admin", b -> {
            String roles = b.text(testId("roles"));
            assertTrue(roles.contains("平台管理员") && roles.contains("江西省及其以下所有租户"), roles);
            b.screenshot(SHOTS, "jx-admin-workbench");

            b.menu("租户管理");
            b.waitForText(testId("tenant-tree"), "新干县");
            assertFalse(b.text(testId("tenant-tree")).contains("福建省"), "福建省 is not below 江西省");

            String code = "ui-" + RUN;
            b.click(testId("provision-open"));
            b.waitFor(testId("f-code"));
            b.type("f-code", "峡江");
            b.type("f-name", "峡江县（界面测试）");
            b.type("f-parent", "吉安");  // the tree filters as one types, opening the branches that match
            b.click(By.xpath("//*[contains(@class,'el-select-dropdown') or contains(@class,'el-tree')]"
                    + "//*[normalize-space(text())='吉安市（jian）']"));
            b.click(By.xpath("//label[contains(@class,'el-radio')][normalize-space(.)='系统内置方案文件']"));
            b.type("f-template-file", "xingan/yangguang-2006.scheme.json");
            b.type("f-admin-username", code + "-admin");
            b.type("f-admin-email", "not-an-email");
            b.click(testId("provision-submit"));
            // the server's 400 names each field; the page shows it in Chinese under that field
            b.waitFor(fieldError("f-admin-email"));
            assertEquals("须为电子邮箱地址", b.text(fieldError("f-admin-email")));
            assertEquals("须为 2–64 位小写字母、数字或“-”，以字母开头", b.text(fieldError("f-code")));
            b.screenshot(SHOTS, "jx-admin-provision-errors");

            b.type("f-code", code);
            b.type("f-admin-email", code + "-admin@kaoping.example");
            b.click(testId("provision-submit"));
            b.waitFor(testId("result-password"));
            assertEquals(code + "-admin", b.text(testId("result-username")));
            assertTrue(b.text(testId("result-password")).length() >= 8, "a generated temporary password is shown");
            assertTrue(b.pageText().contains("临时密码只显示这一次"), b.pageText());
            b.screenshot(SHOTS, "jx-admin-provisioned");
            b.button("我已记下");
            b.waitGone(testId("result-password"));

            By row = By.xpath("//tr[.//td[normalize-space(.)='" + code + "']]");
            b.waitForText(testId("tenant-tree"), "峡江县（界面测试）");
            assertTrue(b.text(row).contains("正常"), b.text(row));
            b.click(testId("archive-" + code));
            b.click(By.xpath("//div[contains(@class,'el-message-box')]//button[normalize-space(.)='归档']"));
            b.waitForText(row, "已归档");
            b.screenshot(SHOTS, "jx-admin-tenants");
        });
    }

    /**
     * 效能办 of 新干县: uploads a file with a problem and sees it at its path, uploads it mended,
     * publishes it, clones it for the next year, compares the two and reads the indicator table.
     */
    @Test
    void aSchemeAdminUploadsPublishesClonesAndComparesASchemeThenReadsItsIndicators() throws IOException {
        String id = "xingan-ui" + RUN + "-2031";
        String next = "xingan-ui" + RUN + "-2032";
        String source = Files.readString(Path.of(System.getProperty("kaoping.root", "../.."))
                .resolve("tenant-schemes/xingan/yangguang-2006.scheme.json"));
        String good = source.replace("\"id\": \"xingan-yangguang-2006\"", "\"id\": \"" + id + "\"")
                .replace("\"year\": 2006", "\"year\": 2031");
        assertTrue(good.contains(id), "the file's id was replaced");
        // indicator 1 (领导重视情况) has 15 points; the format allows at most 2 decimals
        String bad = good.replaceFirst("\"points\": \"15\"", "\"points\": \"15.001\"");
        Path files = Files.createDirectories(WORK.resolve("ui-files"));
        Path goodFile = Files.writeString(files.resolve(id + ".scheme.json"), good);
        Path badFile = Files.writeString(files.resolve(id + "-bad.scheme.json"), bad);

        as("scheme", b -> {
            String roles = b.text(testId("roles"));
            assertTrue(roles.contains("效能办管理员") && roles.contains("新干县"), roles);
            b.screenshot(SHOTS, "scheme-workbench");

            b.menu("方案版本");
            b.waitForText(testId("scheme-table"), "xingan-yangguang-2006");
            b.click(testId("upload-open"));
            b.waitFor(testId("upload-dialog"));
            b.driver.findElement(testId("upload-file")).sendKeys(badFile.toString());
            b.waitFor(testId("upload-problems"));
            String problems = b.text(testId("upload-problems"));
            assertTrue(problems.contains("indicators[0].points") && problems.contains("最多两位小数"), problems);
            b.screenshot(SHOTS, "scheme-upload-problems");

            b.driver.findElement(testId("upload-file")).sendKeys(goodFile.toString());
            b.waitFor(testId("upload-valid"));
            b.click(testId("upload-store"));
            b.waitGone(testId("upload-dialog"));
            By status = testId("status-" + id + "@1");
            b.waitForText(status, "草稿");

            b.click(testId("publish-" + id + "@1"));
            b.click(By.xpath("//div[contains(@class,'el-message-box')]//button[normalize-space(.)='确定']"));
            b.waitForText(status, "已发布");

            b.click(testId("clone-" + id + "@1"));
            assertEquals("2032", b.waitFor(By.cssSelector(".el-message-box input")).getAttribute("value"));
            b.click(By.xpath("//div[contains(@class,'el-message-box')]//button[normalize-space(.)='复制']"));
            b.waitForText(testId("status-" + next + "@1"), "草稿");
            b.screenshot(SHOTS, "scheme-versions");

            b.click(By.xpath("//tr[.//*[@data-test='status-" + id + "@1']]//span[contains(@class,'el-checkbox__inner')]"));
            b.click(By.xpath("//tr[.//*[@data-test='status-" + next + "@1']]//span[contains(@class,'el-checkbox__inner')]"));
            b.click(testId("compare"));
            b.waitFor(testId("diff-summary"));
            String summary = b.text(testId("diff-summary"));
            // the copy differs from its source in its id and year only (SchemeTemplates.forYear)
            assertTrue(summary.contains("方案本身变化：") && summary.contains("标识") && summary.contains("年度"), summary);
            assertTrue(b.text(testId("diff-indicators")).contains("没有变化"), b.text(testId("diff-indicators")));

            b.driver.get(root + "schemes/" + id + "/versions/1");
            b.waitForText(testId("indicator-table"), "领导重视情况");
            String table = b.text(testId("indicator-table"));
            // seed 002 第一篇, 新干县 阳光行动 一、1: 领导重视情况15分, its clause (1) 扣3分
            assertTrue(table.contains("15") && table.contains("县政务“阳光行动”活动领导小组")
                    && table.contains("(1)没有召开干部职工大会进行动员部署的扣3分(查会议记录)")
                    && table.contains("一次性扣分 3 分"), table);
            b.waitFor(By.cssSelector("[data-test='points-chart'] canvas"));
            b.screenshot(SHOTS, "scheme-indicators");

            b.menu("操作日志");
            b.waitForText(testId("audit"), "复制为 " + next);
        });
    }

    /** 查看者 of 新干县: its role and scope, no administration offered; a page it may not use sends it back. */
    @Test
    void aViewerSeesItsRoleAndNoAdministration() {
        as("viewer", b -> {
            String roles = b.text(testId("roles"));
            assertTrue(roles.contains("查看者") && roles.contains("新干县"), roles);
            String menu = b.text(By.cssSelector(".aside"));
            assertTrue(menu.contains("工作台") && menu.contains("方案版本"), menu);
            assertFalse(menu.contains("租户管理") || menu.contains("操作日志"), menu);
            b.screenshot(SHOTS, "viewer-workbench");

            b.menu("方案版本");
            b.waitForText(testId("scheme-table"), "xingan-yangguang-2006");
            assertTrue(b.driver.findElements(testId("upload-open")).isEmpty(), "no upload for a viewer");
            assertTrue(b.driver.findElements(By.xpath("//button[normalize-space(.)='发布']")).isEmpty(), "no publish");

            b.driver.get(root + "tenants");
            b.waitForText(testId("workbench"), "你没有“租户管理”页面的权限");
        });
    }

    /**
     * 平台运维: every province at the top of the tenant tree. Also measures the first page: from
     * opening the address (Keycloak's session already there) to the 工作台 showing the user's roles.
     */
    @Test
    void thePlatformOperatorSeesEveryTenantAndTheFirstPageIsQuick() {
        as("platform", b -> {
            assertTrue(b.text(testId("roles")).contains("全部租户与行政区划"), b.text(testId("roles")));
            b.menu("租户管理");
            b.waitForText(testId("tenant-tree"), "漳州市");
            String tree = b.text(testId("tenant-tree"));
            assertTrue(tree.contains("江西省") && tree.contains("福建省") && tree.contains("湖北省"), tree);
            b.screenshot(SHOTS, "platform-tenants");

            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                b.driver.get("about:blank");
                long start = System.nanoTime();
                b.driver.get(root);
                b.waitForText(testId("roles"), "平台运维");
                best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            }
            Object scripts = b.script("return performance.getEntriesByType('resource')"
                    + ".filter(e => e.name.endsWith('.js')).reduce((n, e) => n + e.encodedBodySize, 0)");
            System.out.println("[ui] first page (login redirect, token, /api/tenants, 工作台) best of 3: " + best
                    + " ms; JavaScript loaded: " + scripts + " bytes (uncompressed; Payara serves no gzip)");
            assertTrue(best < 5_000, "the first page took " + best + " ms");
        });
    }

    /**
     * The assessment year, 新干县's demo users each on Keycloak's login page: the 效能办
     * opens a cycle of the published 阳光行动 scheme (which lists no units, so it adds two) and puts the
     * assessor and the reporter in their places; the assessor enters a fact and sees the points it
     * makes; the reporter reads the unit's 计分表, explains a figure down to the fact (得分反查) and
     * self-assesses; the 效能办 reads the ranking and who is behind and closes the entry window; the
     * assessor's next fact is refused with the server's reason. A screenshot of each page.
     */
    @Test
    void aYearFromOpeningTheCycleToTheRanking() {
        as("scheme", b -> {
            b.menu("考核周期");
            b.click(testId("cycle-open"));
            b.type("c-code", CYCLE);
            b.type("c-name", CYCLE_NAME);
            choose(b, "c-version", "xingan-yangguang-2006 第 1 版");
            b.type("c-units", UNIT + ",县教育局（界面测试）\nwsj-" + RUN + ",县卫生局（界面测试）");
            // no entry window: the server's 400 names both dates, each shown in Chinese under its field
            b.click(testId("c-submit"));
            b.waitFor(fieldError("c-opens"));
            assertEquals("须为日期，如 2026-01-31", b.text(fieldError("c-opens")));
            assertEquals("须为日期，如 2026-01-31", b.text(fieldError("c-closes")));
            b.screenshot(SHOTS, "scheme-cycle-errors");

            date(b, "c-opens", TODAY.minusDays(1));
            date(b, "c-closes", TODAY.plusDays(30));
            b.click(testId("c-submit"));
            b.waitForText(testId("cycle-units"), "县卫生局（界面测试）");
            b.waitForText(testId("cycle-agencies"), AGENCY); // rendered after the units on a busy machine
            b.screenshot(SHOTS, "scheme-cycle");

            b.driver.navigate().refresh();
            b.menu("人员分工");
            pickCycle(b);
            // 查找同事: part of the username finds the tenant's member, with its roles; choosing it fills the field
            b.type("p-username", "assess");
            b.click(By.xpath("//*[@data-test='p-member'][contains(., '（assessor）')]"));
            b.screenshot(SHOTS, "scheme-people-find");
            choose(b, "p-agency", AGENCY);
            b.click(testId("p-submit"));
            b.waitForText(testId("assignment-table"), AGENCY);
            choose(b, "p-role", "被考核单位填报员");
            b.type("p-username", "reporter");
            choose(b, "p-unit", UNIT);
            b.click(testId("p-submit"));
            b.waitForText(testId("assignment-table"), "县教育局（界面测试）");
            b.screenshot(SHOTS, "scheme-people");
        });

        as("assessor", b -> {
            assertTrue(b.text(testId("my-places")).contains(AGENCY), b.text(testId("my-places")));
            b.menu("考评录入");
            pickCycle(b);
            // seed 002 新干县 阳光行动 一、1 领导重视情况（15分）(1) 没有召开干部职工大会进行动员部署的扣3分: 15 − 3 = 12
            b.click(testId("cell-1-" + UNIT));
            b.waitForText(testId("cell-points"), "本指标现得分 15.00");
            b.type("fact-reason", "未召开动员大会（界面测试）");
            b.click(testId("fact-save"));
            b.waitForText(testId("cell-points"), "本指标现得分 12.00");
            b.waitForText(testId("cell-facts"), "未召开动员大会（界面测试）");
            b.button("历史");
            b.waitForText(testId("fact-history"), "第 1 版 录入");
            b.screenshot(SHOTS, "assessor-entry");
        });

        as("reporter", b -> {
            b.menu("单位计分表");
            pickCycle(b);
            By row = By.xpath("//*[@data-test='sheet-table']//tr[.//*[@data-test='score-1']]");
            b.waitForText(row, "12.00");
            assertTrue(b.text(row).contains("领导重视情况") && b.text(row).contains("未召开动员大会（界面测试）"), b.text(row));
            b.click(testId("score-1"));
            b.waitForText(testId("explain"), "得分反查：1 领导重视情况");
            String explained = b.text(testId("explain-fact"));
            assertTrue(explained.contains("原因：未召开动员大会（界面测试）") && explained.contains("录入（第 1 版）"), explained);
            b.screenshot(SHOTS, "reporter-sheet-explained");
            b.driver.navigate().refresh();
            pickCycle(b);

            b.click(testId("self-1"));
            // more than the indicator's 15 points: the server's 400 names the score, shown under it in Chinese
            b.type("self-score", "20");
            b.type("self-reason", "已召开动员会议，材料见附件");
            b.click(testId("self-save"));
            b.waitFor(fieldError("self-score"));
            assertTrue(b.text(fieldError("self-score")).startsWith("不能超过该指标的分值 15"), b.text(fieldError("self-score")));
            b.type("self-score", "12.5");
            b.click(testId("self-save"));
            b.waitForText(row, "12.50");
            b.click(testId("self-submit"));
            b.click(By.xpath("//div[contains(@class,'el-message-box')]//button[normalize-space(.)='提交']"));
            b.waitForText(testId("self-state"), "已提交");
            b.screenshot(SHOTS, "reporter-sheet");
        });

        as("scheme", b -> {
            b.menu("考评结果");
            pickCycle(b);
            b.waitForText(testId("ranking-table"), "县教育局（界面测试）");
            String ranking = b.text(testId("ranking-table"));
            // one fact only: 县卫生局 100, 县教育局 100 − 3 = 97 (新干 ranks nobody: the totals, no 名次)
            assertTrue(ranking.contains("97.00") && ranking.contains("100.00"), ranking);
            b.waitFor(By.cssSelector("[data-test='results-chart'] canvas"));
            b.screenshot(SHOTS, "scheme-results");
            b.click(By.xpath("//div[contains(@class,'el-tabs__item')][normalize-space(.)='录入进度']"));
            b.waitForText(testId("progress-agencies"), AGENCY);
            b.screenshot(SHOTS, "scheme-progress");

            // the 效能办 returns the unit's submitted 自评 with the reason the unit will read
            b.menu("单位计分表");
            pickCycle(b);
            choose(b, "sheet-unit", "县教育局（界面测试）");
            b.waitForText(testId("self-state"), "已提交");
            b.click(testId("self-return"));
            b.waitFor(By.cssSelector(".el-message-box input")).sendKeys("请补充动员会议的证明材料");
            b.click(By.xpath("//div[contains(@class,'el-message-box')]//button[normalize-space(.)='退回']"));
            b.waitForText(testId("self-state"), "已退回");
            b.screenshot(SHOTS, "scheme-self-returned");

            // the 效能办 closes the entry window; the assessor's fact entered then is refused with the server's reason
            b.menu("考核周期");
            b.click(testId("cycle-view-" + CYCLE));
            b.click(By.xpath("//*[@data-test='cycle-detail']//label[contains(@class,'el-radio')][normalize-space(.)='已关闭']"));
            b.click(testId("s-save"));
            b.waitForText(By.xpath("//tr[.//*[@data-test='cycle-view-" + CYCLE + "']]"), "已关闭");
        });

        as("assessor", b -> {
            b.menu("考评录入");
            pickCycle(b);
            b.click(testId("cell-2-" + UNIT));
            b.type("fact-reason", "窗口关闭后录入（界面测试）");
            b.click(testId("fact-save"));
            b.waitForText(testId("problem"), "已关闭录入，不能再录入或修改");
            b.screenshot(SHOTS, "assessor-entry-refused");
        });
    }

    /**
     * Approval and publication (tenant-schemes/FORMAT.md §6.1; 新干县's chain is one level, the
     * leadership group's 审定 of the whole cycle, signed by a tenant-wide approver): the 效能办 gives
     * {@code approver} that place in 人员分工; the approver follows the 工作台's 待我签核 to 审批 and
     * signs the 审定; the assessor's fact is then refused with who decided when; the 效能办 publishes
     * (通报); the viewer reads the published ranking in 通报结果; the approver is offered no
     * withdrawal any more, and the server refuses one. Its own cycle, so that it needs no other test.
     */
    @Test
    void anApproverDecidesTheYearThenTheSchemeAdminPublishesAndTheViewerReadsTheRanking() {
        long start = System.nanoTime();
        String cycle = "ap-" + RUN;
        String name = "审批测试年度 " + RUN;
        String unit = "ap-jyj-" + RUN;
        openXinganCycle(cycle, name, unit, "县教育局（审批测试）");
        place("assessor", "assessor", "agency", AGENCY);

        as("scheme", b -> {
            b.menu("人员分工");
            choose(b, "p-role", "审定人");
            b.type("p-username", "approver");
            b.click(testId("p-submit"));
            By row = By.xpath("//*[@data-test='assignment-table']//tr[.//td[normalize-space(.)='approver']]"
                    + "[.//td[normalize-space(.)='审定人']]");
            b.waitForText(row, "全租户");
        });

        as("approver", b -> {
            b.waitForText(testId("todo-sign"), name + "：待我签核 1 项（其中 1 项现在可签）");
            b.screenshot(SHOTS, "approver-workbench");
            b.click(testId("go-sign-" + cycle));
            b.waitForText(testId("queue-table"), "全部单位的考评结果");
            String queue = b.text(testId("queue-table"));
            assertTrue(queue.contains("县政务“阳光行动”活动领导小组审定") && queue.contains("可审定") && queue.contains("未签核"), queue);
            assertTrue(b.text(testId("chain-steps")).contains("已签 0 / 1"), b.text(testId("chain-steps")));
            b.screenshot(SHOTS, "approver-queue");

            b.click(testId("sign-decision"));
            b.click(By.xpath("//div[contains(@class,'el-message-box')]//button[normalize-space(.)='审定']"));
            b.waitForText(testId("chain-state"), "已审定");
            b.waitForText(testId("queue-table"), "已签核");
            assertTrue(b.text(testId("chain-steps")).contains("已签 1 / 1"), b.text(testId("chain-steps")));
            b.waitFor(testId("revoke-decision"));  // the 审定 may still be withdrawn, until the 通报
            b.click(By.xpath("//div[contains(@class,'el-tabs__item')][normalize-space(.)='审批记录']"));
            String history = b.text(testId("approval-history"));
            assertTrue(history.contains("全部单位的考评结果") && history.contains("审定"), history);
            b.screenshot(SHOTS, "approver-decided");

            as("assessor", a -> {
                a.menu("考评录入");
                choose(a, "cycle-picker", name);
                a.waitFor(testId("entry-locked"));
                a.click(testId("cell-1-" + unit));
                a.type("fact-reason", "审定后录入（界面测试）");
                a.click(testId("fact-save"));
                // Cycle.requireUndecided: 考核年度 … 已由<approver>（县政务“阳光行动”活动领导小组审定）于<day>审定，不能再录入或修改。
                a.waitForText(testId("problem"), "审定，不能再录入或修改");
                assertTrue(a.text(testId("problem")).contains("（县政务“阳光行动”活动领导小组审定）于" + TODAY), a.text(testId("problem")));
                a.screenshot(SHOTS, "assessor-entry-locked");
            });

            as("scheme", s -> {
                s.menu("审批");
                choose(s, "cycle-picker", name);
                s.waitForText(testId("chain-state"), "已审定");
                s.click(testId("publish"));
                s.click(By.xpath("//div[contains(@class,'el-message-box')]//button[normalize-space(.)='通报']"));
                s.waitForText(testId("chain-state"), "已通报");
                s.screenshot(SHOTS, "scheme-published");
            });

            as("viewer", v -> {
                String menu = v.text(By.cssSelector(".aside"));
                assertTrue(menu.contains("通报结果") && !menu.contains("考评结果"), menu);
                assertTrue(v.driver.findElements(By.xpath("//li[contains(@class,'el-menu-item')][normalize-space(.)='审批']")).isEmpty(),
                        "a viewer signs nothing");
                v.menu("通报结果");
                choose(v, "cycle-picker", name);
                // no fact was entered: seed 002 新干 阳光行动's four sections in full, 15 + 10 + 60 + 15 = 100; 新干 ranks nobody
                // (rankWithin none: 考评结果得分按比例折算后计入…政务公开项目得分), so its 名次 is —
                v.waitForText(testId("ranking-table"), "县教育局（审批测试）");
                By row = By.xpath("//*[@data-test='ranking-table']//tr[.//td[normalize-space(.)='县教育局（审批测试）']]");
                assertEquals("—", v.text(By.xpath("//*[@data-test='ranking-table']//tr[.//td[normalize-space(.)='县教育局（审批测试）']]/td[1]")));
                assertTrue(v.text(row).contains("100.00"), v.text(row));
                assertTrue(v.text(testId("published-by")).contains("通报"), v.text(testId("published-by")));
                assertEquals("导出", v.text(testId("publication-export")), "the published ranking is offered for 导出");
                v.screenshot(SHOTS, "viewer-publication");
            });

            // after the 通报 the 审定 stands: no withdrawal offered, and the server refuses one
            b.driver.navigate().refresh();
            b.waitForText(testId("chain-state"), "已通报");
            b.waitForText(testId("queue-table"), "已签核");
            assertTrue(b.driver.findElements(testId("revoke-decision")).isEmpty(), "no 撤销签核 after the 通报");
            Api.Response refused = api.post("api/tenants/xingan/cycles/" + cycle + "/approvals/revocation", Optional.of("approver"),
                    "{\"level\": \"decision\", \"reason\": \"通报后撤销（界面测试）\"}");
            assertEquals(409, refused.status(), refused.body());
            assertTrue(refused.body().contains("已通报，审定不能撤销"), refused.body());
            b.screenshot(SHOTS, "approver-published");
        });
        System.out.println("[ui] approval walk (5 logins): " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /**
     * Keyboard only (issue 12 "keyboard usable"): the 效能办 logs in on Keycloak's page, reaches 人员分工
     * through the left menu, fills the form (the role chosen with the arrow keys), submits it, and
     * closes the one-time password's dialog, with Tab, arrows and Enter alone.
     */
    @Test
    void aSchemeAdminLogsInReachesPeopleAndAddsAnAccountWithTheKeyboardOnly() {
        String username = "kb" + RUN;
        try (Browser b = new Browser(WORK)) {
            try {
                b.driver.get(root);
                b.waitFor(By.id("kc-login"));
                tabTo(b, e -> "username".equals(e.getAttribute("id")), "the username");
                keys(b, "scheme");
                tabTo(b, e -> "password".equals(e.getAttribute("id")), "the password");
                keys(b, "demo", Keys.ENTER);
                b.waitFor(testId("roles"));

                tabTo(b, e -> e.getAttribute("class").contains("el-menu-item") && e.getText().trim().equals("人员分工"), "人员分工");
                keys(b, Keys.ENTER);
                b.waitForText(testId("page-title"), "人员分工");

                tabTo(b, e -> inside(b, e, "p-username"), "the username field");
                keys(b, username);
                tabTo(b, e -> inside(b, e, "p-email"), "the e-mail field");
                keys(b, username + "@kaoping.example");
                tabTo(b, e -> inside(b, e, "p-role"), "the role");
                keys(b, Keys.ARROW_DOWN);
                By hovered = By.cssSelector(".el-select-dropdown__item.is-hovering");
                for (int i = 0; i < 6 && !b.text(hovered).equals("查看者"); i++) {
                    keys(b, Keys.ARROW_DOWN);
                }
                keys(b, Keys.ENTER);
                b.waitForText(testId("p-role"), "查看者");
                tabTo(b, e -> "p-submit".equals(e.getAttribute("data-test")), "分配");
                keys(b, Keys.ENTER);

                b.waitForText(testId("p-created-username"), username);
                tabTo(b, e -> e.getText().trim().equals("我已记下"), "我已记下");
                keys(b, Keys.ENTER);
                b.waitForText(testId("assignment-table"), username);
                noHorizontalOverflow(b);
                b.screenshot(SHOTS, "keyboard-people");
            } catch (RuntimeException | AssertionError e) {
                b.screenshot(SHOTS, "FAILED-keyboard");
                throw e;
            }
        }
    }

    /** Presses keys where the focus is, as a person at the keyboard does. */
    private static void keys(Browser b, CharSequence... keys) {
        new Actions(b.driver).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element is {@code at} (at most 60 times): it is reached by the keyboard. */
    private static void tabTo(Browser b, java.util.function.Predicate<WebElement> at, String what) {
        for (int i = 0; i < 60; i++) {
            if (at.test(b.driver.switchTo().activeElement())) {
                return;
            }
            keys(b, Keys.TAB);
        }
        throw new AssertionError("Tab does not reach " + what);
    }

    /** Whether the element is (inside) the one named {@code data-test=id}. */
    private static boolean inside(Browser b, WebElement e, String id) {
        return Boolean.TRUE.equals(b.script("return arguments[0].closest(\"[data-test='" + id + "']\") !== null", e));
    }

    /**
     * 人员分工: the 效能办 adds a new account (username and e-mail) as 查看者; the dialog shows its
     * one-time password once: closed, the password is nowhere on the page and the account is listed.
     * 操作日志's 操作 filter, chosen, keeps the 分配角色 entries only, the new account's among them.
     */
    @Test
    void aSchemeAdminAddsAnAccountSeesItsPasswordOnceAndFindsItByTheAuditActionFilter() {
        String username = "nu" + RUN;
        as("scheme", b -> {
            b.menu("人员分工");
            b.type("p-username", username);
            b.type("p-email", username + "@kaoping.example");
            choose(b, "p-role", "查看者");
            b.click(testId("p-submit"));
            b.waitForText(testId("p-created-username"), username);
            String password = b.text(testId("p-created-password"));
            assertTrue(password.length() >= 8 && !password.isBlank(), "a temporary password: " + password);
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "scheme-people-new-account");
            b.click(By.xpath("//div[contains(@class,'el-dialog')]//button[normalize-space(.)='我已记下']"));
            b.waitForText(testId("assignment-table"), username);
            new WebDriverWait(b.driver, Duration.ofSeconds(10))
                    .until(d -> !d.findElement(By.tagName("body")).getText().contains(password));
            b.driver.navigate().refresh();
            b.waitForText(testId("assignment-table"), username);
            assertFalse(b.text(By.tagName("body")).contains(password), "the password is shown once only");

            b.menu("操作日志");
            choose(b, "audit-action", "分配角色");
            By operations = By.cssSelector("[data-test='audit-table'] .el-table__body tr td:nth-child(3)");
            new WebDriverWait(b.driver, Duration.ofSeconds(30)).until(d -> !d.findElements(operations).isEmpty()
                    && d.findElements(operations).stream().allMatch(e -> e.getText().equals("分配角色")));
            b.type("audit-text", username);
            b.waitForText(testId("audit-table"), username + "（");
            assertEquals(1, b.driver.findElements(operations).size(), b.text(testId("audit-table")));
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "scheme-audit-action-filter");
        });
    }

    /**
     * The header's tenant picker: a user who is 查看者 of 新干县 and of 漳州市 (the second given by
     * 漳州's 效能办 through the API) switches tenant there, and the 工作台 shows the chosen tenant's
     * scheme in force and not the other's; and back.
     */
    @Test
    void aUserOfTwoTenantsSwitchesTenantInTheHeader() {
        String username = "tp" + RUN;
        KeycloakAdmin.createUser(username, "/tenants/xingan/viewer");
        Api.Response placed = api.post("api/tenants/zhangzhou/assignments", Optional.of("zz-scheme"),
                "{\"username\": \"" + username + "\", \"role\": \"viewer\"}");
        assertTrue(placed.status() == 201 || placed.status() == 200, placed.body());
        String xingan = "新干县县直机关政务“阳光行动”工作考评办法(试行)";
        String zhangzhou = "漳州市直机关绩效考评办法";
        as(username, b -> {
            choose(b, "tenant-picker", "漳州市");
            b.waitForText(testId("in-force"), "漳州市 的在用方案");
            b.waitForText(testId("in-force"), zhangzhou);
            assertFalse(b.text(testId("in-force")).contains(xingan), b.text(testId("in-force")));
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "two-tenants-zhangzhou");
            choose(b, "tenant-picker", "新干县");
            b.waitForText(testId("in-force"), "新干县 的在用方案");
            b.waitForText(testId("in-force"), xingan);
            assertFalse(b.text(testId("in-force")).contains(zhangzhou), b.text(testId("in-force")));
            b.screenshot(SHOTS, "two-tenants-xingan");
        });
    }

    /**
     * 考评结果's 等次 and 结果运用 on a scheme that has both (漳州 seed: grades 优秀 by quota per series
     * above 700, 合格, 不合格; consequences by grade, one optional for 第三系列): for a unit of each grade
     * the server's live results give, the unit's row shows that grade and each consequence's text, as
     * GET …/results says them. 漳州's 效能办 opens its own cycle through the API.
     */
    @Test
    void theResultsShowEachUnitsGradeAndConsequencesAsTheServerGivesThem() {
        String cycle = "zz-" + RUN;
        String name = "漳州结果运用测试年度 " + RUN;
        Api.Response opened = api.post("api/tenants/zhangzhou/cycles", Optional.of("zz-scheme"), "{\"code\": \"" + cycle
                + "\", \"name\": \"" + name + "\", \"scheme\": \"zhangzhou-shizhi-2009\", \"version\": 1, \"entryOpens\": \""
                + TODAY.minusDays(1) + "\", \"entryCloses\": \"" + TODAY.plusDays(30) + "\"}");
        assertEquals(201, opened.status(), opened.body());
        Api.Response live = api.get("api/tenants/zhangzhou/cycles/" + cycle + "/results", Optional.of("zz-scheme"));
        assertEquals(200, live.status(), live.body());
        // one unit of each grade, the first the server lists
        Map<String, JsonObject> byGrade = new java.util.LinkedHashMap<>();
        live.object().getJsonArray("units").stream().map(JsonValue::asJsonObject)
                .forEach(u -> byGrade.putIfAbsent(u.getString("grade", ""), u));
        assertTrue(byGrade.keySet().stream().anyMatch(g -> !g.isEmpty()), "漳州's units are graded: " + byGrade.keySet());
        assertTrue(byGrade.values().stream().anyMatch(u -> !u.getJsonArray("outcomes").isEmpty()), "and have consequences");

        as("zz-scheme", b -> {
            b.menu("考评结果");
            choose(b, "cycle-picker", name);
            for (JsonObject unit : byGrade.values()) {
                By row = By.xpath("//*[@data-test='ranking-table']//tr[td[2][normalize-space(.)='" + unit.getString("name") + "']]");
                b.waitFor(row);
                List<String> cells = b.driver.findElement(row).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
                String grade = unit.getString("grade", "");
                assertTrue(cells.contains(grade.isEmpty() ? "—" : grade), unit.getString("name") + " " + grade + ": " + cells);
                String shown = String.join("", cells).replaceAll("\\s", "");
                for (JsonValue o : unit.getJsonArray("outcomes")) {
                    String text = o.asJsonObject().getString("text");
                    assertTrue(shown.contains(text.replaceAll("\\s", "")), unit.getString("name") + " lacks " + text + ": " + cells);
                }
            }
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "zhangzhou-results-grades");
        });
    }

    /**
     * 工作台 待办 (issue 12): the reporter's unit of the newest open cycle (the one whose entry window
     * opened last: this test's, opened today, whatever order the server lists cycles in) is named, not
     * coded; its 自评, submitted and returned by the 效能办 with a reason (through the API), shows 已退回
     * with the reason in 待办 and among 被退回待修改. Its own cycle.
     */
    @Test
    void theWorkbenchNamesTheUnitDueAndShowsAReturnedSelfAssessmentWithItsReason() {
        Year year = Year.open("wb", "待办", TODAY);
        String reason = "请补充动员会议的证明材料（待办测试）";
        submitAndReturnSelfAssessment(year, reason);

        as("reporter", b -> {
            b.waitForText(testId("todo-year"), year.name());
            b.waitForText(testId("todo-self"), "已退回");
            String due = b.text(testId("todo-self"));
            assertTrue(due.contains(year.unitName("待办") + " 的自评：已退回") && due.contains("退回原因：" + reason)
                    && !due.contains(year.unit()), due);
            // 我的分工 names the unit of that cycle too
            assertTrue(b.text(testId("my-places")).contains("被考评单位：" + year.unitName("待办")), b.text(testId("my-places")));
            b.waitForText(testId("returned-table"), reason);
            String returned = b.text(By.xpath("//*[@data-test='returned-table']//tr[.//td[contains(., '" + reason + "')]]"));
            assertTrue(returned.contains(year.name()) && returned.contains(year.unitName("待办") + " 的自评")
                    && returned.contains("效能办 管理员"), returned);
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "reporter-workbench-returned");
            // the 待办's link opens the unit's sheet of that cycle, where the reason stands too
            b.click(By.xpath("//*[@data-test='todo-self']//a[normalize-space(.)='去自评']"));
            b.waitForText(testId("sheet-summary"), year.unitName("待办"));
        });
    }

    /**
     * 工作台 被退回待修改: a 自评 returned in a cycle that is not the newest open one (its window opened
     * weeks ago; a newer cycle of the same reporter is open too) is listed with its cycle and reason, and
     * its link opens that cycle's sheet of the unit; 我的分工 names that cycle's unit, not only the
     * newest cycle's. Its own cycles.
     */
    @Test
    void aSelfAssessmentReturnedInAnOlderOpenCycleIsListedWithALinkToItsSheet() {
        Year older = Year.open("wbold", "早先", TODAY.minusDays(40));
        Year.open("wbnew", "较新", TODAY.minusDays(20));
        String reason = "请补充早先年度的会议纪要（退回测试）";
        submitAndReturnSelfAssessment(older, reason);

        as("reporter", b -> {
            b.waitForText(testId("returned-table"), reason);
            By row = By.xpath("//*[@data-test='returned-table']//tr[.//td[contains(., '" + reason + "')]]");
            String returned = b.text(row);
            assertTrue(returned.contains(older.name()) && returned.contains(older.unitName("早先") + " 的自评"), returned);
            assertTrue(b.text(testId("my-places")).contains("被考评单位：" + older.unitName("早先")), b.text(testId("my-places")));
            b.click(By.xpath("//*[@data-test='returned-table']//tr[.//td[contains(., '" + reason + "')]]//a[@data-test='returned-go']"));
            b.waitForText(testId("sheet-summary"), older.unitName("早先"));
        });
    }

    /**
     * 证明材料: the reporter's upload of a file that is no PDF is refused with the server's reason in
     * Chinese; it uploads a PDF and self-assesses with it; the assessor records a fact with a PNG;
     * the sheet's 得分反查 shows the fact's file as a link that downloads the very bytes uploaded.
     * Its own cycle, so that it needs no other test.
     */
    @Test
    void evidenceIsUploadedForASelfAssessmentAndAFactAndTheSheetsExplanationDownloadsIt() throws IOException {
        Year year = Year.open("ev", "证明材料");
        String name = year.name();
        String unit = year.unit();
        Path files = WORK.resolve("evidence-" + RUN);
        Files.createDirectories(files);
        Path text = Files.writeString(files.resolve("不是PDF.pdf"), "只是文字，扩展名是 pdf");
        Path pdf = Files.writeString(files.resolve("动员会议纪要.pdf"), "%PDF-1.4\n% 动员会议纪要（界面测试）\n%%EOF\n");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path image = Files.write(files.resolve("检查记录.png"), png);
        long pdfSize = Files.size(pdf);
        Path saved = Files.createDirectories(files.resolve("downloads"));

        as("reporter", b -> {
            openSelfAssessment(b, name);
            // the server recognises the type by content, not by the name: its 400 names the body, said in Chinese
            upload(b, text);
            b.waitForText(testId("evidence-error"), "文件类型不受支持");
            assertTrue(b.text(testId("evidence-error")).contains("按文件内容识别，不看扩展名"), b.text(testId("evidence-error")));
            upload(b, pdf);
            b.waitForText(testId("evidence-files"), "动员会议纪要.pdf");
            assertTrue(b.text(testId("evidence-files")).contains(pdfSize + " B"), b.text(testId("evidence-files")));
            b.type("self-score", "15");
            b.type("self-reason", "已召开动员会议");
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "reporter-self-evidence");
            b.click(testId("self-save"));
            By row = By.xpath("//*[@data-test='sheet-table']//tr[.//*[@data-test='self-1']]");
            b.waitForText(row, "已召开动员会议");
            // the 自评's file shown by its name, not by its reference
            b.waitFor(By.xpath("//*[@data-test='sheet-table']//tr[.//*[@data-test='self-1']]"
                    + "//*[@data-test='evidence-link'][contains(., '动员会议纪要.pdf')]"));
            assertEquals(1, b.driver.findElements(By.xpath("//*[@data-test='sheet-table']//tr[.//*[@data-test='self-1']]"
                    + "//*[@data-test='evidence-link']")).size(), b.text(row));
        });

        as("assessor", b -> {
            openEntryCell(b, name, unit);
            b.waitForText(testId("cell-points"), "本指标现得分 15.00");
            upload(b, image);
            b.waitForText(testId("evidence-files"), "检查记录.png");
            b.type("fact-reason", "未召开动员大会（证明材料测试）");
            b.click(testId("fact-save"));
            b.waitForText(testId("cell-points"), "本指标现得分 12.00");
            b.waitFor(By.xpath("//*[@data-test='cell-facts']//*[@data-test='evidence-link'][contains(., '检查记录.png')]"));
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "assessor-entry-evidence");
        });

        as("reporter", b -> {
            b.menu("单位计分表");
            choose(b, "cycle-picker", name);
            b.click(testId("score-1"));
            // 得分反查 names the fact's file as the unit's list of files names it (GET …/evidence?unit=), not evidence:<id>
            b.waitFor(By.xpath("//*[@data-test='explain-fact']//*[@data-test='evidence-link'][contains(., '检查记录.png')]"));
            String explained = b.text(testId("explain-fact"));
            assertTrue(explained.contains("原因：未召开动员大会（证明材料测试）") && explained.matches("(?s).*证明材料：\\s*检查记录\\.png.*")
                    && !explained.contains("evidence:"), explained);
            b.screenshot(SHOTS, "reporter-sheet-evidence");
            // saved under its uploaded name: the very bytes uploaded
            Path file = download(b, By.xpath("//*[@data-test='explain-fact']//*[@data-test='evidence-link']"), saved, ".png");
            assertEquals("检查记录.png", file.getFileName().toString(), file.toString());
            assertArrayEquals(png, bytes(file), "the download is the file uploaded");
        });
    }

    /**
     * The upload list reads the server (GET …/evidence?unit=): a file uploaded in the 自评 dialog is
     * listed there again after the page is loaded anew, with who uploaded it, and its link downloads
     * the very bytes uploaded; the assessor's 考评录入 of the same unit lists it too, beside its own
     * upload, which is listed after a reload and downloads likewise. Its own cycle.
     */
    @Test
    void theUploadListShowsTheUnitsEarlierFilesAndTheirLinksDownloadTheBytesUploaded() throws IOException {
        Year year = Year.open("el", "材料清单");
        String name = year.name();
        String unit = year.unit();
        Path files = Files.createDirectories(WORK.resolve("evidence-list-" + RUN));
        byte[] pdfBytes = "%PDF-1.4\n% 工作方案（材料清单测试）\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path pdf = Files.write(files.resolve("阳光行动工作方案.pdf"), pdfBytes);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
        Path image = Files.write(files.resolve("督查照片.png"), png);
        By selfLink = By.xpath("//*[@data-test='evidence-files']//*[@data-test='evidence-link'][contains(., '阳光行动工作方案.pdf')]");
        Path reporterSaved = Files.createDirectories(files.resolve("reporter"));
        Path assessorSaved = Files.createDirectories(files.resolve("assessor"));
        Path assessorSavedPdf = Files.createDirectories(files.resolve("assessor-pdf"));

        as("reporter", b -> {
            openSelfAssessment(b, name);
            upload(b, pdf);
            b.waitForText(testId("evidence-files"), "阳光行动工作方案.pdf");
            // a clerk who comes back: the page loaded anew knows nothing of this session's uploads
            b.driver.navigate().refresh();
            openSelfAssessment(b, name);
            b.waitForText(testId("evidence-files"), "阳光行动工作方案.pdf");
            assertTrue(b.text(testId("evidence-by")).contains("上传"), b.text(testId("evidence-files")));
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "reporter-self-earlier-evidence");
            Path file = download(b, selfLink, reporterSaved, ".pdf");
            assertEquals("阳光行动工作方案.pdf", file.getFileName().toString());
            assertArrayEquals(pdfBytes, bytes(file), "the download in the 自评 dialog is the file uploaded");
        });

        as("assessor", b -> {
            openEntryCell(b, name, unit);
            // the unit's files, whoever uploaded them
            b.waitForText(testId("evidence-files"), "阳光行动工作方案.pdf");
            upload(b, image);
            b.waitForText(testId("evidence-files"), "督查照片.png");
            b.driver.navigate().refresh();
            openEntryCell(b, name, unit);
            b.waitForText(testId("evidence-files"), "督查照片.png");
            assertTrue(b.text(testId("evidence-files")).contains("阳光行动工作方案.pdf"), b.text(testId("evidence-files")));
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "assessor-entry-earlier-evidence");
            Path file = download(b, By.xpath("//*[@data-test='evidence-files']//*[@data-test='evidence-link'][contains(., '督查照片.png')]"),
                    assessorSaved, ".png");
            assertEquals("督查照片.png", file.getFileName().toString());
            assertArrayEquals(png, bytes(file), "the download in 考评录入 is the file uploaded");
            Path other = download(b, selfLink, assessorSavedPdf, ".pdf");
            assertArrayEquals(pdfBytes, bytes(other), "the reporter's file downloads in 考评录入 too");
        });
    }

    /** Opens the cell of indicator 1 (领导重视情况) and {@code unit} in 考评录入 of the cycle named {@code cycleName}. */
    private static void openEntryCell(Browser b, String cycleName, String unit) {
        b.menu("考评录入");
        choose(b, "cycle-picker", cycleName);
        b.click(testId("cell-1-" + unit));
    }

    /** Opens the 自评 dialog of indicator 1 (领导重视情况) in 单位计分表 of the cycle named {@code cycleName}. */
    private static void openSelfAssessment(Browser b, String cycleName) {
        b.menu("单位计分表");
        choose(b, "cycle-picker", cycleName);
        b.click(testId("self-1"));
    }

    /**
     * Clicks a download link and waits for the file Chromium saves in {@code folder} (named so once it
     * is written whole; until then it is a .crdownload) with a name ending in {@code suffix}.
     */
    private static Path download(Browser b, By link, Path folder, String suffix) {
        b.driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", folder.toString()));
        b.click(link);
        return new WebDriverWait(b.driver, Duration.ofSeconds(30)).until(d -> {
            try (var list = Files.list(folder)) {
                return list.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * 附加分申报 on the 工作台 (seed 002 新干县 阳光行动 五 (1), levels 县 5 / 市 10): the reporter applies
     * twice (through the API); the assessor of the leadership group that scores the item finds both
     * waiting on its 工作台 and follows the link to them; once it approved one and refused the other
     * with a reason (through the API), the reporter's 工作台 shows each state and the reason. Its own cycle.
     */
    @Test
    void theWorkbenchShowsTheDeciderTheApplicationsWaitingAndTheReporterTheirDecisions() {
        Year year = Year.open("wa", "工作台申报");
        String cycle = year.cycle();
        String name = year.name();
        String unit = year.unit();
        String city = "政务公开被市级推广（工作台测试）";
        String county = "政务公开县内推广（工作台测试）";
        String applications = "api/tenants/xingan/cycles/" + cycle + "/applications";
        long first = applyFor(applications, unit, "市", city);
        long second = applyFor(applications, unit, "县", county);
        By line = testId("todo-applications");

        as("assessor", b -> {
            b.waitForText(line, name + "：待我审核 2 项");
            b.script("arguments[0].scrollIntoView()", b.waitFor(line));
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "assessor-workbench-applications");
            b.click(testId("go-decide-" + cycle));
            b.waitForText(testId("page-title"), "附加分申报");
            // the link opens the cycle it names
            b.waitForText(testId("applications-waiting"), "待我审核 2 项");
            assertTrue(b.text(testId("application-table")).contains(city), b.text(testId("application-table")));
        });

        Api.Response approved = api.post(applications + "/" + first + "/approval", Optional.of("assessor"), "{\"reason\": \"市级推广属实\"}");
        assertEquals(200, approved.status(), approved.body());
        Api.Response refused = api.post(applications + "/" + second + "/refusal", Optional.of("assessor"), "{\"reason\": \"县内推广未见通报文件\"}");
        assertEquals(200, refused.status(), refused.body());

        as("reporter", b -> {
            By mine = testId("my-applications");
            b.waitForText(mine, county);
            String approvedRow = b.text(workbenchRow(city));
            assertTrue(approvedRow.contains(name) && approvedRow.contains("已批准") && approvedRow.contains("批准：市级推广属实"), approvedRow);
            String refusedRow = b.text(workbenchRow(county));
            assertTrue(refusedRow.contains("已驳回") && refusedRow.contains("驳回：县内推广未见通报文件"), refusedRow);
            b.script("arguments[0].scrollIntoView()", b.waitFor(mine));
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "reporter-workbench-applications");
        });
    }

    /**
     * 更正 and 撤回 in 考评录入 (seed 002 新干县 阳光行动 一、1 领导重视情况（15分）(1) 没有召开干部职工大会进行
     * 动员部署的扣3分): the assessor enters the fact (15 − 3 = 12.00), corrects its reason (第 2 版; the
     * history shows both versions), then withdraws it with a reason: no fact is left and the indicator
     * is back at its 15.00; the 效能办's 操作日志, filtered by the text of the cycle, holds the three
     * entries, and by its 撤回 the withdrawal with its reason. Its own cycle.
     */
    @Test
    void anAssessorCorrectsAFactThenWithdrawsItWithAReasonWhichTheAuditTrailShows() {
        Year year = Year.open("cw", "更正撤回");
        String cycle = year.cycle();
        String name = year.name();
        String unit = year.unit();

        as("assessor", b -> {
            openEntryCell(b, name, unit);
            b.waitForText(testId("cell-points"), "本指标现得分 15.00");
            b.type("fact-reason", "未召开动员大会（更正前）");
            b.click(testId("fact-save"));
            b.waitForText(testId("cell-points"), "本指标现得分 12.00");
            b.waitForText(testId("cell-facts"), "未召开动员大会（更正前）");

            b.click(testId("fact-correct"));
            b.waitForText(testId("entry-cell"), "更正第 1 版");
            b.type("fact-reason", "未召开干部职工大会进行动员部署（更正后）");
            b.click(testId("fact-save"));
            b.waitForText(testId("cell-facts"), "（更正后）");
            assertTrue(b.text(testId("cell-facts")).contains("第 2 版"), b.text(testId("cell-facts")));
            b.waitForText(testId("cell-points"), "本指标现得分 12.00");
            b.click(testId("fact-history-open"));
            b.waitForText(testId("fact-history"), "第 2 版 更正");
            assertTrue(b.text(testId("fact-history")).contains("第 1 版 录入"), b.text(testId("fact-history")));
            b.screenshot(SHOTS, "assessor-entry-corrected");

            b.click(testId("fact-withdraw"));
            b.waitFor(By.cssSelector(".el-message-box input")).sendKeys("动员会议已补开，误录");
            b.click(By.xpath("//div[contains(@class,'el-message-box')]//button[normalize-space(.)='撤回']"));
            b.waitForText(testId("cell-points"), "本指标现得分 15.00");
            b.waitForText(testId("cell-facts"), "还没有录入");
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "assessor-entry-withdrawn");
        });

        // the 效能办 finds the three in 操作日志 by the text of the cycle, the withdrawal with its reason
        as("scheme", b -> {
            b.menu("操作日志");
            b.type("audit-text", "考核年度 " + cycle + " ");
            By rows = By.cssSelector("[data-test='audit-table'] .el-table__body tr");
            new WebDriverWait(b.driver, Duration.ofSeconds(30)).until(d -> d.findElements(rows).size() == 3);
            b.type("audit-text", "考核年度 " + cycle + " 撤回");
            b.waitForText(testId("audit-table"), "动员会议已补开，误录");
            assertEquals(1, b.driver.findElements(rows).size(), b.text(testId("audit-table")));
            assertTrue(b.text(testId("audit-table")).contains("撤回事实"), "the action in Chinese: " + b.text(testId("audit-table")));
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "scheme-audit-filtered");
        });
    }

    /**
     * 考评录入 asks what the scheme version serves for each rule (FORMAT.md §11, "Entry form"), not a
     * list of its own: in a 新干县 scheme of this test whose 四 (1) rests on a 通报 (evidenceBasis) and
     * whose added 四 r3 is counted from r1's facts (countsFactsOf), the assessor finds r3 marked as
     * computed and not choosable, r1's evidence required with its basis named, and a fact without
     * it refused under 证明材料.
     */
    @Test
    void theEntryFormIsTheOneTheSchemeVersionServesForEachRule() throws IOException {
        String id = "xingan-form" + RUN + "-2030";
        JsonObject seed = Json.createReader(new StringReader(Files.readString(Path.of(System.getProperty("kaoping.root", "../.."))
                .resolve("tenant-schemes/xingan/yangguang-2006.scheme.json")))).readObject();
        JsonArrayBuilder indicators = Json.createArrayBuilder();
        for (JsonValue v : seed.getJsonArray("indicators")) {
            JsonObject indicator = v.asJsonObject();
            if (indicator.getString("code").equals("4")) {
                JsonArray rules = indicator.getJsonArray("rules");
                indicator = Json.createObjectBuilder(indicator).add("rules", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder(rules.getJsonObject(0)).add("evidenceBasis", "县效能办督查通报"))
                        .add(rules.getJsonObject(1))
                        .add(Json.createObjectBuilder().add("id", "r3").add("kind", "proportional").add("clause", "（测试）按 (1) 的次数计")
                                .add("target", "3").add("weight", "3").add("countsFactsOf", "r1"))).build();
            }
            indicators.add(indicator);
        }
        String scheme = Json.createObjectBuilder(seed).add("id", id).add("year", 2030).add("indicators", indicators).build().toString();
        Api.Response uploaded = api.post("api/tenants/xingan/schemes", Optional.of("scheme"), scheme);
        assertEquals(201, uploaded.status(), uploaded.body());
        assertEquals(200, api.post("api/tenants/xingan/schemes/" + id + "/versions/1/publish", Optional.of("scheme"), "").status());
        String unit = "form-jyj-" + RUN;
        String name = "录入表单测试年度 " + RUN;
        Api.Response opened = api.post("api/tenants/xingan/cycles", Optional.of("scheme"), "{\"code\": \"form-" + RUN + "\", \"name\": \""
                + name + "\", \"scheme\": \"" + id + "\", \"version\": 1, \"entryOpens\": \"" + TODAY.minusDays(1) + "\", \"entryCloses\": \""
                + TODAY.plusDays(30) + "\", \"units\": [{\"code\": \"" + unit + "\", \"name\": \"县教育局（录入表单测试）\"}]}");
        assertEquals(201, opened.status(), opened.body());
        place("assessor", "assessor", "agency", AGENCY);

        as("assessor", b -> {
            b.menu("考评录入");
            choose(b, "cycle-picker", name);
            b.click(testId("cell-4-" + unit));
            b.waitForText(testId("fact-rule"), "（由系统计算，无需录入）");
            WebElement computed = b.driver.findElement(By.xpath("//*[@data-test='fact-rule']//label[contains(., 'r3 ·')]"));
            assertTrue(computed.getAttribute("class").contains("is-disabled"), computed.getAttribute("class"));
            b.waitForText(testId("fact-evidence-basis"), "以县效能办督查通报为依据");
            b.type("fact-reason", "未按时上报考评材料");
            b.click(testId("fact-save"));
            By evidenceError = By.xpath("//*[contains(@class,'el-form-item')][.//*[normalize-space(.)='证明材料']]"
                    + "//*[contains(@class,'el-form-item__error')]");
            new WebDriverWait(b.driver, Duration.ofSeconds(30)).until(d -> !d.findElements(evidenceError).isEmpty());
            assertEquals("必填：以县效能办督查通报为依据", b.driver.findElement(evidenceError).getText());
            assertEquals("提交的内容有误", b.text(testId("problem")).strip(), "the engine's English rule is not the alert's title");
            b.waitForText(testId("cell-facts"), "还没有录入");
            b.screenshot(SHOTS, "assessor-entry-served-form");
        });
    }

    /** A 附加分 application of the reporter for 五 (1) at a level, through the API: its id. */
    private static long applyFor(String applications, String unit, String level, String item) {
        Api.Response applied = api.post(applications, Optional.of("reporter"), "{\"unit\": \"" + unit
                + "\", \"rule\": \"5/r1\", \"level\": \"" + level + "\", \"item\": \"" + item + "\"}");
        assertEquals(201, applied.status(), applied.body());
        return applied.object().getJsonNumber("id").longValue();
    }

    private static By workbenchRow(String item) {
        return By.xpath("//*[@data-test='my-applications']//tr[.//*[normalize-space(.)='" + item + "']]");
    }

    /**
     * 附加分申报 (seed 002 新干县 阳光行动 五、加、减分项目 (1) 政务公开工作…被市级作典型推广的加10分): the
     * reporter applies, first without the matter (the server's 400 shown under the field), then for
     * the 市 level and for a 县 one; the assessor of the leadership group approves the first — it
     * becomes a fact — and refuses the second with a reason; the reporter sees both decisions and
     * the sheet's 五 at 0 + 10 = 10.00, explained by the application. Its own cycle.
     */
    @Test
    void aBonusApplicationIsAppliedForThenApprovedIntoTheSheetAndAnotherRefusedWithItsReason() {
        Year year = Year.open("bn", "附加分");
        String name = year.name();
        String city = "政务公开工作被市级作典型推广（界面测试）";
        String county = "政务公开工作在县内做典型推广（界面测试）";

        as("reporter", b -> {
            b.menu("附加分申报");
            choose(b, "cycle-picker", name);
            b.click(testId("apply-open"));
            b.waitForText(testId("apply-dialog"), "政务公开工作县内做典型推广");
            choose(b, "a-level", "市（10 分）");
            b.click(testId("apply-submit"));
            b.waitFor(fieldError("a-item"));
            assertEquals("不能为空", b.text(fieldError("a-item")));
            b.type("a-item", city);
            b.click(testId("apply-submit"));
            b.waitForText(testId("application-table"), city);
            b.click(testId("apply-open"));
            choose(b, "a-level", "县（5 分）");
            b.type("a-item", county);
            b.click(testId("apply-submit"));
            b.waitForText(testId("application-table"), county);
            assertTrue(b.text(applicationRow(city)).contains("待审核"), b.text(applicationRow(city)));
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "reporter-applications");
        });

        as("assessor", b -> {
            b.menu("附加分申报");
            choose(b, "cycle-picker", name);
            b.waitForText(testId("applications-waiting"), "待我审核 2 项");
            b.click(By.xpath(rowXpath(city) + "//button[normalize-space(.)='批准']"));
            b.waitForText(testId("decide-dialog"), "按级别加 10 分");
            b.type("d-reason", "市级推广属实");
            b.click(testId("decide-submit"));
            b.waitForText(testId("applications-waiting"), "待我审核 1 项");
            b.click(By.xpath(rowXpath(county) + "//button[normalize-space(.)='驳回']"));
            b.click(testId("decide-submit"));
            b.waitFor(fieldError("d-reason"));
            assertEquals("不能为空", b.text(fieldError("d-reason")));
            b.type("d-reason", "县内推广未见通报文件");
            b.click(testId("decide-submit"));
            b.waitGone(testId("applications-waiting"));
            b.click(By.xpath("//*[@data-test='application-filter']//label[normalize-space(.)='全部']"));
            b.waitForText(applicationRow(county), "已驳回");
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "assessor-applications");
        });

        as("reporter", b -> {
            b.menu("附加分申报");
            choose(b, "cycle-picker", name);
            b.waitForText(applicationRow(city), "已批准");
            String approved = b.text(applicationRow(city));
            assertTrue(approved.contains("批准：市级推广属实") && approved.contains("已计为事实 fact-"), approved);
            String refused = b.text(applicationRow(county));
            assertTrue(refused.contains("已驳回") && refused.contains("驳回：县内推广未见通报文件"), refused);
            b.screenshot(SHOTS, "reporter-applications-decided");

            b.click(By.xpath(rowXpath(city) + "//a[normalize-space(.)='在计分表中查看']"));
            b.waitForText(testId("page-title"), "单位计分表");
            // 五 is a bonus node: it starts at 0; the approved 市 level adds 10
            b.waitForText(testId("score-5"), "10.00");
            b.click(testId("score-5"));
            b.waitForText(testId("explain-fact"), city);
            assertTrue(b.text(testId("explain-fact")).contains("特别附加分申报"), b.text(testId("explain-fact")));
            noHorizontalOverflow(b);
            b.screenshot(SHOTS, "reporter-sheet-bonus");
        });
    }

    /**
     * A chain of levels (seed 003 武进区住建局, tenant-schemes/wujin-housing: 考核责任科室负责人签字 per
     * agency and unit → 考核扎口科室负责人签字 per unit by its 扎口科室 (附件1: 办公室's by 人教科) → …):
     * 党委办's approver signs all its units at once (批量签核); 人教科's approver returns 党委办's
     * sign-off for 办公室 with a reason, which 党委办's approver reads in its queue, then signs again;
     * once 人教科 signed 办公室's sheet, 党委办 is offered no 撤销签核 for it and the server refuses one;
     * the 效能办 grants a 补录例外 for 办公室, and the signed unit takes an entry again. 武进 has no
     * demo users: its people are placed through the API, as ApprovalIT does. Its own cycle.
     */
    @Test
    void aChainOfLevelsIsSignedInBulkReturnedWithAReasonSignedAgainAndALateEntryGranted() {
        String wj = "api/tenants/wujin-housing";
        String admin = "ui-wjadmin-" + RUN;
        String party = "ui-dwb-" + RUN;
        String hr = "ui-rjk-" + RUN;
        String others = "ui-other-" + RUN;
        String reporter = "ui-wjrep-" + RUN;
        String assessor = "ui-wjas-" + RUN;
        String cycle = "wj-" + RUN;
        String name = "武进审批测试年度 " + RUN;
        String reason = "扣分原因不清，请补充（界面测试）";
        KeycloakAdmin.createUser(admin, "/tenants/wujin-housing/scheme-admin");
        Api.Response opened = api.post(wj + "/cycles", Optional.of(admin), "{\"code\": \"" + cycle + "\", \"name\": \"" + name
                + "\", \"scheme\": \"wujin-housing-mubiao-2018\", \"version\": 1, \"entryOpens\": \"" + TODAY.minusDays(1)
                + "\", \"entryCloses\": \"" + TODAY.plusDays(30) + "\"}");
        assertEquals(201, opened.status(), opened.body());
        java.util.Set<String> signing = new java.util.TreeSet<>();
        for (String field : List.of("agencies", "signingAgencies")) {
            opened.object().getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).forEach(a -> signing.add(a.getString()));
        }
        for (String agency : signing) {
            placeIn(wj, admin, agency.equals("党委办") ? party : agency.equals("人教科") ? hr : others, "approver", "agency", agency, true);
        }
        placeIn(wj, admin, reporter, "unit-reporter", "unit", "bgs", true);
        placeIn(wj, admin, assessor, "assessor", "agency", "党委办", true);
        String base = wj + "/cycles/" + cycle;
        long partyItems = api.get(base + "/approvals/queue", Optional.of(party)).object().getJsonArray("items").stream()
                .filter(i -> i.asJsonObject().getString("level").equals("department")).count();
        assertTrue(partyItems > 1, "党委办 scores several units: " + partyItems);

        as(party, b -> {
            b.menu("审批");
            choose(b, "cycle-picker", name);
            b.waitForText(testId("queue-table"), "考核责任科室负责人签字");
            b.click(By.xpath("//*[@data-test='queue-table']//th//label[contains(@class,'el-checkbox')]"));
            b.waitForText(testId("batch-sign"), "批量签核（" + partyItems + "）");
            b.click(testId("batch-sign"));
            b.click(By.xpath("//div[contains(@class,'el-message-box')]//button[normalize-space(.)='签核']"));
            b.waitForText(departmentRow("bgs"), "已签核");
            // every one of 党委办's sign-offs at this level is signed (its queue also holds 人教科's sheet, which 党委办 collects)
            assertTrue(b.driver.findElements(By.xpath("//*[@data-test='queue-table']//tr[contains(., '考核责任科室负责人签字')]"
                    + "[contains(., '未签核')]")).isEmpty(), b.text(testId("queue-table")));
            assertTrue(b.text(testId("chain-steps")).contains("已签 " + partyItems + " / "), b.text(testId("chain-steps")));
            b.screenshot(SHOTS, "chain-department-bulk-signed");
        });

        as(hr, b -> {
            b.menu("审批");
            choose(b, "cycle-picker", name);
            b.click(testId("return-collection-bgs"));
            choose(b, "return-target", "党委办");
            b.type("action-reason", reason);
            b.click(testId("action-submit"));
            b.waitGone(testId("action-dialog"));
            b.click(By.xpath("//div[contains(@class,'el-tabs__item')][normalize-space(.)='审批记录']"));
            b.waitForText(testId("approval-history"), reason);
            b.screenshot(SHOTS, "chain-collection-returned");
        });

        as(party, b -> {
            b.menu("审批");
            choose(b, "cycle-picker", name);
            // the level below reads why, in its queue, and signs again
            b.waitForText(departmentRow("bgs"), "已退回");
            assertTrue(b.text(departmentRow("bgs")).contains("原因：" + reason), b.text(departmentRow("bgs")));
            b.script("arguments[0].scrollIntoView({block: 'center'})", b.waitFor(departmentRow("bgs")));
            b.screenshot(SHOTS, "chain-department-returned");
            b.click(testId("sign-department-bgs-党委办"));
            b.click(By.xpath("//div[contains(@class,'el-message-box')]//button[normalize-space(.)='签核']"));
            b.waitForText(departmentRow("bgs"), "已签核");
        });

        // 办公室's other departments sign, its 自评 is submitted, and 人教科 signs its sheet (through the API)
        for (String signer : List.of(others, hr)) {
            api.get(base + "/approvals/queue", Optional.of(signer)).object().getJsonArray("items").stream().map(i -> i.asJsonObject())
                    .filter(i -> i.getString("level").equals("department") && i.getString("unit").equals("bgs")).forEach(i ->
                            assertEquals(201, api.post(base + "/approvals", Optional.of(signer), "{\"level\": \"department\", \"items\": "
                                    + "[{\"unit\": \"bgs\", \"agency\": \"" + i.getString("agency") + "\"}]}").status()));
        }
        Api.Response self = api.call("PUT", base + "/self-assessments/bgs/items/mb", Optional.of(reporter),
                Optional.of("{\"score\": \"30\", \"reason\": \"年度目标任务全部完成\"}"), Map.of());
        assertEquals(200, self.status(), self.body());
        assertEquals(200, api.post(base + "/self-assessments/bgs/submission", Optional.of(reporter), "{}").status());
        Api.Response collected = api.post(base + "/approvals", Optional.of(hr), "{\"level\": \"collection\", \"items\": [{\"unit\": \"bgs\"}]}");
        assertEquals(201, collected.status(), collected.body());

        as(party, b -> {
            b.menu("审批");
            choose(b, "cycle-picker", name);
            b.waitForText(departmentRow("bgs"), "已签核");
            // 撤销签核 stays with units whose sheet is not signed above; 办公室's is
            b.waitFor(By.xpath("//*[@data-test='queue-table']//button[normalize-space(.)='撤销签核']"));
            assertTrue(b.driver.findElements(testId("revoke-department-bgs-党委办")).isEmpty(), "no 撤销签核 under a signed sheet");
            b.script("arguments[0].scrollIntoView({block: 'center'})", b.waitFor(departmentRow("bgs")));
            b.screenshot(SHOTS, "chain-department-no-revoke");
        });
        Api.Response revoke = api.post(base + "/approvals/revocation", Optional.of(party),
                "{\"level\": \"department\", \"unit\": \"bgs\", \"agency\": \"党委办\", \"reason\": \"撤销（界面测试）\"}");
        assertEquals(409, revoke.status(), revoke.body());
        assertTrue(revoke.body().contains("请先由上级撤销"), revoke.body());

        // 补录例外: 办公室 is signed, so 党委办's entry is refused until the 效能办 opens it
        String fact = "{\"unit\": \"bgs\", \"rule\": \"jc.1/r1\", \"reason\": \"科室内部不团结（补录测试）\"}";
        assertEquals(409, api.post(base + "/facts", Optional.of(assessor), fact).status());
        as(admin, b -> {
            b.menu("审批");
            choose(b, "cycle-picker", name);
            b.click(By.xpath("//div[contains(@class,'el-tabs__item')][normalize-space(.)='补录例外']"));
            b.type("late-unit", "办公室");  // the list of 19 units filters as one types
            b.click(By.xpath("//li[contains(@class,'el-select-dropdown__item')][normalize-space(.)='办公室']"));
            // the date picker of 截止日期, found by its label (the picker keeps no data-test of its own)
            WebElement until = b.waitFor(By.xpath("//label[normalize-space(.)='截止日期']/ancestor::div[contains(@class,'el-form-item')][1]//input"));
            until.sendKeys(TODAY.plusDays(3).toString(), Keys.ENTER);
            b.type("late-reason", "党委办漏报一次通报（界面测试）");
            b.click(testId("late-submit"));
            b.waitForText(testId("late-table"), "党委办漏报一次通报（界面测试）");
            assertTrue(b.text(testId("late-table")).contains("办公室") && b.text(testId("late-table")).contains("整个单位"),
                    b.text(testId("late-table")));
            b.screenshot(SHOTS, "chain-late-entry");
        });
        Api.Response late = api.post(base + "/facts", Optional.of(assessor), fact);
        assertEquals(201, late.status(), late.body());
    }

    /** The row of 党委办's 考核责任科室负责人签字 for a unit in the queue (its label: ChainView, Item.label). */
    private static By departmentRow(String unit) {
        return By.xpath("//*[@data-test='queue-table']//tr[.//td[contains(., '" + unit + " 的党委办考评')]]");
    }

    /**
     * 吉水 (seed 002 第二篇 六1: 按得分高低评出综合先进单位一等奖一个): a cycle without facts leaves its 14 units tied at
     * 97, so 一等奖 waits for a decision (名额超出，待研究决定); the 效能办 records it on 考评结果, and the unit decided
     * for gets the prize with the decision in its notes.
     */
    @Test
    void aTieBeyondAPrizesCountIsDecidedOnTheResultsPage() {
        String admin = "ui-jsadmin-" + RUN;
        String name = "吉水决定测试年度 " + RUN;
        KeycloakAdmin.createUser(admin, "/tenants/jishui-land/scheme-admin");
        Api.Response opened = api.post("api/tenants/jishui-land/cycles", Optional.of(admin), "{\"code\": \"js-" + RUN
                + "\", \"name\": \"" + name + "\", \"scheme\": \"jishui-land-guwei-2014\", \"version\": 1, \"entryOpens\": \""
                + TODAY.minusDays(1) + "\", \"entryCloses\": \"" + TODAY.plusDays(30) + "\"}");
        assertEquals(201, opened.status(), opened.body());
        By office = By.xpath("//*[@data-test='ranking-table']//tr[.//a[normalize-space(.)='办公室']]");
        as(admin, b -> {
            // 六6 一票否决 is the 效能办's to enter, in its own rows of 考评录入: 人事教育股 loses its chance of a prize
            b.menu("考评录入");
            choose(b, "cycle-picker", name);
            choose(b, "entry-agency", "效能办（无考评主体");
            b.click(testId("cell-vetoes-rsjy"));
            b.type("fact-reason", "单位内有人受到党纪处分（界面测试）");
            b.click(testId("fact-save"));
            b.waitForText(testId("cell-facts"), "单位内有人受到党纪处分（界面测试）");
            b.screenshot(SHOTS, "scheme-entry-veto");
            b.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            b.waitGone(testId("cell-facts"));

            b.menu("考评结果");
            choose(b, "cycle-picker", name);
            b.waitForText(office, "待研究决定：一等奖");
            String vetoed = b.text(By.xpath("//*[@data-test='ranking-table']//tr[.//a[normalize-space(.)='人事教育股']]"));
            assertFalse(vetoed.contains("待研究决定"), "a vetoed unit waits for no prize: " + vetoed);
            b.click(testId("decide-bgs"));
            b.type("decision-by", "局务会（界面测试）");
            b.type("decision-reason", "全年工作突出（界面测试）");
            b.screenshot(SHOTS, "scheme-decision");
            b.click(testId("decision-save"));
            b.waitForText(office, "经研究决定（局务会（界面测试）");
            String row = b.text(office);
            assertTrue(row.contains("一等奖") && !row.contains("待研究决定：一等奖"), row);
            b.screenshot(SHOTS, "scheme-decided");
        });
    }

    /**
     * Puts a person in a place of a tenant as its 效能办 through the API: a demo user by name, or
     * a new account (with an e-mail; its first login is then completed with password demo).
     */
    private static void placeIn(String tenant, String admin, String username, String role, String scopeKind, String scope,
                                boolean newAccount) {
        Api.Response placed = api.post(tenant + "/assignments", Optional.of(admin), "{\"username\": \"" + username + "\", "
                + (newAccount ? "\"email\": \"" + username + "@kaoping.example\", " : "")
                + "\"role\": \"" + role + "\", \"" + scopeKind + "\": \"" + scope + "\"}");
        assertTrue(placed.status() == 201 || placed.status() == 200, placed.body());
        if (newAccount) {
            KeycloakAdmin.completeFirstLogin(username, "demo");
        }
    }

    /** The page at 1366×768 needs no horizontal scrolling (wide tables scroll inside themselves). */
    private static void noHorizontalOverflow(Browser b) {
        Object widths = b.script("const e = document.documentElement; return [e.scrollWidth, e.clientWidth];");
        List<?> w = (List<?>) widths;
        assertTrue(((Number) w.get(0)).longValue() <= ((Number) w.get(1)).longValue(), "the page is wider than the window: " + w);
    }

    /**
     * A cycle of 新干县's scheme of one test's own, {@code <code>-<run>} named {@code <title>测试年度 <run>},
     * with one unit (a name as long as real ones get); {@code assessor} is placed in the leadership
     * group and {@code reporter} in the unit.
     */
    private record Year(String cycle, String name, String unit) {
        static Year open(String code, String title) {
            return open(code, title, TODAY.minusDays(1));
        }

        /** A cycle whose entry window opens on {@code entryOpens} (the 工作台's 待办 is of the one opened last). */
        static Year open(String code, String title, LocalDate entryOpens) {
            Year year = new Year(code + "-" + RUN, title + "测试年度 " + RUN, code + "-jyj-" + RUN);
            openXinganCycle(year.cycle, year.name, year.unit, year.unitName(title), entryOpens);
            place("assessor", "assessor", "agency", AGENCY);
            place("reporter", "unit-reporter", "unit", year.unit);
            return year;
        }

        String unitName(String title) {
            return LONG_UNIT_NAME + "（" + title + "测试）";
        }
    }

    /** The reporter self-assesses the year's unit on item 1 and submits; the 效能办 returns it with the reason (through the API). */
    private static void submitAndReturnSelfAssessment(Year year, String reason) {
        String base = "api/tenants/xingan/cycles/" + year.cycle() + "/self-assessments/" + year.unit();
        Api.Response item = api.call("PUT", base + "/items/1", Optional.of("reporter"),
                Optional.of("{\"score\": \"12\", \"reason\": \"已召开动员会议\"}"), Map.of());
        assertEquals(200, item.status(), item.body());
        assertEquals(200, api.post(base + "/submission", Optional.of("reporter"), "{}").status());
        Api.Response back = api.post(base + "/return", Optional.of("scheme"), "{\"reason\": \"" + reason + "\"}");
        assertEquals(200, back.status(), back.body());
    }

    /** Opens a cycle of 新干县's scheme with one unit, as the 效能办 through the API. */
    private static void openXinganCycle(String code, String name, String unit, String unitName) {
        openXinganCycle(code, name, unit, unitName, TODAY.minusDays(1));
    }

    private static void openXinganCycle(String code, String name, String unit, String unitName, LocalDate entryOpens) {
        Api.Response opened = api.post("api/tenants/xingan/cycles", Optional.of("scheme"), "{\"code\": \"" + code
                + "\", \"name\": \"" + name + "\", \"scheme\": \"xingan-yangguang-2006\", \"version\": 1, \"entryOpens\": \""
                + entryOpens + "\", \"entryCloses\": \"" + TODAY.plusDays(30) + "\", \"units\": [{\"code\": \"" + unit
                + "\", \"name\": \"" + unitName + "\"}]}");
        assertEquals(201, opened.status(), opened.body());
    }

    /** Puts a demo user of 新干县 in a place (its agency or unit), as its 效能办 through the API; once is enough. */
    private static void place(String username, String role, String scopeKind, String scope) {
        placeIn("api/tenants/xingan", "scheme", username, role, scopeKind, scope, false);
    }

    /** Gives the evidence upload of the open form a file, as choosing it in the file dialog does. */
    private static void upload(Browser b, Path file) {
        b.driver.findElements(By.cssSelector("[data-test='evidence-upload'] input[type='file']")).stream()
                .reduce((first, last) -> last).orElseThrow().sendKeys(file.toString());
    }

    private static String rowXpath(String item) {
        return "//*[@data-test='application-table']//tr[.//*[normalize-space(.)='" + item + "']]";
    }

    private static By applicationRow(String item) {
        return By.xpath(rowXpath(item));
    }

    /**
     * Seed 001 (市对县保证目标考评细则): a city assesses its counties. The city's 效能办 links a unit of
     * its cycle to the county's tenant on the cycle page; the county's 效能办 then finds the city's
     * cycle on its 工作台 (上级考评), goes to report, and sees the city's sheet of that unit only.
     * City and county are provisioned through the API for this run.
     */
    @Test
    void aCountysSchemeAdminReportsForItsUnitInItsCitysCycle() {
        String city = "uc" + RUN;
        String county = "uk" + RUN;
        String cycleName = "市对县考评 " + RUN;
        Api.Response c = api.post("api/tenants", Optional.of("jx-admin"), "{\"code\":\"" + city + "\",\"name\":\"界面市" + RUN
                + "\",\"level\":\"CITY\",\"parent\":\"jiangxi\",\"template\":{\"file\":\"anon-city/county-targets.scheme.json\"},"
                + "\"year\":2026,\"admin\":{\"username\":\"" + city + "-admin\",\"email\":\"" + city + "-admin@kaoping.example\"}}");
        assertEquals(201, c.status(), c.body());
        String scheme = c.object().getJsonObject("tenant").getJsonArray("schemes").getJsonObject(0).getString("id");
        Api.Response k = api.post("api/tenants", Optional.of("jx-admin"), "{\"code\":\"" + county + "\",\"name\":\"界面县" + RUN
                + "\",\"level\":\"COUNTY\",\"parent\":\"" + city + "\",\"admin\":{\"username\":\"" + county
                + "-admin\",\"email\":\"" + county + "-admin@kaoping.example\"}}");
        assertEquals(201, k.status(), k.body());
        KeycloakAdmin.createUser(city + "-sa", "/tenants/" + city + "/scheme-admin");
        KeycloakAdmin.createUser(county + "-sa", "/tenants/" + county + "/scheme-admin");
        Api.Response opened = api.post("api/tenants/" + city + "/cycles", Optional.of(city + "-sa"), "{\"code\": \"2026\", \"name\": \""
                + cycleName + "\", \"scheme\": \"" + scheme + "\", \"version\": 1, \"entryOpens\": \"" + TODAY.minusDays(5)
                + "\", \"entryCloses\": \"" + TODAY.plusDays(30) + "\"}");
        assertEquals(201, opened.status(), opened.body());

        as(city + "-sa", b -> {
            b.menu("考核周期");
            b.click(testId("cycle-view-2026"));
            b.click(testId("link-county-a"));
            WebElement code = b.waitFor(By.cssSelector(".el-message-box input"));
            code.sendKeys(county);
            b.button("保存");
            b.waitForText(testId("cycle-units"), county);
            b.screenshot(SHOTS, "city-unit-linked");
        });
        as(county + "-sa", b -> {
            b.waitForText(testId("assessed-in"), cycleName);
            assertTrue(b.text(testId("assessed-in")).contains("××县(示例甲)"), b.text(testId("assessed-in")));
            b.screenshot(SHOTS, "county-assessed-in");
            b.click(testId("assessed-in-report"));
            b.waitForText(testId("page-title"), "单位计分表");
            b.waitForText(testId("sheet-unit"), "××县(示例甲)");
            b.waitFor(testId("sheet-table"));
            b.click(testId("sheet-unit"));
            long offered = b.driver.findElements(By.xpath("//li[contains(@class,'el-select-dropdown__item')]")).stream()
                    .filter(WebElement::isDisplayed).count();
            assertEquals(1, offered, "the county reports for its own unit only");
            b.screenshot(SHOTS, "county-sheet-in-city");
        });
    }

    /** Types a date into the date picker inside {@code data-test=id} and confirms it with Enter. */
    private static void date(Browser b, String id, LocalDate day) {
        b.type(id, day.toString());
        b.waitFor(testId(id)).findElement(By.tagName("input")).sendKeys(Keys.ENTER);
    }

    /** Picks this run's cycle in the page's cycle picker. */
    private static void pickCycle(Browser b) {
        choose(b, "cycle-picker", CYCLE_NAME);
    }

    /** Opens the select named {@code data-test=id} and clicks its visible option containing {@code option}. */
    private static void choose(Browser b, String id, String option) {
        b.click(testId(id));
        By item = By.xpath("//li[contains(@class,'el-select-dropdown__item')][contains(normalize-space(.), '" + option + "')]");
        // the dropdown slides in: a click during its transition lands on what is still under it, so it is tried again
        new WebDriverWait(b.driver, Duration.ofSeconds(30)).ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement shown = d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
                    if (shown == null) {
                        return false;
                    }
                    shown.click();
                    return true;
                });
    }

    /**
     * Logs in as a demo user in a browser of its own and walks {@code steps}; a step that fails
     * leaves a screenshot {@code FAILED-<user>.png} of what the page showed.
     */
    private static void as(String user, Consumer<Browser> steps) {
        try (Browser b = new Browser(WORK)) {
            try {
                b.logIn(root, user);
                steps.accept(b);
            } catch (RuntimeException | AssertionError e) {
                b.screenshot(SHOTS, "FAILED-" + user);
                throw e;
            }
        }
    }

    /** The error text of the form item holding the input named {@code data-test=id}. */
    private static By fieldError(String id) {
        return By.xpath("//*[@data-test='" + id + "']/ancestor::div[contains(concat(' ', @class, ' '), ' el-form-item ')][1]"
                + "//div[contains(@class,'el-form-item__error')]");
    }
}
