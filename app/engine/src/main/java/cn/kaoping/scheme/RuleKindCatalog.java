package cn.kaoping.scheme;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The known rule kinds by id; the engine's registry is the one in use. */
public interface RuleKindCatalog {

    Optional<? extends RuleKind> kind(String id);

    Collection<String> ids();

    /** What each kind says of itself, in the order of {@link #ids()}. */
    default List<KindDescription> descriptions() {
        return ids().stream().map(id -> kind(id).orElseThrow().describe()).toList();
    }

    /**
     * Every field a fact may have beyond its common part, by name: the kinds' fact fields and a
     * prerequisite's {@code met}, a decision's {@code granted}, {@code decidedBy}, {@code decidedOn}, an application's {@code held}, {@code heldSince}. A facts file does not say its rules' kinds, so a name means one
     * type for all kinds.
     *
     * @throws IllegalStateException when two kinds describe one fact field with different types
     */
    default Map<String, FieldDescription> factFields() {
        Map<String, FieldDescription> fields = new LinkedHashMap<>();
        Stream.concat(descriptions().stream().flatMap(d -> d.factFields().stream()),
                        Stream.of(Stream.of(Results.Prerequisite.MET), Results.DECISION_FIELDS.stream(),
                                Results.APPLICATION_FIELDS.stream()).flatMap(x -> x))
                .filter(f -> Fact.COMMON.stream().noneMatch(c -> c.name().equals(f.name())))
                .forEach(f -> {
                    FieldDescription before = fields.putIfAbsent(f.name(), f);
                    if (before != null && !before.type().equals(f.type())) {
                        throw new IllegalStateException("fact field " + f.name() + " is " + before.type() + " and " + f.type());
                    }
                });
        return fields;
    }
}
