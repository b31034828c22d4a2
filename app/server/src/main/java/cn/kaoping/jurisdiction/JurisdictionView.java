package cn.kaoping.jurisdiction;

/** One jurisdiction, with the code of its parent (absent for a root). */
public record JurisdictionView(String code, String name, JurisdictionLevel level, String parent) {

    static JurisdictionView of(Jurisdiction j) {
        return new JurisdictionView(j.code(), j.name(), j.level(), j.parent().map(Jurisdiction::code).orElse(null));
    }
}
