package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.githubenvsecrets.engine.audit.RecordFilter;
import io.jenkins.plugins.githubenvsecrets.engine.audit.RecordIndex;
import io.jenkins.plugins.githubenvsecrets.engine.audit.RecordRow;
import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.state.WrittenBy;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Leaks;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TargetView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Variables beside secrets: GitHub lists their values, so a sync compares exactly (no fingerprint), creates with POST
 * and updates with PATCH only what differs, prunes only its own, and calls a change on GitHub drift only when it left
 * another value. A value is never shown: not in the report, the events, the warnings or a server's echo.
 */
class VariableSyncTest extends RecordedSyncTest {
    private static final String REGION = "eu-west-1-region-value";
    private static final String SIZE = "size-value-large-4711";
    private static final String CHANGED = "us-east-2-changed-value";
    private static final RepositoryCoordinates WEB = new RepositoryCoordinates("acme", "web");
    private static final Target PRODUCTION = new EnvironmentTarget(WEB, EnvironmentName.of("production"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> events = new ArrayList<>();
    private TargetView production;

    @BeforeEach
    void listen() {
        production = github.target(PRODUCTION);
        listener = new SyncListener() {
            @Override
            public void itemDone(Target target, ValueKind kind, SecretResult result) {
                events.add(kind.noun() + " " + result.name() + " " + result.describe());
            }

            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        };
    }

    @Override
    void checked(SyncReport report) {
        Leaks.assertNoSecretIn(report + String.join("\n", report.failureLines()) + report.driftLines() + events
                + warnings, REGION, SIZE, CHANGED, TOKEN);
    }

    @Test
    void shouldCreateThenUpdateOnlyWhatDiffersAndWriteNothingWhenNothingDiffers() throws Exception {
        SyncReport created = sync(job("team/api", 1).variable("REGION", REGION.toCharArray(), "env:REGION")
                .variable("size", SIZE.toCharArray()));

        assertThat(outcomes(created, ValueKind.VARIABLE)).containsExactly(
                Map.entry("REGION", SecretOutcome.CREATED), Map.entry("SIZE", SecretOutcome.CREATED));
        assertThat(created.targets().get(0).secrets()).isEmpty();
        assertThat(github.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "GET /repos/acme/web/environments/production/variables",
                "POST /repos/acme/web/environments/production/variables",
                "POST /repos/acme/web/environments/production/variables");
        assertThat(github.requests().get(0).queryParameter("per_page")).contains("30");
        assertThat(json(github.requests("POST").get(0))).hasToString("{\"name\":\"REGION\",\"value\":\"" + REGION
                + "\"}");
        assertThat(production.variableValue("REGION")).contains(REGION);

        github.clearRequests();
        SyncReport warm = sync(job("team/api", 2).variable("REGION", REGION.toCharArray())
                .variable("SIZE", SIZE.toCharArray()));

        assertThat(outcomes(warm, ValueKind.VARIABLE)).containsOnly(
                Map.entry("REGION", SecretOutcome.UNCHANGED), Map.entry("SIZE", SecretOutcome.UNCHANGED));
        assertThat(github.requests()).hasSize(1);
        assertThat(github.mutatingRequestCount()).isZero();

        github.clearRequests();
        SyncReport changed = sync(job("team/api", 3).variable("REGION", CHANGED.toCharArray())
                .variable("SIZE", SIZE.toCharArray()));

        assertThat(outcomes(changed, ValueKind.VARIABLE)).containsExactly(
                Map.entry("REGION", SecretOutcome.UPDATED), Map.entry("SIZE", SecretOutcome.UNCHANGED));
        assertThat(github.requests()).filteredOn(FakeRequest::isMutating).singleElement().satisfies(patch -> {
            assertThat(patch.method() + " " + patch.path())
                    .isEqualTo("PATCH /repos/acme/web/environments/production/variables/REGION");
            assertThat(json(patch)).hasToString("{\"value\":\"" + CHANGED + "\"}");
        });
        assertThat(production.variableValue("REGION")).contains(CHANGED);
        assertThat(events).contains("variable REGION updated", "variable SIZE unchanged");
    }

    @Test
    void shouldRecordOwnersSourceWriterAndTimeButNoFingerprint() throws Exception {
        sync(job("team/api", 7).variable("REGION", REGION.toCharArray(), "env:REGION"));

        assertThat(store.all()).singleElement().satisfies(recorded -> {
            assertThat(recorded.scope().kind()).isEqualTo(ValueKind.VARIABLE);
            assertThat(recorded.scope().target()).isEqualTo(PRODUCTION);
            assertThat(recorded.record().fingerprint()).isNull();
            assertThat(recorded.record().owners()).containsExactly("team/api");
            assertThat(recorded.record().sourceIfKnown()).contains("env:REGION");
            assertThat(recorded.record().writtenByIfKnown()).contains(new WrittenBy("team/api", 7));
            assertThat(recorded.record().writtenAt()).isEqualTo(START);
        });
        assertThat(RecordIndex.of(store.all()).rows()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(ValueKind.VARIABLE);
            assertThat(row.scope()).isEqualTo(TargetKind.ENVIRONMENT);
            assertThat(row.application()).isEqualTo(Application.ACTIONS);
            assertThat(row.repositoryOrOrganization()).isEqualTo("acme/web");
            assertThat(row.environment()).isEqualTo("production");
            assertThat(row.name()).isEqualTo("REGION");
        });
        assertThat(RecordIndex.of(store.all()).filter(new RecordFilter(null, "environment", "actions", "acme/web",
                "acme", "production", "variable", "region", "env:REGION", "team/api"))).extracting(RecordRow::name)
                .containsExactly("REGION");
        assertThat(RecordIndex.of(store.all()).filter(new RecordFilter(null, null, null, null, null, null, "secret",
                null, null, null))).isEmpty();
    }

    @Test
    void shouldPruneOnlyItsOwnVariablesAndSpareOneChangedOnGitHub() throws Exception {
        production.putVariable("MANUAL", "set by hand");
        sync(job("team/api", 1).variable("KEEP", REGION.toCharArray()).variable("DROP", SIZE.toCharArray())
                .variable("EDITED", SIZE.toCharArray()));
        gitHubClock.advance(Duration.ofMinutes(1));
        production.putVariable("EDITED", CHANGED);

        SyncReport pruned = sync(job("team/api", 2).variable("KEEP", REGION.toCharArray())
                .options(new SyncOptions(false, false, PruneMode.OWNED)));

        assertThat(outcomes(pruned, ValueKind.VARIABLE)).containsExactly(Map.entry("KEEP", SecretOutcome.UNCHANGED),
                Map.entry("DROP", SecretOutcome.DELETED), Map.entry("EDITED", SecretOutcome.KEPT));
        assertThat(production.variableNames()).containsExactly("EDITED", "KEEP", "MANUAL");
        assertThat(github.requests("DELETE")).extracting(FakeRequest::path)
                .containsExactly("/repos/acme/web/environments/production/variables/DROP");
    }

    @Test
    void shouldPruneItsLastVariableWhenTheRequestNoLongerNamesAny() throws Exception {
        sync(job("team/api", 1).secret("API_KEY", REGION.toCharArray()).variable("LAST", SIZE.toCharArray()));

        SyncReport pruned = sync(job("team/api", 2).secret("API_KEY", REGION.toCharArray())
                .options(new SyncOptions(false, false, PruneMode.OWNED)));

        assertThat(outcomes(pruned, ValueKind.VARIABLE)).containsExactly(Map.entry("LAST", SecretOutcome.DELETED));
        assertThat(outcomes(pruned, ValueKind.SECRET)).containsExactly(Map.entry("API_KEY", SecretOutcome.UNCHANGED));
        assertThat(production.variableNames()).isEmpty();
    }

    @Test
    void shouldLeaveSecretsAloneWhenTheRequestNamesOnlyVariables() throws Exception {
        github.putSecret("acme", "web", "production", "UNTOUCHED", bytes("secret by hand"));

        SyncReport report = sync(job("team/api", 1).variable("REGION", REGION.toCharArray())
                .options(new SyncOptions(false, false, PruneMode.ALL)));

        assertThat(report.targets().get(0).secrets()).isEmpty();
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("UNTOUCHED");
        assertThat(github.requests()).noneMatch(r -> r.path().contains("/secrets"));
    }

    @Test
    void shouldCallAChangeOnGitHubDriftOnlyWhenItLeftAnotherValue() throws Exception {
        sync(job("team/api", 12).variable("REGION", REGION.toCharArray()));
        gitHubClock.advance(Duration.ofMinutes(1));
        production.putVariable("REGION", CHANGED);

        SyncReport dryRun = sync(job("team/api", 13).variable("REGION", REGION.toCharArray())
                .options(new SyncOptions(false, true, PruneMode.NONE)));
        SyncReport refused = sync(job("team/api", 13).variable("REGION", REGION.toCharArray())
                .options(new SyncOptions(false, false, PruneMode.NONE, false, true)));
        SyncReport restored = sync(job("team/api", 14).variable("REGION", REGION.toCharArray()));

        assertThat(result(dryRun, "REGION").describe()).isEqualTo("would-update (changed on GitHub since #12)");
        assertThat(result(refused, "REGION").failureReason()).hasValueSatisfying(reason -> assertThat(reason)
                .isEqualTo("changed on GitHub since #12; nothing was written (failOnDrift)"));
        assertThat(result(restored, "REGION").describe()).isEqualTo("updated (changed on GitHub since #12)");
        assertThat(restored.driftLines()).containsExactly(
                "acme/web environment 'production' variable REGION: changed on GitHub since #12");
        assertThat(production.variableValue("REGION")).contains(REGION);

        gitHubClock.advance(Duration.ofMinutes(1));
        production.putVariable("REGION", REGION); // written again by hand, with the same value
        github.clearRequests();
        SyncReport same = sync(job("team/api", 15).variable("REGION", REGION.toCharArray()));

        assertThat(result(same, "REGION").describe()).isEqualTo("unchanged");
        assertThat(same.driftLines()).isEmpty();
        assertThat(github.mutatingRequestCount()).isZero();
    }

    @Test
    void shouldUpdateWhenALaggingListingMissedTheVariableAndCreateWhenItWasGone() throws Exception {
        production.putVariable("REGION", CHANGED);
        github.failNext(1, request("GET", ".*/variables"), 200, Map.of(),
                "{\"total_count\": 0, \"variables\": []}");

        SyncReport report = sync(job("team/api", 1).variable("REGION", REGION.toCharArray()));

        assertThat(outcomes(report, ValueKind.VARIABLE)).containsExactly(Map.entry("REGION", SecretOutcome.UPDATED));
        assertThat(github.requests()).filteredOn(FakeRequest::isMutating).extracting(r -> r.method() + " "
                + r.status()).containsExactly("POST 409", "PATCH 204");
        assertThat(production.variableValue("REGION")).contains(REGION);
    }

    @Test
    void shouldScrubAVariablesValueFromAServerThatEchoesIt() throws Exception {
        production.putVariable("REGION", CHANGED);
        github.echoNext(1, request("PATCH", ".*/variables/REGION"), 422, "text/html",
                echo -> "<p>value &quot;" + REGION + "&quot; refused for " + echo.token() + "</p>");

        SyncReport report = sync(job("team/api", 1).variable("REGION", REGION.toCharArray()));

        assertThat(result(report, "REGION").outcome()).isEqualTo(SecretOutcome.FAILED);
        assertThat(report.failureLines()).singleElement().asString()
                .startsWith("acme/web environment 'production' variable REGION: PATCH repository acme/web,"
                        + " environment 'production', variable 'REGION': HTTP 422");
    }

    @Test
    void shouldSyncARepositorysVariablesBesideItsSecrets() throws Exception {
        RepositoryTarget web = new RepositoryTarget(WEB, Application.ACTIONS);

        SyncReport report = sync(SyncRequest.builder().scope(TargetKind.REPOSITORY).repository("acme/web")
                .job("team/api", 1).secret("TOKEN", SIZE.toCharArray()).variable("REGION", REGION.toCharArray()));

        assertThat(report.targets()).singleElement().satisfies(target -> {
            assertThat(target.target()).isEqualTo(web);
            assertThat(target.secrets()).extracting(SecretResult::outcome).containsExactly(SecretOutcome.CREATED);
            assertThat(target.variables()).extracting(SecretResult::outcome).containsExactly(SecretOutcome.CREATED);
        });
        assertThat(github.target(web).variableValue("REGION")).contains(REGION);
        assertThat(github.target(web).valueOf("TOKEN")).contains(SIZE);
        assertThat(github.requests()).extracting(r -> r.method() + " " + r.path()).contains(
                "GET /repos/acme/web/actions/secrets/public-key", "PUT /repos/acme/web/actions/secrets/TOKEN",
                "GET /repos/acme/web/actions/variables", "POST /repos/acme/web/actions/variables");
        assertThat(report.count(ValueKind.VARIABLE, SecretOutcome.CREATED)).isEqualTo(1);
        assertThat(report.count(SecretOutcome.CREATED)).isEqualTo(2);
        assertThat(events).containsExactly("secret TOKEN created", "variable REGION created");
    }

    @Test
    void shouldShowWhatADryRunWouldDoToVariables() throws Exception {
        production.putVariable("REGION", CHANGED).putVariable("STALE", "old");

        SyncReport report = sync(job("team/api", 1).variable("REGION", REGION.toCharArray())
                .variable("NEW", SIZE.toCharArray()).options(new SyncOptions(false, true, PruneMode.ALL)));

        assertThat(outcomes(report, ValueKind.VARIABLE)).containsExactly(
                Map.entry("REGION", SecretOutcome.WOULD_UPDATE), Map.entry("NEW", SecretOutcome.WOULD_CREATE),
                Map.entry("STALE", SecretOutcome.WOULD_DELETE));
        assertThat(github.mutatingRequestCount()).isZero();
    }

    private static Map<String, SecretOutcome> outcomes(SyncReport report, ValueKind kind) {
        return report.targets().get(0).results(kind).stream().collect(Collectors.toMap(r -> r.name().value(),
                SecretResult::outcome, (a, b) -> a, LinkedHashMap::new));
    }

    private static SecretResult result(SyncReport report, String name) {
        return report.targets().get(0).variables().stream().filter(r -> r.name().value().equals(name)).findFirst()
                .orElseThrow();
    }

    private static JsonNode json(FakeRequest request) {
        try {
            return JSON.readTree(request.bodyUtf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
