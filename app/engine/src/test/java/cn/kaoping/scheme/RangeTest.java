package cn.kaoping.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RangeTest {

    private static Range range(String text) {
        return Range.parse(text).range().orElseThrow();
    }

    @Test
    void boundsAreInclusiveOrExclusiveAsWritten() {
        // 市对县 信息工作: 完成目标分值的75%-100%（含75%，不含100%）
        Range r = range("[75%, 100%)");
        assertTrue(r.contains(new BigDecimal("0.75")));
        assertFalse(r.contains(BigDecimal.ONE));
        assertTrue(r.contains(new BigDecimal("0.9999")));
        assertFalse(r.contains(new BigDecimal("0.7499")));
        assertEquals("[75%, 100%)", r.toString());
    }

    @Test
    void openSidesAndPlainNumbers() {
        // 漳州: 总分在700分(不含700分)以下的为"不合格单位"
        Range below700 = range("(-∞, 700)");
        assertTrue(below700.contains(new BigDecimal("699.99")));
        assertFalse(below700.contains(new BigDecimal("700")));
        assertTrue(range("[85,]").contains(new BigDecimal("1000")));
        assertEquals("[85, ∞)", range("[85,]").toString());
    }

    @Test
    void neighboursAdjoinOnlyWhenExactlyOneSideHoldsTheSharedBound() {
        assertTrue(range("[50%, 75%)").adjoins(range("[75%, 100%)")));
        assertFalse(range("[50%, 75%]").adjoins(range("[75%, 100%)")));
        assertTrue(range("[50%, 75%]").overlaps(range("[75%, 100%)")));
        assertFalse(range("[50%, 75%)").adjoins(range("(75%, 100%)")));
        assertFalse(range("[50%, 75%)").overlaps(range("(75%, 100%)")));
    }

    @Test
    void refusesWhatIsNoRange() {
        assertEquals("\"75%-100%\" is not a range like \"[75%, 100%)\"", Range.parse("75%-100%").error());
        assertEquals("\"[1, 1)\" is empty", Range.parse("[1, 1)").error());
        assertEquals("\"[75%, 1]\" mixes a percentage and a plain number", Range.parse("[75%, 1]").error());
        assertEquals("\"[a, 1]\" has a bound that is not a decimal", Range.parse("[a, 1]").error());
    }
}
