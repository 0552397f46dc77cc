package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

/**
 * One measured sync: a scenario with {@code secrets} values in each of {@code environments} targets of the shape
 * (environments or repositories; for the organization, one).
 */
record SyncCase(Scenario scenario, int secrets, int environments, TargetShape shape) {
    SyncCase {
        if (secrets < 1 || environments < 1) {
            throw new IllegalArgumentException("a case needs at least one secret and one environment");
        }
    }

    /** A case of environment secrets. */
    SyncCase(Scenario scenario, int secrets, int environments) {
        this(scenario, secrets, environments, TargetShape.ENVIRONMENT_SECRETS);
    }

    /** Like {@code cold-N10-E3}, {@code repository-warm-N10-R3}, {@code organization-cold-N10}. */
    String name() {
        return shape.prefix() + scenario.label() + "-N" + secrets + shape.targets(environments);
    }

    /** Values that differ from what GitHub holds, per environment: N when cold, 0 when warm, ceil(N/10) (min 1). */
    int changedPerEnvironment() {
        return switch (scenario) {
            case COLD -> secrets;
            case WARM -> 0;
            case CHANGED -> changedOf(secrets);
        };
    }

    /** How many values a "10 % changed" run changes: ceil(10 % of N), at least 1. */
    static int changedOf(int secrets) {
        return Math.max(1, (secrets + 9) / 10);
    }
}
