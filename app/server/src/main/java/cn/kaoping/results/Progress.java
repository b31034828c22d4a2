package cn.kaoping.results;

import java.util.List;

/**
 * Who is behind (效能办的进度): for each agency and each unit, how many of its (unit, indicator)
 * pairs have an entry, and which indicators still have none. An indicator counts as entered for a
 * unit when a current fact names one of its rules or of its descendants' rules.
 */
public record Progress(String cycle, List<AgencyProgress> agencies, List<UnitProgress> units) {

    /** An agency's indicators over the units they apply to. */
    public record AgencyProgress(String agency, int expected, int entered, List<Missing> missing) {
    }

    /** A unit's indicators (of every agency) with no entry yet. */
    public record UnitProgress(String unit, String name, int expected, int entered, List<String> missingIndicators) {
    }

    /** A unit's indicators of one agency with no entry yet. */
    public record Missing(String unit, List<String> indicators) {
    }
}
