package cn.kaoping.cycle;

import java.util.List;

/**
 * A cycle with its units, series and assessing agencies (from its scheme version), and the
 * content hash of that version.
 */
public record CycleDetail(CycleView cycle, String schemeHash, List<SeriesView> series, List<CycleUnit.UnitView> units,
                          List<String> agencies) {

    /** A series (系列) of the scheme: units are ranked within it. */
    public record SeriesView(String code, String name) {
    }
}
