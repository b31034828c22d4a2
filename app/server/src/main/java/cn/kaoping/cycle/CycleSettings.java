package cn.kaoping.cycle;

import cn.kaoping.platform.error.InputCheck;

/** A cycle's entry window and state, as a scheme admin changes them. */
public record CycleSettings(String entryOpens, String entryCloses, CycleState state) {

    public CycleSettings {
        new InputCheck().require(state != null && state.settable(), "state",
                "must be OPEN or CLOSED (a cycle is DECIDED by its last approval level and PUBLISHED by its publication)").orThrow();
    }

    EntryWindow window() {
        return EntryWindow.parse(entryOpens, entryCloses);
    }
}
