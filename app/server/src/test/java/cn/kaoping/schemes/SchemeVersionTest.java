package cn.kaoping.schemes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.security.Actor;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The verbs of a scheme version: what a draft allows and a published version refuses. */
class SchemeVersionTest {

    private static final Actor ADMIN = new Actor("s-1", "方案管理员");
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-01-05T09:00:00+08:00");

    @Test
    void aDraftIsReplacedFromItsCurrentCopyOnly() {
        SchemeVersion draft = SchemeVersion.draft(1, SchemeService.UPLOAD, document("{\"a\":1}"), ADMIN, NOW);
        String first = draft.hash();
        draft.replace(document("{\"a\":2}"), Optional.of(first), ADMIN, NOW);
        assertEquals(SchemeDocument.sha256("{\"a\":2}"), draft.hash());

        DomainException.Conflict stale = assertThrows(DomainException.Conflict.class,
                () -> draft.replace(document("{\"a\":3}"), Optional.of(first), ADMIN, NOW));
        assertEquals(Optional.of(draft.hash()), stale.currentVersion());
        assertEquals("{\"a\":2}", draft.document());
    }

    @Test
    void aPublishedVersionIsNeitherReplacedNorPublishedAgain() {
        SchemeVersion version = SchemeVersion.draft(2, SchemeService.UPLOAD, document("{\"a\":1}"), ADMIN, NOW);
        assertThrows(DomainException.Conflict.class, () -> version.requirePublished("复制"));
        version.publish(Optional.empty(), ADMIN, NOW);
        assertEquals(SchemeStatus.PUBLISHED, version.status());
        assertEquals(Optional.of(NOW), version.view().publishedAt());

        assertThrows(DomainException.Conflict.class, () -> version.publish(Optional.empty(), ADMIN, NOW));
        DomainException.Conflict change = assertThrows(DomainException.Conflict.class,
                () -> version.replace(document("{\"a\":2}"), Optional.empty(), ADMIN, NOW));
        assertEquals("考评方案 xingan-x-2030 第2版已发布，不能再修改；要修改请上传新的草稿。", change.getMessage());
        assertEquals("{\"a\":1}", version.document());
    }

    @Test
    void aProvisionedCopyIsPublishedAtOnce() {
        SchemeVersion copy = SchemeVersion.provisioned(new SchemeCopy("file:xingan/yangguang-2006.scheme.json",
                document("{}")), Actor.SYSTEM, NOW);
        assertEquals(1, copy.version());
        assertEquals(SchemeStatus.PUBLISHED, copy.status());
        assertEquals(Optional.of("Kaoping"), copy.view().publishedBy());
    }

    private static SchemeDocument document(String text) {
        return new SchemeDocument("xingan-x-2030", "测试", 2030, text, SchemeDocument.sha256(text));
    }
}
