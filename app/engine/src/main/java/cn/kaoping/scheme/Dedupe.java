package cn.kaoping.scheme;

/** How facts naming the same {@code matter} count: each, or once at the highest amount (就高扣分一次，不重复扣分). */
public enum Dedupe implements Keyword {
    NONE, MATTER_HIGHEST;
}
