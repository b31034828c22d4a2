package cn.kaoping.schemes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.FieldError;
import cn.kaoping.platform.security.Actor;
import cn.kaoping.scheme.SchemeLoader;
import cn.kaoping.scoring.PreparedScheme;
import cn.kaoping.scoring.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache of prepared schemes: a published version is parsed once, a draft every time. */
class CompiledSchemesTest {

    private static final String XINGAN = read("tenant-schemes/xingan/yangguang-2006.scheme.json");
    private static final Actor ADMIN = new Actor("s-1", "方案管理员");
    private static final SchemeDocument DOCUMENT = SchemeDocument.of(
            new SchemeLoader(RuleRegistry.standard()).load(new StringReader(XINGAN)).orThrow(), XINGAN);

    private final AtomicInteger parses = new AtomicInteger();
    private final SchemeLoader loader = new SchemeLoader(RuleRegistry.standard());
    private final CompiledSchemes compiled = new CompiledSchemes(reader -> {
        parses.incrementAndGet();
        return loader.load(reader);
    }, 2);

    @Test
    void aPublishedVersionIsParsedOnceWhateverTheNumberOfRequests() {
        SchemeVersion v1 = published(1);
        PreparedScheme first = compiled.of("xingan", v1);
        assertSame(first, compiled.of("xingan", v1));
        assertSame(first, compiled.of("xingan", published(1)));
        assertEquals(1, parses.get());
        assertEquals("xingan-yangguang-2006", first.scheme().id());
    }

    @Test
    void aDraftMayChangeSoItIsParsedEachTime() {
        SchemeVersion draft = draft(2);
        assertNotSame(compiled.of("xingan", draft), compiled.of("xingan", draft));
        assertEquals(2, parses.get());
        assertEquals(0, compiled.size());
    }

    @Test
    void theSchemePreparedAtPublicationIsKeptSoThatNoRequestParsesIt() {
        SchemeVersion version = draft(1);
        PreparedScheme checked = compiled.compile(version.document()); // the check before publication
        version.publish(Optional.empty(), ADMIN, OffsetDateTime.now());
        compiled.published("xingan", version, checked);
        assertSame(checked, compiled.of("xingan", version));
        assertEquals(1, parses.get());
    }

    @Test
    void tenantsAndVersionsAreKeptApartAndTheLeastRecentlyUsedLeaves() {
        compiled.of("xingan", published(1));
        compiled.of("xiajiang", published(1));
        compiled.of("xingan", published(1)); // xiajiang is now the least recently used
        compiled.of("xingan", published(2));
        assertEquals(3, parses.get());
        assertEquals(2, compiled.size());
        compiled.of("xiajiang", published(1));
        assertEquals(4, parses.get());
    }

    @Test
    void anInvalidDocumentNamesEveryProblemByItsPath() {
        String broken = XINGAN.replace("\"points\": \"15\"", "\"points\": \"15.001\"").replace("\"format\": \"kaoping-scheme/1\",", "");
        DomainException.Invalid invalid = assertThrows(DomainException.Invalid.class, () -> compiled.compile(broken));
        assertTrue(invalid.errors().contains(new FieldError("format", "is required")), invalid.errors().toString());
        assertTrue(invalid.errors().stream().anyMatch(e -> e.field().equals("indicators[0].points")), invalid.errors().toString());
        DomainException.Invalid syntax = assertThrows(DomainException.Invalid.class, () -> compiled.compile("{"));
        assertEquals("body", syntax.errors().get(0).field());
    }

    private static SchemeVersion draft(int number) {
        return SchemeVersion.draft(number, SchemeService.UPLOAD, DOCUMENT, ADMIN, OffsetDateTime.now());
    }

    private static SchemeVersion published(int number) {
        SchemeVersion version = draft(number);
        version.publish(Optional.empty(), ADMIN, OffsetDateTime.now());
        return version;
    }

    private static String read(String resource) {
        try (InputStream in = CompiledSchemesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
