package cn.kaoping.schemes;

import cn.kaoping.scheme.SchemeDiff;

/** What changed from one scheme version to another (possibly of another scheme: last year's and this year's). */
public record SchemeVersionDiff(SchemeVersionView from, SchemeVersionView to, SchemeDiff changes) {
}
