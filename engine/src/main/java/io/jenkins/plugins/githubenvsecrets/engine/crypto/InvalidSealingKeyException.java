package io.jenkins.plugins.githubenvsecrets.engine.crypto;

/**
 * GitHub handed out a public key that cannot be used. The message is a sentence of its own ("The public key has 31
 * bytes, not 32 (key id 568250167242549743)"); a caller that names the key itself takes {@link #problem()}, which
 * completes "it ...".
 */
public final class InvalidSealingKeyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String problem;

    /**
     * @param problem what is wrong, completing "The public key ...": {@code has 31 bytes, not 32}
     * @param keyId the key's id as GitHub gave it; empty when it gave none
     */
    public InvalidSealingKeyException(String problem, String keyId) {
        super("The public key " + problem + (keyId.isEmpty() ? "" : " (key id " + keyId + ")"));
        this.problem = problem;
    }

    /** What is wrong, without the key id: {@code has 31 bytes, not 32}. */
    public String problem() {
        return problem;
    }
}
