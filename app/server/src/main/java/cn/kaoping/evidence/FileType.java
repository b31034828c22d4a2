package cn.kaoping.evidence;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence file accepted, recognised by their first bytes (their content), never by
 * the name the client gives: PDF, PNG, JPEG, and Office Open XML / ZIP.
 */
enum FileType {
    PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    ZIP("application/zip", new byte[]{'P', 'K', 3, 4});

    private final String mediaType;
    private final byte[] magic;

    FileType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    /** The type whose signature the content starts with. */
    static Optional<FileType> of(byte[] content) {
        return Arrays.stream(values()).filter(t -> content.length >= t.magic.length
                && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length)).findFirst();
    }
}
