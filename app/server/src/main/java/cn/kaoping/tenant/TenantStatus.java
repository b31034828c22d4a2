package cn.kaoping.tenant;

/** An active tenant works; an archived one keeps its data, readable to the admins above it. */
public enum TenantStatus {
    ACTIVE, ARCHIVED
}
