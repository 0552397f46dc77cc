package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FineGrainedPermission;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Grant;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Leaks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A repository's own secrets, of each application, and several repositories in one sync: each sealed with its own
 * key, each validated before anything is written, and one repository's failure not stopping the others unless it holds
 * for the token as a whole.
 */
class RepositoryScopeSyncTest extends RecordedSyncTest {
    private static final String VALUE = "repository-secret-value-s3cr3t";
    private static final String OTHER = "another-secret-value-s3cr3t";
    private static final RepositoryCoordinates WEB = new RepositoryCoordinates("acme", "web");
    private static final RepositoryCoordinates API = new RepositoryCoordinates("acme", "api");
    private static final RepositoryCoordinates DOCS = new RepositoryCoordinates("acme", "docs");

    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void addRepositories() {
        github.addRepository("acme", "api", 2).addRepository("acme", "docs", 3);
        listener = new SyncListener() {
            @Override
            public void targetStarted(Target target) {
                events.add("start " + target.describe());
            }

            @Override
            public void itemDone(Target target, ValueKind kind, SecretResult result) {
                events.add(target.describe() + " " + result.name() + " " + result.outcome().label());
            }
        };
    }

    @Override
    void checked(SyncReport report) {
        Leaks.assertNoSecretIn(report + String.join("\n", report.failureLines()) + events + warnings, VALUE, OTHER,
                TOKEN);
    }

    @ParameterizedTest
    @EnumSource(Application.class)
    void shouldSealWithTheKeyOfTheRepositoryAndApplicationAndSkipWhatIsUnchanged(Application application)
            throws Exception {
        RepositoryTarget target = new RepositoryTarget(WEB, application);

        SyncReport created = sync(repositories("acme/web").application(application.pathSegment())
                .secret("TOKEN", VALUE.toCharArray(), "token-credential"));

        assertThat(outcomes(created, target)).containsExactly(Map.entry("TOKEN", SecretOutcome.CREATED));
        assertThat(github.target(target).valueOf("TOKEN")).contains(VALUE);
        String route = "/repos/acme/web/" + application.pathSegment() + "/secrets";
        assertThat(github.requests()).extracting(r -> r.method() + " " + r.path())
                .containsExactly("GET " + route + "/public-key", "PUT " + route + "/TOKEN");
        assertThat(store.all()).singleElement().satisfies(recorded -> {
            assertThat(recorded.scope().target()).isEqualTo(target);
            assertThat(recorded.record().sourceIfKnown()).contains("token-credential");
        });

        github.clearRequests();
        SyncReport warm = sync(repositories("acme/web").application(application.pathSegment())
                .secret("TOKEN", VALUE.toCharArray()));

        assertThat(outcomes(warm, target)).containsExactly(Map.entry("TOKEN", SecretOutcome.UNCHANGED));
        assertThat(github.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly("GET " + route);
    }

    @Test
    void shouldPruneOnlyItsOwnRepositorySecrets() throws Exception {
        RepositoryTarget web = new RepositoryTarget(WEB, Application.ACTIONS);
        github.target(web).putSecret("BY_HAND", bytes("someone else's"));
        sync(repositories("acme/web").secret("KEEP", VALUE.toCharArray()).secret("DROP", OTHER.toCharArray()));

        SyncReport pruned = sync(repositories("acme/web").secret("KEEP", VALUE.toCharArray())
                .options(new SyncOptions(false, false, PruneMode.OWNED)));

        assertThat(outcomes(pruned, web)).containsExactly(Map.entry("KEEP", SecretOutcome.UNCHANGED),
                Map.entry("DROP", SecretOutcome.DELETED));
        assertThat(github.target(web).secretNames()).containsExactly("BY_HAND", "KEEP");
    }

    @Test
    void shouldWriteEveryRepositoryAndGoOnWhenOneRefusesThePermission() throws Exception {
        github.refuseNext(1, request("PUT", "/repos/acme/api/actions/secrets/FIRST"), 403,
                "Resource not accessible by personal access token");

        SyncReport report = sync(repositories("acme/web", "acme/api", "acme/docs")
                .secret("FIRST", VALUE.toCharArray()).secret("SECOND", OTHER.toCharArray()));

        assertThat(report.targets()).extracting(TargetReport::repository).extracting(Optional::orElseThrow)
                .containsExactly(WEB, API, DOCS);
        assertThat(outcomes(report, target(WEB))).containsOnly(Map.entry("FIRST", SecretOutcome.CREATED),
                Map.entry("SECOND", SecretOutcome.CREATED));
        assertThat(outcomes(report, target(API))).containsOnly(Map.entry("FIRST", SecretOutcome.FAILED),
                Map.entry("SECOND", SecretOutcome.FAILED));
        assertThat(outcomes(report, target(DOCS))).containsOnly(Map.entry("FIRST", SecretOutcome.CREATED),
                Map.entry("SECOND", SecretOutcome.CREATED));
        assertThat(report.failureLines()).hasSize(2).first().asString()
                .startsWith("repository acme/api secret FIRST: PUT repository acme/api, secret 'FIRST': HTTP 403")
                .contains("'Secrets: write'");
        assertThat(report.failureLines().get(1)).isEqualTo("repository acme/api secret SECOND: not attempted:"
                + " GitHub refused the permission for secret FIRST here (see its reason)");
        assertThat(github.requests("PUT")).extracting(FakeRequest::path).doesNotContain(
                "/repos/acme/api/actions/secrets/SECOND");
        assertThat(events).startsWith("start repository acme/web");
    }

    @Test
    void shouldStopEveryRepositoryOnARefusalThatHoldsForTheToken() throws Exception {
        github.rateLimitNext(1, request("PUT", "/repos/acme/api/actions/secrets/FIRST"),
                Instant.parse("2030-01-01T00:00:00Z"));

        SyncReport report = sync(repositories("acme/web", "acme/api", "acme/docs")
                .secret("FIRST", VALUE.toCharArray()));

        assertThat(outcomes(report, target(WEB))).containsOnly(Map.entry("FIRST", SecretOutcome.CREATED));
        assertThat(outcomes(report, target(API))).containsOnly(Map.entry("FIRST", SecretOutcome.FAILED));
        assertThat(report.targets().get(2).outcome()).isEqualTo(TargetOutcome.FAILED);
        assertThat(report.targets().get(2).targetError()).hasValueSatisfying(error -> assertThat(error)
                .isEqualTo("not attempted: the sync stopped at secret FIRST of repository acme/api, where GitHub's"
                        + " rate limit was reached"));
        assertThat(github.target(target(DOCS)).secretNames()).isEmpty();
    }

    @Test
    void shouldWriteNothingWhenOneRepositoryDoesNotExist() throws Exception {
        SyncReport report = sync(repositories("acme/web", "acme/nope").secret("FIRST", VALUE.toCharArray()));

        assertThat(report.problems()).singleElement().asString().startsWith(
                "GET repository acme/nope: HTTP 404").contains("The repository acme/nope does not exist");
        assertThat(report.targets()).extracting(TargetReport::outcome).containsOnly(TargetOutcome.FAILED);
        assertThat(report.targets().get(0).secrets()).singleElement().satisfies(result -> assertThat(
                result.failureReason()).contains("not attempted: GitHub showed a problem with the request, so nothing"
                        + " was written"));
        assertThat(github.mutatingRequestCount()).isZero();
    }

    @Test
    void shouldResolveRepositoryIdsAndRefuseTwoThatAreOne() throws Exception {
        SyncReport resolved = sync(repositories("2", "acme/docs").secret("FIRST", VALUE.toCharArray()));
        SyncReport twice = sync(repositories("1", "acme/web").secret("FIRST", VALUE.toCharArray()));

        assertThat(resolved.targets()).extracting(TargetReport::target).containsExactly(target(API), target(DOCS));
        assertThat(github.target(target(API)).valueOf("FIRST")).contains(VALUE);
        assertThat(twice.problems()).containsExactly(
                "Repositories '1' and 'acme/web' are both acme/web: name each repository once");
        assertThat(twice.targets()).extracting(TargetReport::target).containsExactly(target(WEB));
    }

    @Test
    void shouldSyncEachEnvironmentOfEachRepositoryKeyedByRepositoryThenEnvironment() throws Exception {
        github.addEnvironment("acme", "api", "production").addEnvironment("acme", "web", "staging")
                .addEnvironment("acme", "api", "staging");

        SyncReport report = sync(SyncRequest.builder().repositories(List.of("acme/web", "acme/api"))
                .environments(List.of("production", "staging")).secret("FIRST", VALUE.toCharArray()));

        assertThat(report.targets()).extracting(target -> target.repository().orElseThrow() + " "
                + target.environment().map(EnvironmentName::value).orElseThrow()).containsExactly(
                        "acme/web production", "acme/web staging", "acme/api production", "acme/api staging");
        assertThat(report.count(SecretOutcome.CREATED)).isEqualTo(4);
        assertThat(github.valueOf("acme", "api", "staging", "FIRST")).contains(VALUE);
    }

    @Test
    void shouldRefuseEveryRepositoryWhenOneDriftedAndFailOnDriftIsSet() throws Exception {
        sync(repositories("acme/web", "acme/api").job("team/api", 1).secret("FIRST", VALUE.toCharArray()));
        gitHubClock.advance(Duration.ofMinutes(1));
        github.target(target(API)).putSecret("FIRST", bytes("changed by hand"));

        SyncReport report = sync(repositories("acme/web", "acme/api").job("team/api", 2)
                .secret("FIRST", OTHER.toCharArray()).options(new SyncOptions(false, false, PruneMode.NONE, false,
                        true)));

        assertThat(report.driftLines()).containsExactly(
                "repository acme/api secret FIRST: changed on GitHub since #1");
        assertThat(report.failureLines()).containsExactly(
                "repository acme/web secret FIRST: not written: failOnDrift is set, and 1 secret or variable of this"
                        + " sync was changed on GitHub since this Jenkins wrote it",
                "repository acme/api secret FIRST: changed on GitHub since #1; nothing was written (failOnDrift)");
        assertThat(github.target(target(WEB)).valueOf("FIRST")).contains(VALUE);
    }

    @Test
    void shouldSayOnceThatNothingElseWasWrittenWhenFailOnDriftFindsDrift() throws Exception {
        sync(repositories("acme/web", "acme/api", "acme/docs").job("team/api", 1).secret("FIRST", VALUE.toCharArray())
                .secret("SECOND", VALUE.toCharArray()));
        gitHubClock.advance(Duration.ofMinutes(1));
        github.target(target(API)).putSecret("FIRST", bytes("changed by hand"));

        SyncReport report = sync(repositories("acme/web", "acme/api", "acme/docs").job("team/api", 2)
                .secret("FIRST", OTHER.toCharArray()).secret("SECOND", OTHER.toCharArray())
                .options(new SyncOptions(false, false, PruneMode.NONE, false, true)));

        assertThat(report.failureLines()).containsExactly(
                "repository acme/web secrets FIRST, SECOND; repository acme/api secret SECOND; repository acme/docs"
                        + " secrets FIRST, SECOND: not written: failOnDrift is set, and 1 secret or variable of this"
                        + " sync was changed on GitHub since this Jenkins wrote it",
                "repository acme/api secret FIRST: changed on GitHub since #1; nothing was written (failOnDrift)");
        assertThat(report.count(SecretOutcome.FAILED)).isEqualTo(6);
        assertThat(github.target(target(DOCS)).valueOf("SECOND")).contains(VALUE);
    }

    @Test
    void shouldWriteTheSecretsWhenTheTokenMayNotReadTheVariables() throws Exception {
        String fineGrained = "github_pat_secretsOnly0123456789abcdef";
        github.addFineGrainedToken(fineGrained, Grant.write(FineGrainedPermission.SECRETS));

        SyncReport report;
        try (SyncRequest request = repositories("acme/web").secret("FIRST", VALUE.toCharArray())
                .variable("REGION", OTHER.toCharArray()).variable("ZONE", "eu-1".toCharArray()).build()) {
            report = run(request, store, fineGrained, sleeper);
        }

        assertThat(report.targets()).singleElement().satisfies(target -> {
            assertThat(target.outcome()).isEqualTo(TargetOutcome.EXISTING);
            assertThat(target.secrets()).extracting(SecretResult::outcome).containsExactly(SecretOutcome.CREATED);
            assertThat(target.variables()).extracting(SecretResult::outcome)
                    .containsExactly(SecretOutcome.FAILED, SecretOutcome.FAILED);
        });
        // The first variable says why; the other points to it.
        assertThat(report.failureLines()).satisfiesExactly(
                line -> assertThat(line).startsWith("repository acme/web variable REGION: not written: GET repository"
                        + " acme/web: HTTP 403").contains("'Variables: write'"),
                line -> assertThat(line).isEqualTo("repository acme/web variable ZONE: not written: for the same"
                        + " reason as variable REGION"));
        assertThat(github.target(target(WEB)).valueOf("FIRST")).contains(VALUE);
    }

    private SyncRequest.Builder repositories(String... repositories) {
        return SyncRequest.builder().scope(TargetKind.REPOSITORY).repositories(List.of(repositories));
    }

    private static RepositoryTarget target(RepositoryCoordinates repository) {
        return new RepositoryTarget(repository, Application.ACTIONS);
    }

    private static Map<String, SecretOutcome> outcomes(SyncReport report, Target target) {
        return report.targets().stream().filter(t -> t.target().equals(target)).findFirst().orElseThrow().secrets()
                .stream().collect(Collectors.toMap(r -> r.name().value(), SecretResult::outcome, (a, b) -> a,
                        LinkedHashMap::new));
    }
}
