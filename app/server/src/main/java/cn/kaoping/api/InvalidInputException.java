package cn.kaoping.api;

import java.util.List;

/**
 * Input that breaks a rule: a 400 naming each field and its rule. Request bodies check
 * themselves as they are built (see {@link InputCheck}); the domain checks the rest.
 */
public class InvalidInputException extends RuntimeException {
    private final List<Problem.FieldError> errors;

    public InvalidInputException(List<Problem.FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String rule) {
        this(List.of(new Problem.FieldError(field, rule)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
