package cn.kaoping.cycle;

/**
 * A tenant as a unit of a cycle of a tenant above it (seed 001: a county in its city's cycle):
 * where its scheme admins report for it.
 */
public record AssessedUnit(String tenant, String tenantName, String cycle, String cycleName, int year,
                           CycleState state, String unit, String unitName) {
}
