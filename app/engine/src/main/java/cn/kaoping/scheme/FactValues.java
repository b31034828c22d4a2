package cn.kaoping.scheme;

/**
 * The values a fact holds for its rule's kind, in the shape the kind defines (a record of the
 * kind's provider, read once from the fact's {@link FactFields}).
 */
public interface FactValues {
}
