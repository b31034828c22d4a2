package cn.kaoping.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A domain error of one item of a batch says which item, whatever its kind, and keeps the rest of what it says. */
class DomainExceptionPlaceTest {

    @Test
    void theMessageBeginsWithThePlace() {
        DomainException.Refused refused = new DomainException.Refused("这是党委办的考核项目，你不是该科室的签核人");
        assertSame(refused, refused.at("items[2]"));
        assertEquals("items[2]：这是党委办的考核项目，你不是该科室的签核人", refused.getMessage());
        assertEquals("items[0]：没有单位 x。", new DomainException.NotFound("没有单位 x。").at("items[0]").getMessage());
    }

    @Test
    void aConflictKeepsTheCurrentVersion() {
        DomainException.Conflict c = new DomainException.Conflict("已签核", Optional.of("3"));
        c.at("items[1]");
        assertEquals("items[1]：已签核", c.getMessage());
        assertEquals(Optional.of("3"), c.currentVersion());
    }

    @Test
    void invalidFieldsAreNamedBelowThePlace() {
        DomainException.Invalid invalid = new DomainException.Invalid(List.of(new FieldError("unit", "is required"),
                new FieldError("agency", "must be left out")));
        assertEquals(List.of("unit", "agency"), invalid.errors().stream().map(FieldError::field).toList());
        invalid.at("items[4]");
        assertEquals(List.of("items[4].unit", "items[4].agency"), invalid.errors().stream().map(FieldError::field).toList());
        assertEquals("is required", invalid.errors().get(0).rule());
    }
}
