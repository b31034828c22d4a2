package cn.kaoping.scheme;

/**
 * One thing wrong with a scheme or facts file: the JSON path of the offending value
 * ({@code indicators[3].rules[1].tiers[2]}) and what is wrong with it, in words a clerk can act on.
 */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
