package cn.kaoping.selfassessment;

import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.evidence.EvidenceFiles;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A self-assessment item as a reporter writes it: the 自评分 (a decimal string, up to 2 decimals), its
 * reason and, optionally, the 证明材料 it cites: references {@code evidence:<id>} of files uploaded
 * for the unit in the cycle.
 */
public record ItemInput(String score, String reason, List<String> evidence) {

    private static final Pattern POINTS = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,2})?");

    public ItemInput {
        InputCheck check = new InputCheck()
                .pattern("score", score, POINTS, "must be points written as a decimal string with at most 2 decimals, e.g. \"4.5\"")
                .text("reason", reason, 2000);
        if (evidence != null) {
            check.require(evidence.size() <= 20, "evidence", "must cite at most 20 files");
            for (int i = 0; i < evidence.size(); i++) {
                String ref = evidence.get(i);
                check.require(ref != null && EvidenceFiles.id(ref).filter(id -> id >= 0).isPresent(), "evidence[" + i + "]",
                        "must be evidence:<id> as the upload answered");
            }
        }
        check.orThrow();
    }

    /** The ids of the files cited, in order, once each. */
    List<Long> evidenceIds() {
        return evidence == null ? List.of() : evidence.stream().map(r -> EvidenceFiles.id(r).orElseThrow()).distinct().toList();
    }

    BigDecimal points() {
        return new BigDecimal(score);
    }
}
