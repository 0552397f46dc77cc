package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Leaks;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TargetView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An organization's secrets and variables: which repositories may read them (visibility and the selected repositories,
 * resolved to ids before anything is written) is desired state, as the value is. A sync that finds it different
 * changes it and says so, a dry run shows it, drift covers it, and the record keeps what was written.
 */
class OrganizationSyncTest extends RecordedSyncTest {
    private static final String VALUE = "org-secret-value-s3cr3t";
    private static final String OTHER = "org-other-value-s3cr3t";
    private static final String REGION = "org-region-variable-value";
    private static final OrganizationTarget ACTIONS = new OrganizationTarget(new OrganizationName("acme"),
            Application.ACTIONS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> events = new ArrayList<>();
    private TargetView acme;

    @BeforeEach
    void addOrganization() {
        github.addOrganization("acme", 100).addRepository("acme", "api", 2).addRepository("acme", "docs", 3);
        acme = github.target(ACTIONS);
        listener = new SyncListener() {
            @Override
            public void itemDone(Target target, ValueKind kind, SecretResult result) {
                events.add(target.describe() + " " + kind.noun() + " " + result.name() + " " + result.describe());
            }
        };
    }

    @Override
    void checked(SyncReport report) {
        Leaks.assertNoSecretIn(report + String.join("\n", report.failureLines()) + events + warnings, VALUE, OTHER,
                REGION, TOKEN);
    }

    @Test
    void shouldWriteOneSecretForSelectedRepositoriesWithOneLookupOneKeyReadAndOneWrite() throws Exception {
        SyncReport report = sync(organization("team/ops", 1).selectedRepositories(List.of("web", "acme/api"))
                .secret("TOKEN", VALUE.toCharArray()));

        assertThat(report.targets()).singleElement().satisfies(target -> {
            assertThat(target.target()).isEqualTo(ACTIONS);
            assertThat(target.organization()).contains(new OrganizationName("acme"));
            assertThat(target.secrets()).extracting(SecretResult::describe).containsExactly("created");
        });
        assertThat(github.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "POST /graphql", "GET /orgs/acme/actions/secrets/public-key", "PUT /orgs/acme/actions/secrets/TOKEN");
        JsonNode body = json(github.requests("PUT").get(0));
        assertThat(body.get("visibility").asText()).isEqualTo("selected");
        assertThat(body.get("selected_repository_ids")).hasToString("[1,2]");
        assertThat(acme.valueOf("TOKEN")).contains(VALUE);
        assertThat(acme.visibility(ValueKind.SECRET, "TOKEN")).contains(Visibility.SELECTED);
        assertThat(acme.selectedRepositoryIds(ValueKind.SECRET, "TOKEN")).containsExactly(1L, 2L);
        assertThat(store.all()).singleElement().satisfies(recorded -> {
            assertThat(recorded.scope().target()).isEqualTo(ACTIONS);
            assertThat(recorded.record().access()).isEqualTo(RepositoryAccess.selected(List.of(1L, 2L)));
        });
    }

    @Test
    void shouldRefuseAnUnknownSelectedRepositoryBeforeWritingAnything() throws Exception {
        SyncReport report = sync(organization("team/ops", 1).selectedRepositories(List.of("web", "ghost", "gone"))
                .secret("TOKEN", VALUE.toCharArray()).variable("REGION", REGION.toCharArray()));

        assertThat(report.problems()).containsExactly(
                "Repository acme/ghost does not exist, or the token cannot see it.",
                "Repository acme/gone does not exist, or the token cannot see it.");
        assertThat(report.targets()).singleElement().satisfies(target -> {
            assertThat(target.outcome()).isEqualTo(TargetOutcome.FAILED);
            assertThat(target.secrets()).extracting(SecretResult::outcome).containsExactly(SecretOutcome.FAILED);
            assertThat(target.variables()).extracting(SecretResult::outcome).containsExactly(SecretOutcome.FAILED);
        });
        assertThat(report.failureLines()).hasSize(3).last().asString().isEqualTo("organization acme secret TOKEN and"
                + " variable REGION: not attempted: GitHub showed 2 problems with the request, so nothing was written");
        assertThat(github.requests()).extracting(FakeRequest::path).containsExactly("/graphql");
        assertThat(acme.secretNames()).isEmpty();
    }

    @Test
    void shouldChangeTheVisibilityOfAnUnchangedSecretAndSaySoInADryRunToo() throws Exception {
        sync(organization("team/ops", 1).secret("TOKEN", VALUE.toCharArray()));
        assertThat(acme.visibility(ValueKind.SECRET, "TOKEN")).contains(Visibility.PRIVATE);

        SyncReport dryRun = sync(organization("team/ops", 2).visibility("all").secret("TOKEN", VALUE.toCharArray())
                .options(new SyncOptions(false, true, PruneMode.NONE)));
        SyncReport changed = sync(organization("team/ops", 3).visibility("all").secret("TOKEN", VALUE.toCharArray()));
        github.clearRequests();
        SyncReport warm = sync(organization("team/ops", 4).visibility("all").secret("TOKEN", VALUE.toCharArray()));

        assertThat(dryRun.targets().get(0).secrets()).extracting(SecretResult::describe)
                .containsExactly("would-update (visibility private -> all)");
        assertThat(changed.targets().get(0).secrets()).extracting(SecretResult::describe)
                .containsExactly("updated (visibility private -> all)");
        assertThat(acme.visibility(ValueKind.SECRET, "TOKEN")).contains(Visibility.ALL);
        assertThat(acme.valueOf("TOKEN")).contains(VALUE);
        assertThat(warm.targets().get(0).secrets()).extracting(SecretResult::describe).containsExactly("unchanged");
        assertThat(github.requests()).extracting(r -> r.method() + " " + r.path())
                .containsExactly("GET /orgs/acme/actions/secrets");
    }

    @Test
    void shouldReplaceOnlyTheSelectionWhenOnlyItDiffersAndReadItOnlyWhenTheValueStays() throws Exception {
        sync(organization("team/ops", 1).selectedRepositories(List.of("web")).secret("TOKEN", VALUE.toCharArray()));
        github.clearRequests();

        SyncReport reselected = sync(organization("team/ops", 2).selectedRepositories(List.of("web", "api"))
                .secret("TOKEN", VALUE.toCharArray()));

        assertThat(reselected.targets().get(0).secrets()).extracting(SecretResult::describe)
                .containsExactly("updated (selected repositories changed (1 added, 0 removed))");
        assertThat(github.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "POST /graphql", "GET /orgs/acme/actions/secrets", "GET /orgs/acme/actions/secrets/TOKEN/repositories",
                "PUT /orgs/acme/actions/secrets/TOKEN/repositories");
        assertThat(json(github.requests("PUT").get(0))).hasToString("{\"selected_repository_ids\":[1,2]}");
        assertThat(acme.selectedRepositoryIds(ValueKind.SECRET, "TOKEN")).containsExactly(1L, 2L);
        assertThat(store.all()).singleElement().satisfies(recorded -> assertThat(recorded.record().access())
                .isEqualTo(RepositoryAccess.selected(List.of(1L, 2L))));

        github.clearRequests();
        SyncReport changedValue = sync(organization("team/ops", 3).selectedRepositories(List.of("web", "docs"))
                .secret("TOKEN", OTHER.toCharArray()));

        // The value changes anyway: one write carries the selection too, and the selection is not read.
        assertThat(changedValue.targets().get(0).secrets()).extracting(SecretResult::describe)
                .containsExactly("updated");
        assertThat(github.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "POST /graphql", "GET /orgs/acme/actions/secrets", "GET /orgs/acme/actions/secrets/public-key",
                "PUT /orgs/acme/actions/secrets/TOKEN");
        assertThat(acme.selectedRepositoryIds(ValueKind.SECRET, "TOKEN")).containsExactly(1L, 3L);
    }

    @Test
    void shouldFailOnlyTheSecretWhoseSelectionCannotBeRead() throws Exception {
        sync(organization("team/ops", 1).selectedRepositories(List.of("web")).secret("TOKEN", VALUE.toCharArray())
                .secret("OTHER", OTHER.toCharArray()));
        github.refuseNext(1, request("GET", "/orgs/acme/actions/secrets/TOKEN/repositories"), 403,
                "Resource not accessible by integration");
        github.clearRequests();

        SyncReport report = sync(organization("team/ops", 2).selectedRepositories(List.of("web", "api"))
                .secret("TOKEN", VALUE.toCharArray()).secret("OTHER", OTHER.toCharArray()));

        assertThat(report.targets().get(0).secrets()).extracting(SecretResult::outcome)
                .containsExactly(SecretOutcome.FAILED, SecretOutcome.FAILED);
        assertThat(report.failureLines().get(0)).startsWith("organization acme secret TOKEN: not written: reading its"
                + " selected repositories failed: GET organization acme, secret 'TOKEN': HTTP 403");
        assertThat(report.failureLines().get(1)).isEqualTo("organization acme secret OTHER: not attempted: GitHub"
                + " refused the permission for secret TOKEN here (see its reason)");
        assertThat(github.requests()).noneMatch(r -> r.isMutating() && !r.path().equals("/graphql"));
        assertThat(acme.selectedRepositoryIds(ValueKind.SECRET, "TOKEN")).containsExactly(1L);
    }

    @Test
    void shouldReportAVisibilityChangedOnGitHubAsDriftAndRefuseWithFailOnDrift() throws Exception {
        sync(organization("team/ops", 1).secret("TOKEN", VALUE.toCharArray()));
        gitHubClock.advance(Duration.ofMinutes(1));
        acme.access(ValueKind.SECRET, "TOKEN", Visibility.ALL);

        SyncReport refused = sync(organization("team/ops", 2).secret("TOKEN", VALUE.toCharArray())
                .options(new SyncOptions(false, false, PruneMode.NONE, false, true)));
        assertThat(refused.targets().get(0).secrets()).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(SecretOutcome.FAILED);
            assertThat(result.failureReason()).contains(
                    "visibility changed on GitHub since #1; nothing was written (failOnDrift)");
        });
        assertThat(acme.visibility(ValueKind.SECRET, "TOKEN")).contains(Visibility.ALL);

        SyncReport restored = sync(organization("team/ops", 3).secret("TOKEN", VALUE.toCharArray()));

        assertThat(restored.targets().get(0).secrets()).extracting(SecretResult::describe).containsExactly(
                "updated (visibility changed on GitHub since #1; visibility all -> private)");
        assertThat(restored.driftLines()).containsExactly(
                "organization acme secret TOKEN: visibility changed on GitHub since #1");
        assertThat(acme.visibility(ValueKind.SECRET, "TOKEN")).contains(Visibility.PRIVATE);
    }

    @Test
    void shouldReportASelectionChangedOnGitHubAsDriftAndSelectBack() throws Exception {
        sync(organization("team/ops", 1).selectedRepositories(List.of("web")).secret("TOKEN", VALUE.toCharArray()));
        acme.access(ValueKind.SECRET, "TOKEN", Visibility.SELECTED, 1, 3);

        SyncReport restored = sync(organization("team/ops", 2).selectedRepositories(List.of("web"))
                .secret("TOKEN", VALUE.toCharArray()));

        assertThat(restored.targets().get(0).secrets()).extracting(SecretResult::describe).containsExactly(
                "updated (selected repositories changed on GitHub since #1; selected repositories changed"
                        + " (0 added, 1 removed))");
        assertThat(acme.selectedRepositoryIds(ValueKind.SECRET, "TOKEN")).containsExactly(1L);
    }

    @Test
    void shouldWriteOrganizationVariablesWithTheirAccessAndChangeIt() throws Exception {
        SyncReport created = sync(organization("team/ops", 1).selectedRepositories(List.of("docs"))
                .variable("REGION", REGION.toCharArray()));

        assertThat(created.targets().get(0).variables()).extracting(SecretResult::describe)
                .containsExactly("created");
        JsonNode body = json(github.requests("POST").get(1));
        assertThat(body.get("visibility").asText()).isEqualTo("selected");
        assertThat(body.get("selected_repository_ids")).hasToString("[3]");

        github.clearRequests();
        SyncReport changed = sync(organization("team/ops", 2).visibility("private")
                .variable("REGION", REGION.toCharArray()));

        assertThat(changed.targets().get(0).variables()).extracting(SecretResult::describe)
                .containsExactly("updated (visibility selected -> private)");
        assertThat(github.requests()).filteredOn(FakeRequest::isMutating).singleElement().satisfies(patch -> {
            assertThat(patch.method() + " " + patch.path()).isEqualTo("PATCH /orgs/acme/actions/variables/REGION");
            assertThat(json(patch).get("visibility").asText()).isEqualTo("private");
        });
        assertThat(acme.visibility(ValueKind.VARIABLE, "REGION")).contains(Visibility.PRIVATE);
        assertThat(acme.variableValue("REGION")).contains(REGION);
    }

    /**
     * A second job that declares the same variable, finds it unchanged and so claims it for the time of its sync,
     * leaves the access the first job's write recorded: a visibility changed on GitHub afterwards is still drift.
     */
    @Test
    void shouldKeepTheRecordedAccessWhenAnotherJobsClaimEnds() throws Exception {
        sync(organization("team/ops", 1).visibility("all").variable("REGION", REGION.toCharArray()));
        SyncReport claimed = sync(organization("team/web", 1).visibility("all")
                .variable("REGION", REGION.toCharArray()));
        assertThat(claimed.targets().get(0).variables()).extracting(SecretResult::describe)
                .containsExactly("unchanged");
        assertThat(store.all()).singleElement().satisfies(recorded -> {
            assertThat(recorded.record().owners()).containsExactly("team/ops", "team/web");
            assertThat(recorded.record().claimants()).isEmpty();
            assertThat(recorded.record().access()).isEqualTo(RepositoryAccess.all());
        });
        gitHubClock.advance(Duration.ofMinutes(1));
        acme.access(ValueKind.VARIABLE, "REGION", Visibility.PRIVATE);

        SyncReport refused = sync(organization("team/ops", 2).visibility("all")
                .variable("REGION", REGION.toCharArray()).options(new SyncOptions(false, false, PruneMode.NONE,
                        false, true)));

        assertThat(refused.targets().get(0).variables()).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(SecretOutcome.FAILED);
            assertThat(result.failureReason()).contains(
                    "visibility changed on GitHub since #1; nothing was written (failOnDrift)");
        });
        assertThat(acme.visibility(ValueKind.VARIABLE, "REGION")).contains(Visibility.PRIVATE);
    }

    @ParameterizedTest
    @EnumSource(value = Application.class, names = {"DEPENDABOT", "CODESPACES"})
    void shouldWriteEachApplicationsSecretsWithItsOwnKey(Application application) throws Exception {
        OrganizationTarget target = new OrganizationTarget(new OrganizationName("acme"), application);

        SyncReport report = sync(organization("team/ops", 1).application(application.pathSegment())
                .visibility("all").secret("TOKEN", VALUE.toCharArray()));

        assertThat(report.targets()).extracting(TargetReport::target).containsExactly(target);
        assertThat(github.target(target).valueOf("TOKEN")).contains(VALUE);
        assertThat(github.requests("PUT")).extracting(FakeRequest::path)
                .containsExactly("/orgs/acme/" + application.pathSegment() + "/secrets/TOKEN");
        assertThat(acme.secretNames()).isEmpty();
    }

    @Test
    void shouldRefuseAnOrganizationThatDoesNotExistBeforeWritingAnything() throws Exception {
        SyncReport report = sync(SyncRequest.builder().scope(TargetKind.ORGANIZATION).organization("ghost")
                .job("team/ops", 1).secret("TOKEN", VALUE.toCharArray()));

        assertThat(report.problems()).singleElement().asString().contains("GET organization ghost", "HTTP 404",
                "The organization ghost does not exist");
        assertThat(github.mutatingRequestCount()).isZero();
    }

    @Test
    void shouldScrubTheValueAndTheTokenFromAServerThatEchoesThemForAnOrganizationsWrite() throws Exception {
        github.echoNext(2, request("PUT", "/orgs/acme/actions/secrets/TOKEN"), 422, "application/json",
                echo -> "{\"message\": \"" + echo.value() + " for " + echo.authorization() + "\"}");

        SyncReport report = sync(organization("team/ops", 1).selectedRepositories(List.of("web"))
                .secret("TOKEN", VALUE.toCharArray()));

        assertThat(report.failureLines()).singleElement().asString()
                .startsWith("organization acme secret TOKEN: PUT organization acme, secret 'TOKEN': HTTP 422")
                .contains("for Bearer ****\"");
        assertThat(acme.secretNames()).isEmpty();
    }

    private SyncRequest.Builder organization(String job, int build) {
        return SyncRequest.builder().scope(TargetKind.ORGANIZATION).organization("acme").job(job, build);
    }

    private static JsonNode json(FakeRequest request) {
        try {
            return JSON.readTree(request.bodyUtf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
