package cn.kaoping.schemes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scheme of the tenant with its versions.
 *
 * @param name     the current version's name
 * @param template how the scheme began: the origin of its first version
 * @param current  the version in force: the newest published one, else the draft of a scheme never published
 * @param status   the current version's status
 * @param versions every version, oldest first
 */
public record SchemeView(String id, String name, int year, String template, int current, SchemeStatus status,
                         List<SchemeVersionView> versions) {

    /** The schemes of a list of versions ordered by scheme and version: newest year first, then by id. */
    static List<SchemeView> of(List<SchemeVersionView> versions) {
        Map<String, List<SchemeVersionView>> byScheme = new LinkedHashMap<>();
        versions.forEach(v -> byScheme.computeIfAbsent(v.scheme(), k -> new ArrayList<>()).add(v));
        return byScheme.entrySet().stream()
                .map(e -> of(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(SchemeView::year).reversed().thenComparing(SchemeView::id))
                .toList();
    }

    private static SchemeView of(String id, List<SchemeVersionView> versions) {
        SchemeVersionView current = versions.stream().filter(v -> v.status() == SchemeStatus.PUBLISHED)
                .reduce((a, b) -> b)
                .orElse(versions.get(versions.size() - 1));
        return new SchemeView(id, current.name(), current.year(), versions.get(0).origin(), current.version(),
                current.status(), List.copyOf(versions));
    }
}
