package cn.kaoping.selfassessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.FieldError;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ItemInputTest {

    private static List<String> files(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "evidence:" + i).toList();
    }

    @Test
    void anItemCitesAtMostTwentyFiles() {
        assertEquals(20, new ItemInput("5", "见证书", files(20)).evidenceIds().size());
        DomainException.Invalid refused = assertThrows(DomainException.Invalid.class, () -> new ItemInput("5", "见证书", files(21)));
        assertEquals(List.of(new FieldError("evidence", "must cite at most 20 files")), refused.errors());
    }

    @Test
    void aFileCitedTwiceCountsOnce() {
        assertEquals(List.of(7L, 8L), new ItemInput("4.5", "见证书", List.of("evidence:7", "evidence:8", "evidence:7")).evidenceIds());
    }
}
