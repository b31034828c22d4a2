package cn.kaoping.applications;

import cn.kaoping.platform.error.InputCheck;

/**
 * A unit's application (附件6 考核附加分申报表): its unit, the bonus rule ({@code fj/r1},
 * {@code 3.3/r1}), the item (申报项目), and where the rule reads them, the level and matter; the
 * evidence (证明材料, 获奖证书) as a reference.
 */
public record NewApplication(String unit, String rule, String item, String level, String matter, String evidence) {

    public NewApplication {
        new InputCheck()
                .text("unit", unit, 64)
                .text("rule", rule, 200)
                .text("item", item, 2000)
                .optionalText("level", level, 100)
                .optionalText("matter", matter, 200)
                .optionalText("evidence", evidence, 2000)
                .orThrow();
    }
}
