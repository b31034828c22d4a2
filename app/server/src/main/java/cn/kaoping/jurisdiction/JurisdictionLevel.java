package cn.kaoping.jurisdiction;

/**
 * The administrative level of a jurisdiction. An organisation (a bureau running an internal
 * scheme, like 武进区住建局) may sit below any level.
 */
public enum JurisdictionLevel {
    PROVINCE, CITY, COUNTY, TOWNSHIP, ORGANISATION;

    /** Whether a jurisdiction of this level may be created below one of {@code parent}'s level. */
    public boolean mayBeChildOf(JurisdictionLevel parent) {
        if (parent == ORGANISATION) {
            return this == ORGANISATION;
        }
        return this == ORGANISATION || ordinal() > parent.ordinal();
    }
}
