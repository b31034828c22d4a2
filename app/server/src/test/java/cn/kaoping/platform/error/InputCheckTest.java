package cn.kaoping.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputCheckTest {

    @Test
    void ordinaryNamesAreVisible() {
        for (String name : List.of("新干县教育局（试点）", "新干县教育局(试点)", "工业园区管委会/招商局", "科技&工信局", "新干县·城南",
                "Jiangxi Province", "吉水县国土资源局", "𠀀县")) {
            assertTrue(InputCheck.visible(name), name);
        }
    }

    @Test
    void controlBidiAndZeroWidthCharactersAreRefused() {
        for (int cp : new int[] {0x00, 0x07, 0x09, 0x0A, 0x1B, 0x7F, 0x85, 0x9F, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
                0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x2060, 0xFEFF, 0x2028, 0x2029,
                0xE000, 0xD800}) {
            String name = "新干" + new String(Character.toChars(cp)) + "县";
            assertFalse(InputCheck.visible(name), Integer.toHexString(cp));
            DomainException.Invalid e = assertThrows(DomainException.Invalid.class,
                    () -> new InputCheck().text("name", name, 200).orThrow());
            assertEquals("name", e.errors().get(0).field());
            assertTrue(e.errors().get(0).rule().contains(String.format("U+%04X at position 2", cp)), e.errors().toString());
        }
    }

    @Test
    void textIsBoundedInCharactersNotUnits() {
        new InputCheck().text("name", "𠀀".repeat(200), 200).orThrow();
        DomainException.Invalid e = assertThrows(DomainException.Invalid.class,
                () -> new InputCheck().text("name", "县".repeat(201), 200).optionalText("x", "a".repeat(11), 10)
                        .optionalText("y", null, 1).optionalSecret("p", "p".repeat(129), 128).orThrow());
        assertEquals(List.of(new FieldError("name", "must be at most 200 characters"),
                new FieldError("x", "must be at most 10 characters"),
                new FieldError("p", "must be at most 128 characters")), e.errors());
    }

    @Test
    void anEchoIsCutAndShowsWhatIsInvisible() {
        assertEquals("short", InputCheck.echo("short"));
        assertEquals("a".repeat(40), InputCheck.echo("a".repeat(40)));
        assertEquals("a".repeat(40) + "…", InputCheck.echo("a".repeat(41)));
        assertEquals("县".repeat(40) + "…", InputCheck.echo("县".repeat(5000)));
        assertEquals("a\\u202Eb", InputCheck.echo("a\u202Eb"));
    }
}
