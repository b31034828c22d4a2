package cn.kaoping.scheme;

/** A unit's part in joint work: 主办 (lead) or 联办 (co). */
public enum JointWorkRole implements Keyword {
    LEAD, CO;
}
