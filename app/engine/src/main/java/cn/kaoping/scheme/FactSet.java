package cn.kaoping.scheme;

import java.util.List;

/**
 * A facts file: the scheme it is for, units the scheme does not list itself, and the facts.
 */
public record FactSet(String scheme, List<Scheme.Unit> units, List<Fact> facts) {
}
