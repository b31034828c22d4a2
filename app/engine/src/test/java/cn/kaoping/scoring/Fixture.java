package cn.kaoping.scoring;

import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeFixtures;
import java.io.StringReader;
import java.util.List;

/**
 * Small schemes and facts written inline. Single quotes stand for double quotes, so that JSON
 * reads well in Java text: {@code json("{'code': '1'}")}. Reading the results: {@link ResultLookups}.
 */
final class Fixture {

    static final Engine ENGINE = ResultLookups.ENGINE;

    private Fixture() {
    }

    static String json(String text) {
        return text.replace('\'', '"');
    }

    /** A scheme "t" with the given top-level fields after the header, e.g. {@code "'indicators': [...]"}. */
    static Scheme scheme(String fields) {
        return SchemeFixtures.LOADER.load(new StringReader(json("{'format': 'kaoping-scheme/1', 'id': 't', "
                + "'jurisdiction': {'code': '0', 'name': '测试'}, 'year': 2020, 'name': '测试方案', " + fields + "}"))).orThrow();
    }

    /** A scheme with one indicator and units u1..u{units}. */
    static Scheme oneIndicator(String indicator, int units) {
        StringBuilder u = new StringBuilder();
        for (int i = 1; i <= units; i++) {
            u.append(i > 1 ? ", " : "").append("{'code': 'u").append(i).append("', 'name': '单位").append(i).append("'}");
        }
        return scheme("'units': [" + u + "], 'indicators': [" + indicator + "]");
    }

    static FactSet facts(String facts) {
        return SchemeFixtures.FACTS.load(new StringReader(json("{'scheme': 't', 'facts': [" + facts + "]}"))).orThrow();
    }

    static Evaluation evaluate(Scheme scheme, String facts) {
        return ENGINE.evaluate(scheme, facts(facts));
    }

    static List<String> rejected(Scheme scheme, String facts) {
        FactsRejected e = assertThrows(FactsRejected.class, () -> evaluate(scheme, facts));
        return e.problems().stream().map(Problem::toString).toList();
    }
}
