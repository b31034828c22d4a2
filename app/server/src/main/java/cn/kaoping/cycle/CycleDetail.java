package cn.kaoping.cycle;

import java.util.List;

/**
 * A cycle with its units, series and assessing agencies (from its scheme version), the other
 * agencies that sign its approval levels ({@code signingAgencies}: 扎口科室, series groups), and the
 * content hash of that version.
 */
public record CycleDetail(CycleView cycle, String schemeHash, List<SeriesView> series, List<CycleUnit.UnitView> units,
                          List<String> agencies, List<String> signingAgencies) {

    /** A series (系列) of the scheme: units are ranked within it. */
    public record SeriesView(String code, String name) {
    }
}
