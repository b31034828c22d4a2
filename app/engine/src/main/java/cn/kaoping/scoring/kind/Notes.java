package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.DecimalText;
import java.math.BigDecimal;

/** Wording of the explanations the kinds write (得分反查). */
final class Notes {

    private Notes() {
    }

    static String points(BigDecimal amount) {
        return DecimalText.show(amount) + "分";
    }

    /** "0.5分" for one occurrence, "0.5分 × 3 = 1.5分" for several. */
    static String times(BigDecimal each, int count) {
        return count == 1 ? points(each) : points(each) + " × " + count + " = " + points(each.multiply(BigDecimal.valueOf(count)));
    }
}
