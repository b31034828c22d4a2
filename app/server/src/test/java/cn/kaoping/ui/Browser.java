package cn.kaoping.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) of its own profile,
 * at 1366×768, with the few steps the tests take on Element Plus pages: fields by their
 * {@code data-test} name, buttons and menu items by their Chinese text, waits for what a page shows.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("kaoping.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("kaoping.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    final ChromeDriver driver;
    private final Path profile;

    Browser(Path work) {
        try {
            Files.createDirectories(work);
            profile = Files.createTempDirectory(work, "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=zh-CN", "--window-size=1366,768", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // the page itself at 1366×768 (a window of that size would leave less to the page)
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Opens the application and logs in on Keycloak's own page as a demo user (password demo). */
    void logIn(String root, String username) {
        driver.get(root);
        waitFor(By.id("kc-login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        waitFor(testId("workbench"));
    }

    static By testId(String id) {
        return By.cssSelector("[data-test='" + id + "']");
    }

    /** An element whose own text is {@code text}, among those matching the XPath {@code within}. */
    static By text(String within, String text) {
        return By.xpath(within + "[normalize-space(.)='" + text + "']");
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(By by, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitGone(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    void click(By by) {
        WebElement e = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    /** Clicks the button with this text (the last visible one: a dialog's over the page's). */
    void button(String label) {
        click(By.xpath("(//button[normalize-space(.)='" + label + "' and not(@disabled)])[last()]"));
    }

    void menu(String title) {
        click(By.xpath("//li[contains(@class,'el-menu-item')][normalize-space(.)='" + title + "']"));
        waitForText(testId("page-title"), title);
    }

    /** Types into the input named {@code data-test=id} (the input itself, or the one inside it). */
    void type(String id, String value) {
        WebElement e = waitFor(testId(id));
        if (!List.of("input", "textarea").contains(e.getTagName())) {
            e = e.findElement(By.cssSelector("input,textarea"));
        }
        // select all and delete as a person would: clear() leaves Vue's model holding the old text
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        e.sendKeys(value);
    }

    String text(By by) {
        return waitFor(by).getText();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** A PNG of what the window shows, as {@code target/screenshots/<name>.png}. */
    Path screenshot(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not remove " + profile + ": " + e);
        }
    }
}
