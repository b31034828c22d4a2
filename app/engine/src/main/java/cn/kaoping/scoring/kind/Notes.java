package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.DecimalText;
import java.math.BigDecimal;
import java.util.Optional;

/** Wording of the justifications the kinds give (得分反查), used only when they are shown. */
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

    /** "纪律处分 " before an amount chosen by a grade or level; nothing for a fixed amount. */
    static String named(Optional<String> name) {
        return name.map(n -> n + " ").orElse("");
    }
}
