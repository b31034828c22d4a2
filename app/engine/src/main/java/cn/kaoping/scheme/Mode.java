package cn.kaoping.scheme;

/** Where an indicator starts: at its points ({@code deduct}, 扣分制) or at zero ({@code bonus}, 加分项). */
public enum Mode implements Keyword {
    DEDUCT, BONUS;
}
