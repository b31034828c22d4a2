package cn.kaoping.approval;

import java.util.Optional;

/**
 * What one sign-off approves: at its level, one agency's entries for one unit ({@code unit} and
 * {@code agency}), one unit's sheet ({@code unit}), or the whole cycle (neither).
 */
public record Item(String level, Optional<String> unit, Optional<String> agency) {

    static Item ofCycle(String level) {
        return new Item(level, Optional.empty(), Optional.empty());
    }

    static Item ofUnit(String level, String unit) {
        return new Item(level, Optional.of(unit), Optional.empty());
    }

    static Item ofAgency(String level, String unit, String agency) {
        return new Item(level, Optional.of(unit), Optional.of(agency));
    }

    /** How clerks read it: 办公室（bgs）的党委办考评, 办公室（bgs）的考核表, 全部单位. */
    String label() {
        if (unit.isEmpty()) {
            return "全部单位的考评结果";
        }
        return unit.get() + (agency.map(a -> " 的" + a + "考评").orElse(" 的考核表"));
    }
}
