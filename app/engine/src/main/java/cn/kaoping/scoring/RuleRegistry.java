package cn.kaoping.scoring;

import cn.kaoping.scheme.RuleKindCatalog;
import cn.kaoping.scoring.kind.Credit;
import cn.kaoping.scoring.kind.Discretionary;
import cn.kaoping.scoring.kind.LevelBonus;
import cn.kaoping.scoring.kind.Once;
import cn.kaoping.scoring.kind.PerOccurrence;
import cn.kaoping.scoring.kind.Proportional;
import cn.kaoping.scoring.kind.Quota;
import cn.kaoping.scoring.kind.RankBased;
import cn.kaoping.scoring.kind.RateTiers;
import cn.kaoping.scoring.kind.Steps;
import cn.kaoping.scoring.kind.Survey;
import cn.kaoping.scoring.kind.Veto;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The one registry of rule kinds, by id. A new kind is a provider class and one line here. */
public final class RuleRegistry implements RuleKindCatalog {

    private final Map<String, RuleProvider<?, ?>> providers = new TreeMap<>();

    public RuleRegistry(List<RuleProvider<?, ?>> kinds) {
        for (RuleProvider<?, ?> p : kinds) {
            if (providers.putIfAbsent(p.id(), p) != null) {
                throw new IllegalArgumentException("two rule kinds named " + p.id());
            }
        }
        factFields(); // one type per fact field name, or no registry

    }

    /** Every kind of FORMAT.md. */
    public static RuleRegistry standard() {
        return new RuleRegistry(List.of(new PerOccurrence(), new Once(), new RateTiers(), new Proportional(),
                new Steps(), new LevelBonus(), new Credit(), new Veto(), new RankBased(), new Survey(),
                new Discretionary(), new Quota()));
    }

    @Override
    public Optional<RuleProvider<?, ?>> kind(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    @Override
    public Collection<String> ids() {
        return providers.keySet();
    }
}
