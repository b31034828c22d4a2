package cn.kaoping.scheme;

/**
 * Units are ranked within their series (系列/类别), all together, or not at all ({@code none}: a
 * certification such as 湖北's 等级考评, or a seed that asks for no ranking).
 */
public enum RankScope implements Keyword {
    SERIES, ALL, NONE;
}
