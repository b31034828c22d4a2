package cn.kaoping.jurisdiction;

import java.util.List;
import java.util.Optional;

/** The repository of jurisdictions. */
public interface Jurisdictions {

    Optional<Jurisdiction> byCode(String code);

    /** All jurisdictions, ordered by code. */
    List<Jurisdiction> all();

    void add(Jurisdiction jurisdiction);
}
