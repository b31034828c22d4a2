package cn.kaoping.schemes;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.FieldError;
import cn.kaoping.scheme.Loaded;
import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeLoader;
import cn.kaoping.scoring.Engine;
import cn.kaoping.scoring.PreparedScheme;
import cn.kaoping.scoring.RuleRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Reader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The engine's prepared form of scheme versions. A published version never changes, so its
 * prepared scheme is kept by (tenant, scheme, version, content hash) and a stored published
 * document is parsed once per server, however many requests use it: immutability is the
 * invalidation rule. A draft may change, so it is compiled each time it is asked for. The least
 * recently used entries leave when the cache is full.
 */
@ApplicationScoped
public class CompiledSchemes {

    static final int CAPACITY = 256;

    /** A published version, as the cache knows it. */
    record Key(String tenant, String schemeId, int version, String hash) {
    }

    private static final RuleRegistry RULES = RuleRegistry.standard();
    private static final Engine ENGINE = new Engine(RULES);

    private final Function<String, Loaded<Scheme>> loader;
    private final Map<Key, PreparedScheme> cache;

    public CompiledSchemes() {
        this(new SchemeLoader(RULES)::load, CAPACITY);
    }

    CompiledSchemes(Function<Reader, Loaded<Scheme>> loader, int capacity) {
        this.loader = text -> loader.apply(new StringReader(text));
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, PreparedScheme> eldest) {
                return size() > capacity;
            }
        };
    }

    /** What the engine makes of a document: the scheme, or every problem with its JSON path. */
    public Loaded<Scheme> load(String document) {
        return loader.apply(document);
    }

    /** The scheme of a document; {@link DomainException.Invalid} naming every problem by its JSON path. */
    public Scheme check(String document) {
        Loaded<Scheme> loaded = load(document);
        if (!loaded.ok()) {
            throw new DomainException.Invalid(fieldErrors(loaded.problems()));
        }
        return loaded.orThrow();
    }

    /** The document prepared for scoring; {@link DomainException.Invalid} naming every problem by its JSON path. */
    public PreparedScheme compile(String document) {
        return ENGINE.prepare(check(document));
    }

    /** The version prepared for scoring: from the cache when it is published and was compiled before. */
    public PreparedScheme of(String tenant, SchemeVersion version) {
        if (version.status() != SchemeStatus.PUBLISHED) {
            return compile(version.document());
        }
        Key key = key(tenant, version);
        synchronized (cache) {
            PreparedScheme known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        PreparedScheme prepared = compile(version.document()); // outside the lock: two threads may both compile, once
        remember(key, prepared);
        return prepared;
    }

    /** A version just published with the scheme prepared when it was checked, so that it is not compiled again. */
    public void published(String tenant, SchemeVersion version, PreparedScheme prepared) {
        if (version.status() == SchemeStatus.PUBLISHED) {
            remember(key(tenant, version), prepared);
        }
    }

    int size() {
        synchronized (cache) {
            return cache.size();
        }
    }

    private void remember(Key key, PreparedScheme prepared) {
        synchronized (cache) {
            cache.putIfAbsent(key, prepared);
        }
    }

    private static Key key(String tenant, SchemeVersion version) {
        return new Key(tenant, version.schemeId(), version.version(), version.hash());
    }

    /** The engine's problems as the API names invalid input: the JSON path as the field ({@code body} for the whole document). */
    public static List<FieldError> fieldErrors(List<Problem> problems) {
        return problems.stream()
                .map(p -> new FieldError(p.path().isEmpty() ? "body" : p.path(), p.message()))
                .toList();
    }
}
