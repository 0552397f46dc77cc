package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a chain syncs its N values to: the secrets of E environments of one repository (the original cases), the
 * secrets of E repositories, the organization's secrets (one target), or the variables of E environments.
 */
enum TargetShape {
    ENVIRONMENT_SECRETS("", "E"),
    REPOSITORY_SECRETS("repository-", "R"),
    ORGANIZATION_SECRETS("organization-", ""),
    ENVIRONMENT_VARIABLES("variables-", "E");

    private final String prefix;
    private final String targetLetter;

    TargetShape(String prefix, String targetLetter) {
        this.prefix = prefix;
        this.targetLetter = targetLetter;
    }

    /** Put before the case's name: {@code repository-cold-N10-R3}; none for environment secrets. */
    String prefix() {
        return prefix;
    }

    /** {@code -E3}, {@code -R3}, or nothing for the one organization. */
    String targets(int count) {
        return targetLetter.isEmpty() ? "" : "-" + targetLetter + count;
    }

    /** Whether GitHub lists before every sync: variables, since their values decide what is unchanged. */
    boolean listsAlways() {
        return this == ENVIRONMENT_VARIABLES;
    }

    /** {@code repository}, {@code organization} or {@code variables}, as the {@code scopes} argument names them. */
    static TargetShape parse(String given) {
        return Arrays.stream(values()).filter(shape -> shape != ENVIRONMENT_SECRETS
                && shape.prefix.equals(given.strip().toLowerCase(Locale.ROOT) + "-")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("scopes are repository, organization and variables,"
                        + " not '" + given + "'"));
    }
}
