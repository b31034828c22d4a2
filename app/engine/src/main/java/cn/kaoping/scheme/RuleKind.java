package cn.kaoping.scheme;

import java.util.Optional;
import java.util.Set;

/**
 * A rule kind as the scheme language knows it: its id (the {@code kind} written in the file),
 * the effects it can have, and how it reads and checks its parameters. The engine's providers
 * implement this and add the arithmetic; the language never depends on the engine.
 */
public interface RuleKind {

    String id();

    Set<Effect> effects();

    Effect defaultEffect();

    /** The kind's id, effects, parameters and fact fields, with what they mean. */
    KindDescription describe();

    /** Reads the kind's parameters; reports problems through {@code in}. */
    RuleParams parse(Params in);

    /**
     * Checks what needs the whole scheme (names of grades, the indicator's points), once the file
     * has been read without problems. {@code owner} is empty for scheme-level rules (vetoes).
     */
    default void validate(Rule rule, Optional<Indicator> owner, Scheme scheme, Problems problems) {
    }
}
