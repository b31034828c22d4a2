package cn.kaoping.jurisdiction;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.security.TenantAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the registry as a tree and establishes new jurisdictions below existing ones. */
@ApplicationScoped
@Transactional
public class JurisdictionRegistry {

    @Inject
    Jurisdictions jurisdictions;
    @Inject
    TenantAccess access;

    public List<JurisdictionNode> tree() {
        List<Jurisdiction> all = jurisdictions.all();
        Map<Long, List<Jurisdiction>> childrenByParent = new HashMap<>();
        List<Jurisdiction> roots = new ArrayList<>();
        for (Jurisdiction j : all) {
            j.parent().ifPresentOrElse(
                    p -> childrenByParent.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(j),
                    () -> roots.add(j));
        }
        return roots.stream().map(r -> node(r, childrenByParent)).toList();
    }

    private static JurisdictionNode node(Jurisdiction j, Map<Long, List<Jurisdiction>> childrenByParent) {
        List<JurisdictionNode> children = childrenByParent.getOrDefault(j.id(), List.of()).stream()
                .sorted(Comparator.comparing(Jurisdiction::code))
                .map(c -> node(c, childrenByParent))
                .toList();
        return new JurisdictionNode(j.code(), j.name(), j.level(), children);
    }

    public JurisdictionView get(String code) {
        return JurisdictionView.of(find(code));
    }

    /** For operators and the platform admins of a tenant at or above {@code parentCode}. */
    public JurisdictionView establishChild(String parentCode, NewJurisdiction request) {
        if (!access.administersSubtreeOf(parentCode)) {
            throw new DomainException.Refused("只有" + parentCode + "或其上级租户的平台管理员才能在其下设立行政区划。");
        }
        Jurisdiction parent = find(parentCode);
        if (jurisdictions.byCode(request.code()).isPresent()) {
            throw new DomainException.Conflict("A jurisdiction with code '" + request.code() + "' exists already.");
        }
        Jurisdiction child = parent.establishChild(request.code(), request.name(), request.levelValue());
        jurisdictions.add(child);
        return JurisdictionView.of(child);
    }

    private Jurisdiction find(String code) {
        return jurisdictions.byCode(code)
                .orElseThrow(() -> new DomainException.NotFound("No jurisdiction with code '" + InputCheck.echo(code) + "'."));
    }
}
