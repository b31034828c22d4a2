package cn.kaoping.schemes;

import cn.kaoping.scheme.Scheme;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A scheme document the engine has accepted, as it is stored: its text (compact JSON, keys in the
 * order written) and the SHA-256 of that text's UTF-8 bytes, which identifies the content
 * ({@code sha256sum} of the text a version's GET returns gives the same hash).
 */
public record SchemeDocument(String schemeId, String name, int year, String text, String hash) {

    public static SchemeDocument of(Scheme scheme, String text) {
        return new SchemeDocument(scheme.id(), scheme.name(), scheme.year(), text, sha256(text));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
