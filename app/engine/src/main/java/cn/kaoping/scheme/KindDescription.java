package cn.kaoping.scheme;

import java.util.List;
import java.util.Set;

/**
 * What a rule kind says of itself: its id, the effects it can have, its parameters (the fields of
 * the rule beyond those every rule has) and its fact fields (beyond the common part of a fact,
 * {@link Fact#COMMON}). The JSON Schemas and the facts loader are made from it.
 */
public record KindDescription(String id, String help, Effect defaultEffect, Set<Effect> effects,
                              List<FieldDescription> parameters, List<FieldDescription> factFields) {
}
