package cn.kaoping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.scheme.SchemeFixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process on the 新干 scheme. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String xingan() {
        return SchemeFixtures.xingan().toString();
    }

    private static String sampleFacts() {
        return SchemeFixtures.tenantSchemes().resolve("xingan/yangguang-2006.sample.facts.json").toString();
    }

    @Test
    void validateAcceptsTheXinganScheme() {
        assertEquals(Main.OK, run("validate", xingan()));
        assertEquals(xingan() + ": OK (xingan-yangguang-2006, 5 indicators, 17 rules)\n", out());
    }

    @Test
    void validateRefusesABrokenSchemeWithPathPreciseMessages() {
        String broken = SchemeFixtures.resource("broken/references.scheme.json").toString();
        assertEquals(Main.INVALID, run("validate", broken));
        assertTrue(err().contains(broken + ": units[1].series: unknown series \"s9\"\n"), err());
    }

    @Test
    void evaluatePrintsAChineseTable() {
        assertEquals(Main.OK, run("evaluate", xingan(), "--facts", sampleFacts()));
        String[] lines = out().split("\n");
        assertEquals("新干县县直机关政务“阳光行动”工作考评办法(试行)（2006）", lines[0]);
        assertTrue(lines[1].startsWith("单位        系列  总分    满分  名次  等次  奖项  结果运用及说明"), lines[1]);
        // 新干 ranks nobody (rankWithin none: 考评结果得分按比例折算后计入…政务公开项目得分): the facts file's order, 名次 —
        assertTrue(lines[2].startsWith("县教育局    —     37.00   100   —"), lines[2]);
        assertTrue(lines[5].startsWith("黎山林场    —     110.00  100   —"), lines[5]);
    }

    @Test
    void evaluateWritesJsonWithExplanations() {
        assertEquals(Main.OK, run("evaluate", xingan(), "--facts", sampleFacts(), "--json"));
        JsonObject json = Json.createReader(new StringReader(out())).readObject();
        JsonObject finance = json.getJsonArray("units").getJsonObject(1);
        assertTrue(!finance.containsKey("rank"), "新干 ranks nobody");
        assertEquals("xgczj", finance.getString("unit"));
        assertEquals("25.00", finance.getString("total"));
        JsonObject open = finance.getJsonArray("indicators").getJsonObject(2);
        assertEquals("0.00", open.getString("score"));
        assertEquals("floor", open.getJsonArray("adjustments").getJsonObject(0).getString("type"));
        assertEquals("5.00", open.getJsonArray("adjustments").getJsonObject(0).getString("amount"));
        assertEquals("10分 × 5 = 50分", open.getJsonArray("rules").getJsonObject(0).getJsonArray("lines").getJsonObject(0).getString("note"));
    }

    @Test
    void badFactsExitWithTheirPaths(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("bad.facts.json");
        Files.writeString(facts, "{\"scheme\": \"xingan-yangguang-2006\", \"units\": [{\"code\": \"u1\", \"name\": \"甲\"}],"
                + " \"facts\": [{\"unit\": \"u1\", \"rule\": \"1/r9\"}]}");
        assertEquals(Main.INVALID, run("evaluate", xingan(), "--facts", facts.toString()));
        assertEquals(facts + ": facts[0].rule: unknown rule \"1/r9\"\n", err());
    }

    @Test
    void usageErrors() {
        assertEquals(Main.USAGE, run());
        assertEquals(Main.USAGE, run("evaluate", xingan()));
        assertTrue(err().startsWith("usage: kaoping validate"), err());
    }
}
