package cn.kaoping.results;

import java.util.List;

/** A cycle's live results: the scheme version they use, how many facts count, and every unit's standing. */
public record CycleResults(String cycle, String scheme, int schemeVersion, String schemeHash, int facts,
                           List<UnitStanding> units) {
}
