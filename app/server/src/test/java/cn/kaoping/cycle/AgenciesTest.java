package cn.kaoping.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeLoader;
import cn.kaoping.scoring.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which agencies a seed's scheme names, and which of them scores a rule. */
class AgenciesTest {

    private static final Path SCHEMES = Path.of(System.getProperty("kaoping.root", "../..")).resolve("tenant-schemes");

    private static Scheme scheme(String file) {
        return new SchemeLoader(RuleRegistry.standard()).load(SCHEMES.resolve(file)).orThrow();
    }

    private static Scheme.Unit unit(Scheme scheme, String code) {
        return scheme.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void severalAgenciesWrittenAsAListEachScore() {
        // seed 003 附件2 二、学习教育: 考核科室 党委办、政策法规科, written ["党委办", "政策法规科"]
        Scheme scheme = scheme("wujin-housing/mubiao-2018.scheme.json");
        Agencies wujin = new Agencies(scheme);
        Scheme.Unit office = unit(scheme, "bgs");
        assertEquals(Set.of("党委办", "政策法规科"), wujin.ofRule("jc.2/r1", office));
        assertEquals(Set.of("办公室"), wujin.ofRule("jc.5/r1", office));
        // 年度目标任务 is 人教科's; the 重点指标 node names none
        assertEquals(Set.of("人教科"), wujin.ofRule("mb/r1", office));
        assertEquals(Set.of(), wujin.ofRule("zd/r1", office));
    }

    @Test
    void anAgencyPerSeriesScoresOnlyTheUnitsOfItsSeries() {
        // seed 002 第五篇: 考评主体 第一系列：市委办；第二系列：市政府办；第三系列：市效能办
        Scheme scheme = scheme("zhangzhou/shizhi.scheme.json");
        Agencies zhangzhou = new Agencies(scheme);
        assertEquals(Set.of("市委办"), zhangzhou.ofRule("1/r1", unit(scheme, "zzb")));   // 组织部, 第一系列
        assertEquals(Set.of("市政府办"), zhangzhou.ofRule("1/r1", unit(scheme, "fgw"))); // 发改委, 第二系列
        assertEquals(Set.of("市效能办"), zhangzhou.ofRule("1/r1", unit(scheme, "gsj"))); // 第三系列
        List<String> all = zhangzhou.all();
        assertTrue(all.containsAll(List.of("市委办", "市政府办", "市效能办")), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.contains("：") || a.contains("、")), all.toString());
    }

    @Test
    void aNameIsNeverSplitAtTheEnumerationComma() {
        // seed 002 第三篇 开省乡 作风效率评估: one evaluator panel 综合考评组(由镇绩效办牵头,成员从镇纪委、党政办…抽调)
        Agencies kaisheng = new Agencies(scheme("kaisheng/jixiao.scheme.json"));
        assertTrue(kaisheng.all().stream().anyMatch(a -> a.startsWith("综合考评组(") && a.endsWith("抽调)")), kaisheng.all().toString());
        assertTrue(kaisheng.all().stream().noneMatch(a -> a.equals("党政办")), kaisheng.all().toString());
        assertTrue(kaisheng.all().containsAll(List.of("镇效能办", "镇纪委")), kaisheng.all().toString());
    }
}
