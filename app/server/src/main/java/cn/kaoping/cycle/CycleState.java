package cn.kaoping.cycle;

/** Whether a cycle takes facts (within its entry window) or not any more. */
public enum CycleState {
    OPEN, CLOSED
}
