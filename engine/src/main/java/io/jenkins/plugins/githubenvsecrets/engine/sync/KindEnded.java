package io.jenkins.plugins.githubenvsecrets.engine.sync;

/**
 * Ends one kind (secrets or variables) of a target, with a reason in words, such as a public key that cannot be used;
 * what was done until then keeps its outcome.
 */
final class KindEnded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KindEnded(String reason) {
        super(reason, null, false, false);
    }
}
