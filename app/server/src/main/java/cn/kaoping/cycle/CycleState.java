package cn.kaoping.cycle;

/**
 * Where a cycle stands: taking facts (within its entry window) or not; {@code DECIDED} once the last
 * level of its scheme's approval chain signed (审定); {@code PUBLISHED} once its results are frozen
 * (通报), for good. A scheme admin sets only {@code OPEN} and {@code CLOSED}.
 */
public enum CycleState {
    OPEN, CLOSED, DECIDED, PUBLISHED;

    /** Whether a scheme admin may set it by hand. */
    boolean settable() {
        return this == OPEN || this == CLOSED;
    }
}
