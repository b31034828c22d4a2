package cn.kaoping.entry;

import cn.kaoping.platform.error.InputCheck;

/** Why a fact is withdrawn (撤回原因): required. */
public record Withdrawal(String reason) {

    public Withdrawal {
        new InputCheck().text("reason", reason, 2000).orThrow();
    }
}
