package io.jenkins.plugins.githubenvsecrets.engine.testing;

/** GitHub's documented limits of secrets and variables per target (GitHub docs, not confirmed against GitHub). */
final class TargetLimits {
    static final int SECRETS_PER_REPOSITORY = 100;
    static final int SECRETS_PER_ORGANIZATION = 1000;
    static final int VARIABLES_PER_ENVIRONMENT = 100;
    static final int VARIABLES_PER_REPOSITORY = 500;
    static final int VARIABLES_PER_ORGANIZATION = 1000;
    /** One variable's value, as for a secret. */
    static final int MAX_VARIABLE_BYTES = 48 * 1024;
    /** The values of one repository's or one environment's variables together. */
    static final int VARIABLE_BYTES_PER_TARGET = 256 * 1024;

    private TargetLimits() {
    }
}
