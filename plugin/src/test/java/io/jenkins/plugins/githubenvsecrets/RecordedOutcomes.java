package io.jenkins.plugins.githubenvsecrets;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import io.jenkins.plugins.githubenvsecrets.step.SecretSyncAction;
import java.util.List;

/** What a build recorded of its syncs, as {@code NAME outcome} per secret, in the order the syncs reported them. */
public final class RecordedOutcomes {
    private RecordedOutcomes() {
    }

    public static List<String> of(Run<?, ?> run) {
        SecretSyncAction action = run.getAction(SecretSyncAction.class);
        assertThat(action).as("the build's record of the sync").isNotNull();
        return action.getSyncs().stream().flatMap(sync -> sync.getEnvironments().stream())
                .flatMap(environment -> environment.getSecrets().stream())
                .map(secret -> secret.getName() + " " + secret.getOutcome()).toList();
    }
}
