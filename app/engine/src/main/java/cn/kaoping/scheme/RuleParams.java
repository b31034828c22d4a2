package cn.kaoping.scheme;

/** The parameters of one rule, in the shape its kind defines (a record of the kind's provider). */
public interface RuleParams {

    /** The parameters of a rule whose kind is unknown (the file is refused anyway). */
    RuleParams NONE = new RuleParams() { };
}
