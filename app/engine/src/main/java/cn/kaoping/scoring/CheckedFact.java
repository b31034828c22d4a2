package cn.kaoping.scoring;

import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactValues;

/** A fact with the values its rule's kind read from it, once, when the facts were checked. */
public record CheckedFact<F extends FactValues>(Fact fact, F values) {
}
