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
}
