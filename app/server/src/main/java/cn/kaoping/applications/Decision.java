package cn.kaoping.applications;

import cn.kaoping.platform.error.InputCheck;

/**
 * A decision on an application: an approval with the final amount (最终赋分, for rules that take an
 * amount) and an optional opinion, or a refusal with its reason (required).
 */
public record Decision(String amount, String reason) {

    public Decision {
        new InputCheck().optionalText("amount", amount, 20).optionalText("reason", reason, 2000).orThrow();
    }
}
