package io.jenkins.plugins.githubenvsecrets.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.sync.Drift;
import io.jenkins.plugins.githubenvsecrets.engine.sync.EnvironmentOutcome;
import io.jenkins.plugins.githubenvsecrets.engine.sync.EnvironmentReport;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretOutcome;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretResult;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report the step hands to its script: masked as the log is, names, outcomes and times as they were. */
class MaskedReportsTest {
    private static final String VALUE = "value-in-a-reason-91c2";
    private static final Instant CHANGED = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void shouldMaskEveryReasonErrorAndDriftOfTheReport() {
        SyncReport report = new SyncReport("acme/web", false, List.of(
                new EnvironmentReport(EnvironmentName.of("production"), EnvironmentOutcome.EXISTING, null, List.of(
                        new SecretResult(SecretName.of("KEPT"), SecretOutcome.KEPT, "kept near " + VALUE),
                        new SecretResult(SecretName.of("DRIFTED"), SecretOutcome.UPDATED, null,
                                new Drift("#" + VALUE, CHANGED)))),
                new EnvironmentReport(EnvironmentName.of("staging"), EnvironmentOutcome.FAILED, "failed: " + VALUE,
                        List.of(new SecretResult(SecretName.of("A"), SecretOutcome.FAILED, "not written: " + VALUE)))));
        SecretMask mask = SecretMask.builder().add("A", VALUE.toCharArray()).build();

        SyncReport masked = MaskedReports.of(report, mask);

        assertThat(masked.toString()).doesNotContain(VALUE);
        assertThat(masked.environments().get(1).environmentError()).contains("failed: ****");
        assertThat(masked.environments().get(0).secrets().get(1).driftIfAny()).contains(new Drift("#****", CHANGED));
        assertThat(StepResult.of(masked, true, true)).isEqualTo(Map.of(
                "production", Map.of("KEPT", Map.of("outcome", "kept", "drifted", false, "reason", "kept near ****"),
                        "DRIFTED", Map.of("outcome", "updated", "drifted", true, "since", "#****")),
                "staging", Map.of("A", Map.of("outcome", "failed", "drifted", false,
                        "reason", "not written: ****"))));
    }
}
