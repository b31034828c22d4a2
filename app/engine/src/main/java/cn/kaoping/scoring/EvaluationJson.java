package cn.kaoping.scoring;

import cn.kaoping.scheme.DecimalText;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.spi.JsonProvider;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An evaluation as JSON, explanations included; points as strings with two decimals. The command
 * line's {@code --json} and the server's unit sheets write it alike.
 */
public final class EvaluationJson {

    /** The JSON provider, looked up once: {@code Json.create…} looks it up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private EvaluationJson() {
    }

    public static String write(Evaluation e) {
        JsonObject json = JSON.createObjectBuilder().add("scheme", e.scheme())
                .add("units", array(e.units(), EvaluationJson::unitBuilder)).build();
        JsonWriterFactory writers = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        StringWriter out = new StringWriter();
        writers.createWriter(out).write(json);
        return out.toString().strip() + "\n";
    }

    /** One unit's result with its explanation tree, as {@link #write} writes each unit. */
    public static JsonObject unit(UnitResult u) {
        return unitBuilder(u).build();
    }

    private static JsonObjectBuilder unitBuilder(UnitResult u) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("unit", u.unit().code()).add("name", u.unit().name());
        u.unit().series().ifPresent(s -> b.add("series", s));
        b.add("points", points(u.points())).add("total", points(u.total()))
                .add("carried", points(u.carried())).add("vetoCost", points(u.vetoCost()));
        u.rank().ifPresent(r -> b.add("rank", r).add("rankedOf", u.rankedOf()));
        u.grade().ifPresent(g -> b.add("grade", g));
        u.award().ifPresent(a -> b.add("award", a));
        return b.add("barredFrom", strings(u.barredFrom()))
                .add("outcomes", array(u.outcomes(), o -> JSON.createObjectBuilder().add("text", o.text())
                        .add("measures", measures(o.measures()))))
                .add("notes", strings(u.notes()))
                .add("missing", strings(u.missing()))
                .add("pending", strings(u.pending()))
                .add("indicators", array(u.indicators(), EvaluationJson::node))
                .add("vetoes", array(u.vetoes(), EvaluationJson::rule));
    }

    private static JsonObjectBuilder node(NodeResult n) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("code", n.code()).add("name", n.name());
        n.points().ifPresent(p -> b.add("points", points(p)));
        return b.add("score", points(n.score())).add("deducted", points(n.deducted())).add("credited", points(n.credited()))
                .add("bonus", points(n.bonus())).add("carried", points(n.carried()))
                .add("adjustments", array(n.adjustments(), EvaluationJson::adjustment))
                .add("rules", array(n.rules(), EvaluationJson::rule))
                .add("children", array(n.children(), EvaluationJson::node));
    }

    private static JsonObjectBuilder rule(RuleOutcome r) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("rule", r.rule()).add("kind", r.kind())
                .add("effect", r.effect().word()).add("clause", r.clause()).add("amount", points(r.amount()));
        r.earned().ifPresent(e -> b.add("earned", points(e)));
        return b.add("lines", array(r.lines(), EvaluationJson::line))
                .add("adjustments", array(r.adjustments(), EvaluationJson::adjustment));
    }

    private static JsonObjectBuilder line(Line l) {
        return JSON.createObjectBuilder().add("facts", strings(l.facts())).add("amount", points(l.amount())).add("note", l.note());
    }

    private static JsonObjectBuilder adjustment(Adjustment a) {
        return JSON.createObjectBuilder().add("type", a.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .add("amount", points(a.amount())).add("note", a.note());
    }

    private static JsonObjectBuilder measures(Map<String, BigDecimal> measures) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        measures.forEach((k, v) -> b.add(k, DecimalText.show(v)));
        return b;
    }

    private static String points(BigDecimal p) {
        return DecimalText.showPoints(p);
    }

    private static JsonArrayBuilder strings(Collection<String> items) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        items.forEach(a::add);
        return a;
    }

    private static <T> JsonArrayBuilder array(List<T> items, Function<T, JsonObjectBuilder> f) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        items.forEach(i -> a.add(f.apply(i)));
        return a;
    }
}
