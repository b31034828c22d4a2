package cn.kaoping.entry;

import java.util.Optional;

/** A fact as an assessor entered it, checked: unit, rule, the agency that scores it, its JSON and reason. */
record EnteredFact(String unit, String rule, Optional<String> agency, String json, Optional<String> reason) {
}
