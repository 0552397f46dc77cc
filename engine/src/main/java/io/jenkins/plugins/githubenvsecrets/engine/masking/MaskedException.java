package io.jenkins.plugins.githubenvsecrets.engine.masking;

/**
 * A masked stand-in for an exception: it keeps the original's class name, stack trace, causes and suppressed
 * exceptions, with every message masked. {@link #toString()} reads like the original's, so a printed stack trace does
 * too.
 */
public final class MaskedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String originalClassName;

    MaskedException(String originalClassName, String maskedMessage) {
        super(maskedMessage);
        this.originalClassName = originalClassName;
    }

    /** The class name of the exception this one stands for. */
    public String getOriginalClassName() {
        return originalClassName;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? originalClassName : originalClassName + ": " + message;
    }
}
