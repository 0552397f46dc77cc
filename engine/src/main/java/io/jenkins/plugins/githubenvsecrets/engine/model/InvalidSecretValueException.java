package io.jenkins.plugins.githubenvsecrets.engine.model;

/**
 * A secret value breaks one of GitHub's rules. The message is a sentence of its own, "The value is empty; ...", and
 * never holds the value; whoever catches it names the secret and takes {@link #problem()}, which completes "the value
 * ...", so that the sentence reads on after the name.
 */
public final class InvalidSecretValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String problem;

    public InvalidSecretValueException(String problem) {
        super("The value " + problem);
        this.problem = problem;
    }

    /** What is wrong, completing "the value ...": {@code is empty; GitHub does not store empty values}. */
    public String problem() {
        return problem;
    }
}
