package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static io.jenkins.plugins.githubenvsecrets.engine.sync.Reports.outcomes;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.github.AccessToken;
import io.jenkins.plugins.githubenvsecrets.engine.github.FakeTime;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Leaks;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TestSealer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecretSyncTest {
    private static final String TOKEN = "ghp_syncTestToken0123456789abcdef";
    private static final String DEPLOY_KEY = "deploy-key-s3cr3t-Ünïcödé-🔐";
    private static final String DB_PASSWORD = "db-password-hunter2\nsecond line\n";

    private final FakeTime time = new FakeTime();
    private final List<String> events = new ArrayList<>();
    private GitHubFake github;

    @BeforeEach
    void startGitHub() {
        github = GitHubFake.start()
                .addToken(TOKEN, Permission.ADMIN)
                .addRepository("acme", "web", 4242)
                .addEnvironment("acme", "web", "production")
                .addEnvironment("acme", "web", "team/staging eu");
    }

    @AfterEach
    void checkProtocol() {
        github.assertNoProtocolViolations();
        github.close();
    }

    @Test
    void shouldCreateThenUpdateSecretsThatGitHubCanDecrypt() throws Exception {
        SyncReport first = sync(production().secret("deploy_key", DEPLOY_KEY.toCharArray())
                .secret("DB_PASSWORD", DB_PASSWORD.toCharArray()));

        assertThat(outcomes(first, "production")).containsExactly(
                Map.entry("DEPLOY_KEY", SecretOutcome.CREATED), Map.entry("DB_PASSWORD", SecretOutcome.CREATED));
        assertThat(github.valueOf("acme", "web", "production", "DEPLOY_KEY")).contains(DEPLOY_KEY);
        assertThat(github.valueOf("acme", "web", "production", "DB_PASSWORD")).contains(DB_PASSWORD);

        SyncReport second = sync(production().secret("DEPLOY_KEY", "rotated-value".toCharArray()));

        assertThat(outcomes(second, "production")).containsExactly(Map.entry("DEPLOY_KEY", SecretOutcome.UPDATED));
        assertThat(github.valueOf("acme", "web", "production", "DEPLOY_KEY")).contains("rotated-value");
        assertThat(second.hasFailures()).isFalse();
        assertNoSecretIn(first.toString() + second + events);
    }

    @Test
    void shouldSealForEachEnvironmentWithItsOwnKeyAndReadEachKeyOnce() throws Exception {
        SyncReport report = sync(SyncRequest.builder().repository("acme/web")
                .environment("production").environment("team/staging eu")
                .secret("DEPLOY_KEY", DEPLOY_KEY.toCharArray()).secret("OTHER", "other-value".toCharArray()));

        assertThat(report.targets()).extracting(TargetReport::outcome)
                .containsExactly(TargetOutcome.EXISTING, TargetOutcome.EXISTING);
        assertThat(github.valueOf("acme", "web", "production", "DEPLOY_KEY")).contains(DEPLOY_KEY);
        assertThat(github.valueOf("acme", "web", "team/staging eu", "DEPLOY_KEY")).contains(DEPLOY_KEY);
        assertThat(github.requests("GET")).filteredOn(r -> r.path().endsWith("/public-key")).hasSize(2);
        assertThat(github.requests("PUT")).extracting(r -> r.path()).contains(
                "/repos/acme/web/environments/team%2Fstaging%20eu/secrets/DEPLOY_KEY");
    }

    @Test
    void shouldResolveANumericRepositoryId() throws Exception {
        SyncReport report = sync(SyncRequest.builder().repository("4242").environment("production")
                .secret("DEPLOY_KEY", DEPLOY_KEY.toCharArray()));

        assertThat(report.targets()).singleElement().satisfies(target -> assertThat(target.repository())
                .contains(new RepositoryCoordinates("acme", "web")));
        assertThat(github.valueOf("acme", "web", "production", "DEPLOY_KEY")).contains(DEPLOY_KEY);
    }

    @Test
    void shouldFailAMissingEnvironmentAndSayHowToFixIt() throws Exception {
        SyncReport report = sync(SyncRequest.builder().repository("acme/web").environment("missing")
                .secret("DEPLOY_KEY", DEPLOY_KEY.toCharArray()));

        TargetReport environment = report.targets().get(0);
        assertThat(environment.outcome()).isEqualTo(TargetOutcome.FAILED);
        assertThat(environment.targetError()).hasValueSatisfying(error -> assertThat(error)
                .isEqualTo("Environment 'missing' does not exist in acme/web. Create it under the repository's"
                        + " Settings > Environments, or let the sync create it (createEnvironment: true in a Pipeline,"
                        + " or the option 'Create the environment if it does not exist' of a freestyle job's build"
                        + " step); the token then needs the repository permission 'Administration: write' (a classic"
                        + " token: the 'repo' scope)."));
        assertThat(report.failureLines()).hasSize(1);
        assertThat(github.hasEnvironment("acme", "web", "missing")).isFalse();
        assertThat(github.mutatingRequestCount()).isZero();
    }

    @Test
    void shouldCreateAMissingEnvironmentWhenAsked() throws Exception {
        SyncReport report = sync(SyncRequest.builder().repository("acme/web").environment("Preview/ü 1")
                .secret("DEPLOY_KEY", DEPLOY_KEY.toCharArray())
                .options(new SyncOptions(true, false, PruneMode.NONE)));

        assertThat(report.targets().get(0).outcome()).isEqualTo(TargetOutcome.CREATED);
        assertThat(github.valueOf("acme", "web", "Preview/ü 1", "DEPLOY_KEY")).contains(DEPLOY_KEY);
    }

    @Test
    void shouldSayWhenTheRepositoryItselfIsMissingAndStop() throws Exception {
        SyncReport report = sync(SyncRequest.builder().repository("acme/nope").environment("production")
                .environment("staging").secret("DEPLOY_KEY", DEPLOY_KEY.toCharArray())
                .options(new SyncOptions(true, false, PruneMode.NONE)));

        assertThat(report.targets()).extracting(TargetReport::outcome)
                .containsOnly(TargetOutcome.FAILED);
        assertThat(report.failureLines().get(0)).contains("acme/nope").contains("404");
        assertThat(report.failureLines().get(1)).contains("not attempted");
        assertThat(github.mutatingRequestCount()).isZero();
    }

    @Test
    void shouldWriteNothingInADryRun() throws Exception {
        github.putSecret("acme", "web", "production", "DEPLOY_KEY", bytes("old"))
                .putSecret("acme", "web", "production", "STALE", bytes("old"));

        SyncReport report = sync(SyncRequest.builder().repository("acme/web").environment("production")
                .environment("new-env").secret("DEPLOY_KEY", DEPLOY_KEY.toCharArray())
                .secret("FRESH", "fresh".toCharArray())
                .options(new SyncOptions(true, true, PruneMode.ALL)));

        assertThat(report.dryRun()).isTrue();
        assertThat(outcomes(report, "production")).containsExactly(
                Map.entry("DEPLOY_KEY", SecretOutcome.WOULD_UPDATE), Map.entry("FRESH", SecretOutcome.WOULD_CREATE),
                Map.entry("STALE", SecretOutcome.WOULD_DELETE));
        assertThat(report.targets().get(1).outcome()).isEqualTo(TargetOutcome.WOULD_CREATE);
        assertThat(github.mutatingRequestCount()).isZero();
        assertThat(github.valueOf("acme", "web", "production", "DEPLOY_KEY")).contains("old");
    }

    @Test
    void shouldPruneUndeclaredSecretsWhenAsked() throws Exception {
        github.putSecret("acme", "web", "production", "STALE", bytes("old"));

        SyncReport report = sync(production().secret("DEPLOY_KEY", DEPLOY_KEY.toCharArray())
                .options(new SyncOptions(false, false, PruneMode.ALL)));

        assertThat(outcomes(report, "production")).containsExactly(
                Map.entry("DEPLOY_KEY", SecretOutcome.CREATED), Map.entry("STALE", SecretOutcome.DELETED));
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("DEPLOY_KEY");
    }

    @Test
    void shouldKeepGoingWhenOneSecretFailsAndSayExactlyWhatWasWritten() throws Exception {
        github.failNext(1, request("PUT", ".*/secrets/BROKEN"), 422);

        SyncReport report = sync(production().secret("FIRST", "first-value".toCharArray())
                .secret("BROKEN", DEPLOY_KEY.toCharArray()).secret("LAST", "last-value".toCharArray()));

        assertThat(outcomes(report, "production")).containsExactly(Map.entry("FIRST", SecretOutcome.CREATED),
                Map.entry("BROKEN", SecretOutcome.FAILED), Map.entry("LAST", SecretOutcome.CREATED));
        assertThat(report.failureLines()).singleElement().asString()
                .contains("acme/web", "production", "BROKEN", "422");
        assertThat(github.valueOf("acme", "web", "production", "LAST")).contains("last-value");
        assertNoSecretIn(report.failureLines().toString());
    }

    @Test
    void shouldFetchTheKeyAgainAndRetryOnceWhenGitHubRotatedIt() throws Exception {
        github.rotateKeyBeforeNextPut("acme", "web", "production");

        SyncReport report = sync(production().secret("DEPLOY_KEY", DEPLOY_KEY.toCharArray()));

        assertThat(outcomes(report, "production")).containsExactly(Map.entry("DEPLOY_KEY", SecretOutcome.CREATED));
        assertThat(github.valueOf("acme", "web", "production", "DEPLOY_KEY")).contains(DEPLOY_KEY);
        assertThat(github.requests("GET")).filteredOn(r -> r.path().endsWith("/public-key")).hasSize(2);
    }

    @Test
    void shouldShowGitHubsReasonWhenTheKeyWasFetchedAgainAndIsUnchanged() throws Exception {
        github.refuseNext(1, request("PUT", ".*/secrets/BROKEN"), 422,
                "Invalid request.\n\nThe value \u0007is not\u001b[31m allowed here.");

        SyncReport report = sync(production().secret("BROKEN", DEPLOY_KEY.toCharArray()));

        assertThat(outcomes(report, "production")).containsExactly(Map.entry("BROKEN", SecretOutcome.FAILED));
        assertThat(report.failureLines()).singleElement().asString()
                .contains("HTTP 422", "GitHub said: \"Invalid request. The value is not [31m allowed here.\"",
                        "fetched again and has not changed, so the key is not the cause")
                .doesNotContain("anew", "\u0007", "\u001b", "\n");
        assertThat(github.requests("GET")).filteredOn(r -> r.path().endsWith("/public-key")).hasSize(2);
        assertThat(github.requests("PUT")).hasSize(1);
        assertNoSecretIn(report.failureLines().toString());
    }

    @Test
    void shouldSayTheNewKeyWasTriedWhenGitHubRefusesTheRetryToo() throws Exception {
        github.rotateKeyBeforeNextPut("acme", "web", "production");
        AtomicInteger puts = new AtomicInteger();
        github.refuseNext(1, request("PUT", ".*").and(r -> puts.incrementAndGet() == 2), 422,
                "This environment is locked.");

        SyncReport report = sync(production().secret("DEPLOY_KEY", DEPLOY_KEY.toCharArray()));

        assertThat(report.failureLines()).singleElement().asString()
                .contains("GitHub said: \"This environment is locked.\"",
                        "sealed again with the environment's new key, and GitHub refused it again")
                .doesNotContain("anew", "improperly encrypted");
        assertThat(github.requests("PUT")).hasSize(2);
        assertNoSecretIn(report.failureLines().toString());
    }

    @Test
    void shouldAdviseRunningAgainOnlyWhenTheKeyCouldNotBeFetchedAgain() throws Exception {
        github.refuseNext(1, request("PUT", ".*"), 422,
                "Bad request - validation failed due to an improperly encrypted secret");
        AtomicInteger keyReads = new AtomicInteger();
        github.failNext(1, request("GET", ".*/public-key").and(r -> keyReads.incrementAndGet() == 2), 404);

        SyncReport report = sync(production().secret("DEPLOY_KEY", DEPLOY_KEY.toCharArray()));

        assertThat(report.failureLines()).singleElement().asString()
                .contains("improperly encrypted secret", "key may have changed", "HTTP 404",
                        "run again to fetch the key anew");
        assertThat(github.requests("PUT")).hasSize(1);
    }

    @Test
    void shouldStopEverythingOnABadTokenAndMarkTheRestNotAttempted() throws Exception {
        try (GitHubClient client = client("ghp_wrongToken000000000000000000")) {
            SyncReport report = new SecretSync(client, TestSealer.get(), SyncListener.NONE).run(SyncRequest.builder()
                    .repository("acme/web").environment("production").environment("team/staging eu")
                    .secret("DEPLOY_KEY", DEPLOY_KEY.toCharArray()).build());

            assertThat(report.failureLines()).hasSize(2);
            assertThat(report.failureLines().get(0)).contains("401");
            assertThat(report.failureLines().get(1)).contains("not attempted");
            // Every target is read before anything is written: one key read each, and no write.
            assertThat(github.requestCount()).isEqualTo(2);
            assertThat(github.mutatingRequestCount()).isZero();
        }
    }

    @Test
    void shouldSayTheReasonOfARefusedTokenOnceAndNameEverySecret() throws Exception {
        SyncRequest.Builder twenty = SyncRequest.builder().repository("acme/web").environment("production")
                .environment("team/staging eu");
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            names.add(String.format("S%02d", i));
            twenty.secret(names.get(i - 1), ("value-" + i).toCharArray());
        }
        List<String> told = new ArrayList<>();
        SyncListener reasons = new SyncListener() {
            @Override
            public void itemDone(Target target, ValueKind kind, SecretResult result) {
                told.add(target.describe() + ": " + result.name() + " " + result.failureReason().orElse(""));
            }

            @Override
            public void targetDone(TargetReport report) {
                told.add(report.target().describe() + ": " + report.targetError().orElse(""));
            }
        };

        SyncReport report;
        try (SyncRequest request = twenty.build(); GitHubClient client = client("ghp_wrongToken000000000000000000")) {
            report = new SecretSync(client, TestSealer.get(), reasons).run(request);
        }

        // GitHub's long answer is told once, for the environment that met it; each secret points to it in a few words.
        String refused = "invalid, expired or revoked";
        assertThat(told).filteredOn(line -> line.contains(refused)).singleElement().asString()
                .startsWith("environment 'production' of acme/web: GET repository acme/web, environment 'production'"
                        + ": HTTP 401");
        assertThat(told).filteredOn(line -> line.contains("S07")).containsExactly(
                "environment 'production' of acme/web: S07 not written: the environment failed as a whole (see its"
                        + " reason)",
                "environment 'team/staging eu' of acme/web: S07 not attempted: the sync stopped at environment"
                        + " 'production' of acme/web, where GitHub did not accept the token");
        assertThat(told).hasSize(2 * 20 + 2);
        // The step's message: one line per reason, naming every secret it concerns.
        String all = String.join(", ", names);
        assertThat(report.failureLines()).satisfiesExactly(
                line -> assertThat(line).startsWith("acme/web environment 'production' secrets " + all
                        + ": GET repository acme/web, environment 'production': HTTP 401").containsOnlyOnce(refused),
                line -> assertThat(line).isEqualTo("acme/web environment 'team/staging eu' secrets " + all
                        + ": not attempted: the sync stopped at environment 'production' of acme/web, where GitHub did"
                        + " not accept the token"));
        assertThat(report.count(SecretOutcome.FAILED)).isEqualTo(40);
        assertThat(github.mutatingRequestCount()).isZero();
    }

    @Test
    void shouldStopWritingOnMissingPermissionAndNotTryTheOthers() throws Exception {
        github.addToken("ghp_readOnly0000000000000000000000", Permission.READ);
        try (GitHubClient client = client("ghp_readOnly0000000000000000000000")) {
            SyncReport report = new SecretSync(client, TestSealer.get(), SyncListener.NONE).run(SyncRequest.builder()
                    .repository("acme/web").environment("production")
                    .secret("A1", DEPLOY_KEY.toCharArray()).secret("A2", DEPLOY_KEY.toCharArray()).build());

            assertThat(outcomes(report, "production")).containsOnly(
                    Map.entry("A1", SecretOutcome.FAILED), Map.entry("A2", SecretOutcome.FAILED));
            assertThat(report.failureLines().get(0)).contains("403").contains("Environments");
            assertThat(report.failureLines().get(1)).contains("not attempted");
            assertThat(github.requests("PUT")).hasSize(1);
        }
    }

    @Test
    void shouldWaitOutARateLimitAndThenWrite() throws Exception {
        github.retryAfterNext(1, request("PUT", ".*"), 429, Duration.ofSeconds(7));

        SyncReport report = sync(production().secret("DEPLOY_KEY", DEPLOY_KEY.toCharArray()));

        assertThat(outcomes(report, "production")).containsExactly(Map.entry("DEPLOY_KEY", SecretOutcome.CREATED));
        assertThat(time.sleeps()).contains(Duration.ofSeconds(7));
    }

    @Test
    void shouldTellTheListenerOfEveryEnvironmentAndSecretWithoutValues() throws Exception {
        sync(production().secret("DEPLOY_KEY", DEPLOY_KEY.toCharArray()));

        assertThat(events).containsExactly("start production", "production DEPLOY_KEY created", "done production");
    }

    private SyncRequest.Builder production() {
        return SyncRequest.builder().repository("acme/web").environment("production");
    }

    private SyncReport sync(SyncRequest.Builder builder) throws InterruptedException {
        try (SyncRequest request = builder.build(); GitHubClient client = client(TOKEN)) {
            return new SecretSync(client, TestSealer.get(), new RecordingListener()).run(request);
        }
    }

    private GitHubClient client(String token) {
        return GitHubClient.builder(GitHubApiUrl.parse(github.apiUrl()), AccessToken.of(token.toCharArray()))
                .clock(time).sleeper(time).mutationGap(Duration.ZERO).build();
    }


    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertNoSecretIn(String text) {
        Leaks.assertNoSecretIn(text, DEPLOY_KEY, "hunter2", TOKEN);
    }

    private final class RecordingListener implements SyncListener {
        @Override
        public void targetStarted(Target target) {
            EnvironmentName environment = Reports.environmentOf(target);
            events.add("start " + environment);
        }

        @Override
        public void itemDone(Target target, ValueKind kind, SecretResult result) {
            EnvironmentName environment = Reports.environmentOf(target);
            events.add(environment + " " + result.name() + " " + result.outcome().label());
        }

        @Override
        public void targetDone(TargetReport report) {
            events.add("done " + report.environment().orElseThrow());
        }
    }
}
