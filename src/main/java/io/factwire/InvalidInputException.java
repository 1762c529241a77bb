package io.factwire;

/** Input that can't be accepted, naming the parameter or body member at fault; the HTTP layer answers 400. */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidInputException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
