package cn.kaoping.schemes;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A scheme version as the API lists it, without its document.
 *
 * @param scheme    the scheme id
 * @param origin    how the version began ({@code file:…}, {@code tenant:…}, {@code clone:<scheme>/<version>}, {@code upload})
 * @param hash      SHA-256 of the document text (also the version's ETag)
 * @param createdAt when the document as it stands was made (for a replaced draft, the replacement)
 */
public record SchemeVersionView(String scheme, int version, SchemeStatus status, String name, int year, String origin,
                                String hash, OffsetDateTime createdAt, String createdBy,
                                Optional<OffsetDateTime> publishedAt, Optional<String> publishedBy) {
}
