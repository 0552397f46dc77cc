package io.jenkins.plugins.githubenvsecrets.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
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

/**
 * The step's return value: flat for one target, by repository for a list of repositories, by environment for a list
 * of environments, split by kind with variables; outcome labels as values, or with {@code detailedResult} a map per
 * item that also says whether it had drifted and why it failed.
 */
class StepResultTest {
    private static final RepositoryCoordinates WEB = RepositoryCoordinates.parse("acme/web");
    private static final RepositoryCoordinates API = RepositoryCoordinates.parse("acme/api");
    private static final TargetReport STAGING = environment(WEB, "staging", TargetOutcome.EXISTING,
            List.of(result("api_key", SecretOutcome.CREATED), result("OLD", SecretOutcome.DELETED)), List.of());
    private static final TargetReport PRODUCTION = environment(WEB, "Production", TargetOutcome.CREATED,
            List.of(result("API_KEY", SecretOutcome.WOULD_UPDATE)), List.of());
    private static final StepResult.Shape FLAT = shape(false, false, false, false);

    @Test
    void shouldMapSecretNamesToOutcomeLabelsForOneTarget() {
        assertThat(StepResult.of(report(STAGING), FLAT)).containsExactly(Map.entry("API_KEY", "created"),
                Map.entry("OLD", "deleted"));
    }

    @Test
    void shouldGroupOutcomesByEnvironmentForAList() {
        Map<String, Object> result = StepResult.of(report(STAGING, PRODUCTION), shape(false, true, false, false));

        assertThat(result).containsOnlyKeys("staging", "Production");
        assertThat(result.get("staging")).isEqualTo(Map.of("API_KEY", "created", "OLD", "deleted"));
        assertThat(result.get("Production")).isEqualTo(Map.of("API_KEY", "would-update"));
    }

    @Test
    void shouldGroupEvenASingleEnvironmentOfAList() {
        assertThat(StepResult.of(report(PRODUCTION), shape(false, true, false, false)))
                .containsOnlyKeys("Production");
    }

    @Test
    void shouldGroupByRepositoryThenEnvironmentForBothLists() {
        TargetReport apiStaging = environment(API, "staging", TargetOutcome.EXISTING,
                List.of(result("API_KEY", SecretOutcome.UNCHANGED)), List.of());

        Map<String, Object> result = StepResult.of(report(STAGING, apiStaging), shape(true, true, false, false));

        assertThat(result).isEqualTo(Map.of(
                "acme/web", Map.of("staging", Map.of("API_KEY", "created", "OLD", "deleted")),
                "acme/api", Map.of("staging", Map.of("API_KEY", "unchanged"))));
    }

    @Test
    void shouldGroupRepositoriesByOwnerAndNameAsResolved() {
        TargetReport web = target(new RepositoryTarget(WEB, Application.DEPENDABOT), TargetOutcome.EXISTING,
                List.of(result("NPM_TOKEN", SecretOutcome.CREATED)), List.of());
        TargetReport api = target(new RepositoryTarget(API, Application.DEPENDABOT), TargetOutcome.FAILED,
                List.of(new SecretResult(SecretName.of("NPM_TOKEN"), SecretOutcome.FAILED, "403 Forbidden")),
                List.of());

        Map<String, Object> result = StepResult.of(report(web, api), shape(true, false, false, false));

        assertThat(result).isEqualTo(Map.of("acme/web", Map.of("NPM_TOKEN", "created"),
                "acme/api", Map.of("NPM_TOKEN", "failed")));
    }

    @Test
    void shouldSplitByKindWhenTheStepNamesVariables() {
        TargetReport organization = target(new OrganizationTarget(new OrganizationName("acme"), Application.ACTIONS),
                TargetOutcome.EXISTING, List.of(result("DEPLOY_KEY", SecretOutcome.UPDATED)),
                List.of(result("REGION", SecretOutcome.UNCHANGED)));

        Map<String, Object> result = StepResult.of(report(organization), shape(false, false, true, false));

        assertThat(result).isEqualTo(Map.of("secrets", Map.of("DEPLOY_KEY", "updated"),
                "variables", Map.of("REGION", "unchanged")));
    }

    /** A secret and a variable may share a name on GitHub: neither takes the other's place. */
    @Test
    void shouldKeepASecretAndAVariableOfTheSameNameApart() {
        TargetReport both = environment(WEB, "production", TargetOutcome.EXISTING,
                List.of(result("REGION", SecretOutcome.CREATED)), List.of(result("REGION", SecretOutcome.UPDATED)));

        Map<String, Object> result = StepResult.of(report(both), shape(false, true, true, false));

        assertThat(result).isEqualTo(Map.of("production", Map.of("secrets", Map.of("REGION", "created"),
                "variables", Map.of("REGION", "updated"))));
    }

    @Test
    void shouldDescribeEachItemWhenDetailed() {
        Drift drift = new Drift("#12", Instant.parse("2026-11-30T10:00:00Z"));
        TargetReport production = environment(WEB, "production", TargetOutcome.EXISTING, List.of(
                new SecretResult(SecretName.of("DRIFTED"), SecretOutcome.UPDATED, null, drift),
                result("SAME", SecretOutcome.UNCHANGED),
                new SecretResult(SecretName.of("HAND_MADE"), SecretOutcome.KEPT,
                        "changed on GitHub since #11; not deleted"),
                new SecretResult(SecretName.of("REFUSED"), SecretOutcome.FAILED, "422 Unprocessable Entity")),
                List.of());

        Map<String, Object> result = StepResult.of(report(production), shape(false, false, false, true));

        assertThat(result).containsOnlyKeys("DRIFTED", "SAME", "HAND_MADE", "REFUSED");
        assertThat(result.get("DRIFTED")).isEqualTo(Map.of("outcome", "updated", "drifted", true, "since", "#12"));
        assertThat(result.get("SAME")).isEqualTo(Map.of("outcome", "unchanged", "drifted", false));
        assertThat(result.get("HAND_MADE")).isEqualTo(Map.of("outcome", "kept", "drifted", false,
                "reason", "changed on GitHub since #11; not deleted"));
        assertThat(result.get("REFUSED")).isEqualTo(Map.of("outcome", "failed", "drifted", false,
                "reason", "422 Unprocessable Entity"));
    }

    @Test
    void shouldNestDetailsByEnvironmentForAList() {
        Map<String, Object> result = StepResult.of(report(STAGING, PRODUCTION), shape(false, true, false, true));

        assertThat(result.get("Production")).isEqualTo(Map.of("API_KEY",
                Map.of("outcome", "would-update", "drifted", false)));
    }

    private static StepResult.Shape shape(boolean byRepository, boolean byEnvironment, boolean byKind,
            boolean detailed) {
        return new StepResult.Shape(byRepository, byEnvironment, byKind, detailed);
    }

    private static SecretResult result(String name, SecretOutcome outcome) {
        return new SecretResult(SecretName.of(name), outcome, null);
    }

    private static TargetReport environment(RepositoryCoordinates repository, String environment,
            TargetOutcome outcome, List<SecretResult> secrets, List<SecretResult> variables) {
        return target(new EnvironmentTarget(repository, EnvironmentName.of(environment)), outcome, secrets,
                variables);
    }

    private static TargetReport target(Target target, TargetOutcome outcome, List<SecretResult> secrets,
            List<SecretResult> variables) {
        return new TargetReport(target, outcome, outcome == TargetOutcome.FAILED ? "403 Forbidden" : null, secrets,
                variables);
    }

    private static SyncReport report(TargetReport... targets) {
        return new SyncReport(false, List.of(), List.of(targets));
    }
}
