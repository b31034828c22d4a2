package cn.kaoping.cycle;

import cn.kaoping.platform.error.InputCheck;
import java.util.Optional;

/**
 * Links a unit of a cycle to the tenant it is (a county of a city's cycle, seed 001), or with no
 * {@code tenant} unlinks it: the linked tenant's scheme admins report for the unit.
 */
public record UnitLink(String tenant) {

    public UnitLink {
        new InputCheck().optionalText("tenant", tenant, 64).orThrow();
    }

    Optional<String> linked() {
        return Optional.ofNullable(tenant);
    }
}
