package io.jenkins.plugins.githubenvsecrets.engine.plan;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.Objects;

/** One step of a plan: a secret and what to do with it. */
public record PlannedAction(SecretName secret, Action action) {
    public PlannedAction {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(action, "action");
    }

    /** Whether the step writes (creates or updates) the secret. */
    public boolean writes() {
        return action == Action.CREATE || action == Action.UPDATE;
    }
}
