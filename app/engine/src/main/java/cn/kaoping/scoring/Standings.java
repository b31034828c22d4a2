package cn.kaoping.scoring;

import java.util.List;
import java.util.Optional;

/**
 * A scheme's totals, ranks, grades and consequences for one set of facts, without explanations
 * ({@link PreparedScheme#standings}). Units are in the order of {@link Evaluation}.
 */
public record Standings(String scheme, List<Standing> units) {

    public Optional<Standing> unit(String code) {
        return units.stream().filter(u -> u.unit().code().equals(code)).findFirst();
    }

    /** The units whose results are incomplete: a fact the scheme requires is missing (progress lists them). */
    public List<Standing> incomplete() {
        return units.stream().filter(u -> !u.complete()).toList();
    }
}
