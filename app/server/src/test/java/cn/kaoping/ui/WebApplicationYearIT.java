package cn.kaoping.ui;

import static cn.kaoping.ui.Browser.testId;
import static cn.kaoping.ui.WebApplicationIT.RUN;
import static cn.kaoping.ui.WebApplicationIT.SHOTS;
import static cn.kaoping.ui.WebApplicationIT.SKIPPED;
import static cn.kaoping.ui.WebApplicationIT.as;
import static cn.kaoping.ui.WebApplicationIT.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cn.kaoping.it.KaopingIT;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The assessment year in the browser, 新干县's demo users each on Keycloak's login page: the 效能办
 * opens a cycle of the published 阳光行动 scheme (which lists no units, so it adds two) and puts the
 * assessor and the reporter in their places; the assessor enters a fact and sees the points it
 * makes; the reporter reads the unit's 计分表, explains a figure down to the fact (得分反查) and
 * self-assesses; the 效能办 reads the ranking and who is behind. A screenshot of each page.
 */
@KaopingIT
class WebApplicationYearIT {

    private static final String CYCLE = "ui-" + RUN;
    private static final String CYCLE_NAME = "界面测试年度 " + RUN;
    private static final String UNIT = "jyj-" + RUN;
    private static final String AGENCY = "县政务“阳光行动”活动领导小组";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeAll
    static void browser() {
        if (!SKIPPED) {
            WebApplicationIT.prepare();
        }
    }

    @Test
    void aYearFromOpeningTheCycleToTheRanking() {
        assumeFalse(SKIPPED, "Built with -Dskip.ui: the WAR holds no web application, so its browser tests are skipped");
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
            assertTrue(b.text(testId("cycle-agencies")).contains(AGENCY), b.text(testId("cycle-agencies")));
            b.screenshot(SHOTS, "scheme-cycle");

            b.driver.navigate().refresh();
            b.menu("人员分工");
            pickCycle(b);
            b.type("p-username", "assessor");
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
            // one fact only: 县教育局 100 − 3 = 97 ranks first, 县卫生局 100 second
            assertTrue(ranking.contains("97.00") && ranking.contains("100.00"), ranking);
            b.waitFor(By.cssSelector("[data-test='results-chart'] canvas"));
            b.screenshot(SHOTS, "scheme-results");
            b.click(By.xpath("//div[contains(@class,'el-tabs__item')][normalize-space(.)='录入进度']"));
            b.waitForText(testId("progress-agencies"), AGENCY);
            b.screenshot(SHOTS, "scheme-progress");
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
        WebElement shown = new WebDriverWait(b.driver, java.time.Duration.ofSeconds(30)).until(d -> d.findElements(item).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        shown.click();
    }
}
