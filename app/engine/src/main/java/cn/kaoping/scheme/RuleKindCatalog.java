package cn.kaoping.scheme;

import java.util.Collection;
import java.util.Optional;

/** The known rule kinds by id; the engine's registry is the one in use. */
public interface RuleKindCatalog {

    Optional<? extends RuleKind> kind(String id);

    Collection<String> ids();
}
