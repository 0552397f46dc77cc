package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;

/**
 * GitHub's documented bounds on what one target holds, checked before any request (a value's 48 KB is
 * {@link io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue#MAX_BYTES}).
 */
final class GitHubLimits {
    /** A repository's or an environment's variables together, in UTF-8 bytes. */
    static final long MAX_VARIABLE_BYTES_PER_TARGET = 256L * 1024;

    private GitHubLimits() {
    }

    /**
     * Secrets: 100 per environment or repository, 1,000 per organization. Variables: 100 per environment, 500 per
     * repository, 1,000 per organization.
     */
    static int maxItems(TargetKind scope, ValueKind kind) {
        return switch (scope) {
            case ENVIRONMENT -> 100;
            case REPOSITORY -> kind == ValueKind.SECRET ? 100 : 500;
            case ORGANIZATION -> 1000;
        };
    }
}
