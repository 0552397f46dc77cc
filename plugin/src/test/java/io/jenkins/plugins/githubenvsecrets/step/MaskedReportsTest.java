package io.jenkins.plugins.githubenvsecrets.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.sync.Drift;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretOutcome;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretResult;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncReport;
import io.jenkins.plugins.githubenvsecrets.engine.sync.TargetOutcome;
import io.jenkins.plugins.githubenvsecrets.engine.sync.TargetReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report the step hands to its script: masked as the log is, names, outcomes and times as they were. */
class MaskedReportsTest {
    private static final String VALUE = "value-in-a-reason-91c2";
    private static final Instant CHANGED = Instant.parse("2026-11-30T10:00:00Z");
    private static final RepositoryCoordinates WEB = RepositoryCoordinates.parse("acme/web");

    @Test
    void shouldMaskEveryProblemReasonErrorAndDriftOfTheReport() {
        SyncReport report = new SyncReport(false, List.of("not found: " + VALUE), List.of(
                new TargetReport(new EnvironmentTarget(WEB, EnvironmentName.of("production")),
                        TargetOutcome.EXISTING, null, List.of(
                                new SecretResult(SecretName.of("KEPT"), SecretOutcome.KEPT, "kept near " + VALUE),
                                new SecretResult(SecretName.of("DRIFTED"), SecretOutcome.UPDATED, null,
                                        new Drift("#" + VALUE, CHANGED))),
                        List.of(new SecretResult(SecretName.of("REGION"), SecretOutcome.FAILED,
                                "refused: " + VALUE))),
                new TargetReport(new EnvironmentTarget(WEB, EnvironmentName.of("staging")), TargetOutcome.FAILED,
                        "failed: " + VALUE, List.of(new SecretResult(SecretName.of("A"), SecretOutcome.FAILED,
                                "not written: " + VALUE)), List.of()),
                new TargetReport(new OrganizationTarget(new OrganizationName("acme"), Application.ACTIONS),
                        TargetOutcome.EXISTING, null, List.of(new SecretResult(SecretName.of("SHARED"),
                                SecretOutcome.UPDATED, null, new Drift("#3", CHANGED, "visibility " + VALUE))),
                        List.of())));
        SecretMask mask = SecretMask.builder().add("A", VALUE.toCharArray()).build();

        SyncReport masked = MaskedReports.of(report, mask);

        assertThat(masked.toString()).doesNotContain(VALUE);
        assertThat(masked.problems()).containsExactly("not found: ****");
        assertThat(masked.targets().get(1).targetError()).contains("failed: ****");
        assertThat(masked.targets().get(0).secrets().get(1).driftIfAny()).contains(new Drift("#****", CHANGED));
        assertThat(masked.targets().get(2).secrets().get(0).driftIfAny())
                .contains(new Drift("#3", CHANGED, "visibility ****"));
        assertThat(StepResult.of(masked, new StepResult.Shape(false, true, true, true)).get("production"))
                .isEqualTo(Map.of("secrets", Map.of(
                        "KEPT", Map.of("outcome", "kept", "drifted", false, "reason", "kept near ****"),
                        "DRIFTED", Map.of("outcome", "updated", "drifted", true, "since", "#****")),
                        "variables", Map.of("REGION", Map.of("outcome", "failed", "drifted", false,
                                "reason", "refused: ****"))));
    }
}
