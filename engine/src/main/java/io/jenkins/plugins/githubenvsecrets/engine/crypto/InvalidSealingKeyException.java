package io.jenkins.plugins.githubenvsecrets.engine.crypto;

/** GitHub handed out a public key that cannot be used. The message completes "The public key ...". */
public final class InvalidSealingKeyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidSealingKeyException(String problem) {
        super("The environment's public key " + problem);
    }
}
