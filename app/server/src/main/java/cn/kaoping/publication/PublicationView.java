package cn.kaoping.publication;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;

/**
 * A publication (通报) as the API shows it: who published it when, on which scheme version (its
 * hash), and the results as they were then, stored once and never recomputed.
 */
public record PublicationView(String cycle, String publishedBy, OffsetDateTime publishedAt, String schemeHash,
                              JsonObject results) {
}
