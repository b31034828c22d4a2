package cn.kaoping.selfassessment;

import cn.kaoping.platform.error.InputCheck;

/** Why a submitted self-assessment goes back to the unit (退回原因): required, shown to its reporters. */
public record ReturnRequest(String reason) {

    public ReturnRequest {
        new InputCheck().text("reason", reason, 2000).orThrow();
    }
}
