package cn.kaoping.scheme;

import java.util.ArrayList;
import java.util.List;

/** Collects {@link Problem}s while a file is read, so that one run reports all of them. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public void add(String path, String message) {
        list.add(new Problem(path, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** Child path of an object field: {@code join("a.b", "c")} is {@code a.b.c}. */
    public static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Child path of an array element: {@code index("tiers", 2)} is {@code tiers[2]}. */
    public static String index(String path, int i) {
        return path + "[" + i + "]";
    }
}
