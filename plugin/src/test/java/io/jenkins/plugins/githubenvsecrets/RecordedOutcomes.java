package io.jenkins.plugins.githubenvsecrets;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import io.jenkins.plugins.githubenvsecrets.step.SecretSyncAction;
import io.jenkins.plugins.githubenvsecrets.step.SyncRecord;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a build recorded of its syncs, in the order the syncs reported them: {@code NAME outcome} per secret,
 * {@code variable NAME outcome} per variable.
 */
public final class RecordedOutcomes {
    private RecordedOutcomes() {
    }

    public static List<String> of(Run<?, ?> run) {
        return items(run).map(item -> ("variable".equals(item.getKind()) ? "variable " : "") + item.getName() + " "
                + item.getOutcome()).toList();
    }

    /** Each item of each target of each sync of the build. */
    public static Stream<SyncRecord.ItemRecord> items(Run<?, ?> run) {
        return targets(run).flatMap(target -> target.getItems().stream());
    }

    public static Stream<SyncRecord.TargetRecord> targets(Run<?, ?> run) {
        SecretSyncAction action = run.getAction(SecretSyncAction.class);
        assertThat(action).as("the build's record of the sync").isNotNull();
        return action.getSyncs().stream().flatMap(sync -> sync.getTargets().stream());
    }
}
