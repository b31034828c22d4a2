package cn.kaoping.approval;

import cn.kaoping.cycle.CycleState;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A cycle's approval chain as everyone may see it: its levels and, per item, where it stands and
 * who did the last thing to it, when, and why (a return's reason is for those who must act).
 */
public record ChainView(String cycle, CycleState state, boolean selfAssessment, List<LevelView> levels, List<ItemView> items) {

    /** A level: what it covers and who signs it. */
    public record LevelView(String id, String name, String covers, String role, String scope) {
    }

    /**
     * An item with its state: {@code NONE} (not signed yet), {@code APPROVED}, {@code RETURNED} or
     * {@code REVOKED}; {@code ready} when the levels below approved what it covers.
     */
    public record ItemView(String level, Optional<String> unit, Optional<String> agency, String label, String signer,
                           String state, int version, Optional<String> by, Optional<OffsetDateTime> at,
                           Optional<String> reason, boolean ready, List<String> waitingFor) {
    }
}
