package io.jenkins.plugins.githubenvsecrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.sync.EnvironmentOutcome;
import io.jenkins.plugins.githubenvsecrets.engine.sync.EnvironmentReport;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretOutcome;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretResult;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The step's return value: flat for one environment, by environment for a list, outcome labels as values. */
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

        assertThat(StepResult.of(one, false)).containsExactly(Map.entry("API_KEY", "created"),
                Map.entry("OLD", "deleted"));
    }

    @Test
    void shouldGroupOutcomesByEnvironmentForAList() {
        Map<String, Object> result = StepResult.of(REPORT, true);

        assertThat(result).containsOnlyKeys("staging", "Production");
        assertThat(result.get("staging")).isEqualTo(Map.of("API_KEY", "created", "OLD", "deleted"));
        assertThat(result.get("Production")).isEqualTo(Map.of("API_KEY", "would-update"));
    }

    @Test
    void shouldGroupEvenASingleEnvironmentOfAList() {
        SyncReport one = new SyncReport(REPORT.repository(), false, List.of(REPORT.environments().get(1)));

        assertThat(StepResult.of(one, true)).containsOnlyKeys("Production");
    }
}
