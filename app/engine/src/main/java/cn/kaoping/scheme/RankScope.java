package cn.kaoping.scheme;

/** Units are ranked within their series (系列/类别) or all together. */
public enum RankScope implements Keyword {
    SERIES, ALL;
}
