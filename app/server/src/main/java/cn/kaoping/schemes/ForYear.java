package cn.kaoping.schemes;

import cn.kaoping.platform.error.InputCheck;

/** A request to copy a published version for another year (the next year's scheme). */
public record ForYear(Integer year) {

    public ForYear {
        new InputCheck().require(year != null && year >= 1990 && year <= 2100, "year",
                "must be the year of the copy (1990 to 2100)").orThrow();
    }
}
