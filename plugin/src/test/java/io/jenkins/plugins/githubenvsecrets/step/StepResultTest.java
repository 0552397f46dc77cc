package io.jenkins.plugins.githubenvsecrets.step;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The step's return value: flat for one environment, by environment for a list, outcome labels as values, or with
 * {@code detailedResult} a map per secret that also says whether it had drifted.
 */
class StepResultTest {
    private static final SyncReport REPORT = new SyncReport("acme/web", false, List.of(
            new EnvironmentReport(EnvironmentName.of("staging"), EnvironmentOutcome.EXISTING, null, List.of(
                    new SecretResult(SecretName.of("api_key"), SecretOutcome.CREATED, null),
                    new SecretResult(SecretName.of("OLD"), SecretOutcome.DELETED, null))),
            new EnvironmentReport(EnvironmentName.of("Production"), EnvironmentOutcome.CREATED, null, List.of(
                    new SecretResult(SecretName.of("API_KEY"), SecretOutcome.WOULD_UPDATE, null)))));

    @Test
    void shouldMapSecretNamesToOutcomeLabelsForOneEnvironment() {
        SyncReport one = new SyncReport(REPORT.repository(), false, List.of(REPORT.environments().get(0)));

        assertThat(StepResult.of(one, false, false)).containsExactly(Map.entry("API_KEY", "created"),
                Map.entry("OLD", "deleted"));
    }

    @Test
    void shouldGroupOutcomesByEnvironmentForAList() {
        Map<String, Object> result = StepResult.of(REPORT, true, false);

        assertThat(result).containsOnlyKeys("staging", "Production");
        assertThat(result.get("staging")).isEqualTo(Map.of("API_KEY", "created", "OLD", "deleted"));
        assertThat(result.get("Production")).isEqualTo(Map.of("API_KEY", "would-update"));
    }

    @Test
    void shouldGroupEvenASingleEnvironmentOfAList() {
        SyncReport one = new SyncReport(REPORT.repository(), false, List.of(REPORT.environments().get(1)));

        assertThat(StepResult.of(one, true, false)).containsOnlyKeys("Production");
    }

    @Test
    void shouldDescribeEachSecretWhenDetailed() {
        Drift drift = new Drift("#12", Instant.parse("2026-11-30T10:00:00Z"));
        SyncReport report = new SyncReport("acme/web", false, List.of(
                new EnvironmentReport(EnvironmentName.of("production"), EnvironmentOutcome.EXISTING, null, List.of(
                        new SecretResult(SecretName.of("DRIFTED"), SecretOutcome.UPDATED, null, drift),
                        new SecretResult(SecretName.of("SAME"), SecretOutcome.UNCHANGED, null),
                        new SecretResult(SecretName.of("HAND_MADE"), SecretOutcome.KEPT,
                                "changed on GitHub since #11; not deleted")))));

        Map<String, Object> result = StepResult.of(report, false, true);

        assertThat(result).containsOnlyKeys("DRIFTED", "SAME", "HAND_MADE");
        assertThat(result.get("DRIFTED")).isEqualTo(Map.of("outcome", "updated", "drifted", true, "since", "#12"));
        assertThat(result.get("SAME")).isEqualTo(Map.of("outcome", "unchanged", "drifted", false));
        assertThat(result.get("HAND_MADE")).isEqualTo(Map.of("outcome", "kept", "drifted", false,
                "reason", "changed on GitHub since #11; not deleted"));
    }

    @Test
    void shouldNestDetailsByEnvironmentForAList() {
        Map<String, Object> result = StepResult.of(REPORT, true, true);

        assertThat(result.get("Production")).isEqualTo(Map.of("API_KEY",
                Map.of("outcome", "would-update", "drifted", false)));
    }
}
