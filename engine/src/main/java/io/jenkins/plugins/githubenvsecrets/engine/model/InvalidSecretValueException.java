package io.jenkins.plugins.githubenvsecrets.engine.model;

/**
 * A secret value breaks one of GitHub's rules. The message completes the sentence "The value ..." and never holds the
 * value; whoever catches it adds the secret's name.
 */
public final class InvalidSecretValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidSecretValueException(String problem) {
        super("The value " + problem);
    }
}
