package cn.kaoping.selfassessment;

import cn.kaoping.platform.error.InputCheck;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** A self-assessment item as a reporter writes it: the 自评分 (a decimal string, up to 2 decimals) and its reason. */
public record ItemInput(String score, String reason) {

    private static final Pattern POINTS = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,2})?");

    public ItemInput {
        new InputCheck()
                .pattern("score", score, POINTS, "must be points written as a decimal string with at most 2 decimals, e.g. \"4.5\"")
                .text("reason", reason, 2000)
                .orThrow();
    }

    BigDecimal points() {
        return new BigDecimal(score);
    }
}
