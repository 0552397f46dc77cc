package io.jenkins.plugins.githubenvsecrets.engine.model;

import java.util.Optional;

/**
 * What GitHub keys a set of secrets and variables by, and the one rule of which applications and kinds each
 * supports: Actions everywhere; Dependabot and Codespaces secrets for repositories and organizations only; variables
 * for Actions only.
 */
public enum TargetKind {
    ENVIRONMENT("environment"),
    REPOSITORY("repository"),
    ORGANIZATION("organization");

    private final String noun;

    TargetKind(String noun) {
        this.noun = noun;
    }

    public String noun() {
        return noun;
    }

    /** Why GitHub offers no such pair, in words naming it; empty when it does. */
    public Optional<String> unsupported(Application application, ValueKind kind) {
        if (application == Application.ACTIONS) {
            return Optional.empty();
        }
        if (kind == ValueKind.VARIABLE) {
            return Optional.of(application.displayName() + " has no variables: GitHub offers variables to Actions"
                    + " only");
        }
        if (this == ENVIRONMENT) {
            return Optional.of("Environment secrets are not supported for " + application.displayName()
                    + ": GitHub keeps " + application.displayName() + " secrets per repository or organization");
        }
        return Optional.empty();
    }

    public boolean supports(Application application, ValueKind kind) {
        return unsupported(application, kind).isEmpty();
    }
}
