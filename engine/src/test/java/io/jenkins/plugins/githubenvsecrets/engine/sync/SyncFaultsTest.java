package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static io.jenkins.plugins.githubenvsecrets.engine.sync.Reports.environment;
import static io.jenkins.plugins.githubenvsecrets.engine.sync.Reports.outcomes;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.github.AccessToken;
import io.jenkins.plugins.githubenvsecrets.engine.github.FakeTime;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.state.DelegatingFingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.FingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.InMemoryFingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretFingerprinter;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import io.jenkins.plugins.githubenvsecrets.engine.state.FingerprintStore.LockedAction;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Leaks;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TestSealer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever goes wrong after validation ends in the report: every secret of the request and every action of the plan
 * has an outcome, what was written before the fault says so, a fault of one action fails that action alone, and
 * nothing is thrown past {@link SecretSync#run}.
 */
class SyncFaultsTest {
    private static final String TOKEN = "ghp_faultsTestToken0123456789abcd";
    private static final String VALUE_A = "fault-value-A-s3cr3t";
    private static final String VALUE_B = "fault-value-B-s3cr3t";
    private static final String VALUE_C = "fault-value-C-s3cr3t";

    private final FakeTime time = new FakeTime();
    private final List<String> events = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private GitHubFake github;

    @BeforeEach
    void startGitHub() {
        github = GitHubFake.start().addToken(TOKEN, Permission.ADMIN).addRepository("acme", "web", 4242)
                .addEnvironment("acme", "web", "production").addEnvironment("acme", "web", "staging");
    }

    @AfterEach
    void stopGitHub() {
        github.close();
    }

    @Test
    void shouldEndTheEnvironmentOnAnUnexpectedFaultWhileListing() throws Exception {
        Predicate<Request> listing = http -> http.method().equals("GET")
                && http.url().encodedPath().endsWith("/production/secrets");

        SyncReport report = sync(listing, FingerprintStore.NONE, PruneMode.ALL, false);

        assertEnded(report, "production", "while listing the secrets");
        assertThat(outcomes(report, "staging")).containsOnly(
                Map.entry("A", SecretOutcome.CREATED), Map.entry("B", SecretOutcome.CREATED),
                Map.entry("C", SecretOutcome.CREATED));
        assertThat(github.secretNames("acme", "web", "production")).isEmpty();
    }

    @Test
    void shouldEndTheEnvironmentOnAnUnexpectedFaultWhileReadingTheKey() throws Exception {
        Predicate<Request> key = http -> http.url().encodedPath().endsWith("/production/secrets/public-key");

        SyncReport report = sync(key, FingerprintStore.NONE, PruneMode.NONE, false);

        assertEnded(report, "production", "injected fault");
        assertThat(outcomes(report, "staging")).containsValue(SecretOutcome.CREATED).hasSize(3);
    }

    /** A fault while creating a missing environment fails that environment alone; the next is still written. */
    @Test
    void shouldFailOnlyTheEnvironmentWhoseCreationMeetsAnUnexpectedFault() throws Exception {
        Predicate<Request> creation = http -> http.method().equals("PUT")
                && http.url().encodedPath().equals("/repos/acme/web/environments/preview");
        SyncReport report;
        try (SyncRequest request = SyncRequest.builder().repository("acme/web").environment("preview")
                .environment("staging").secret("A", VALUE_A.toCharArray()).secret("B", VALUE_B.toCharArray())
                .secret("C", VALUE_C.toCharArray()).options(new SyncOptions(true, false, PruneMode.NONE)).build()) {
            report = run(request, creation, FingerprintStore.NONE);
        }

        assertEnded(report, "preview", "unexpected error while creating the environment");
        assertThat(environment(report, "preview").targetError()).hasValueSatisfying(error ->
                assertThat(error).contains("IllegalStateException: injected fault"));
        assertThat(outcomes(report, "staging")).containsOnly(
                Map.entry("A", SecretOutcome.CREATED), Map.entry("B", SecretOutcome.CREATED),
                Map.entry("C", SecretOutcome.CREATED));
        assertThat(github.requests("PUT")).extracting(FakeRequest::path).noneMatch(path -> path.contains("/preview"));
    }

    @Test
    void shouldFailOnlyTheActionThatMeetsAnUnexpectedFaultAndGoOn() throws Exception {
        Predicate<Request> secondWrite = http -> http.method().equals("PUT")
                && http.url().encodedPath().endsWith("/production/secrets/B");

        SyncReport report = sync(secondWrite, FingerprintStore.NONE, PruneMode.NONE, false);

        assertThat(outcomes(report, "production")).containsExactly(Map.entry("A", SecretOutcome.CREATED),
                Map.entry("B", SecretOutcome.FAILED), Map.entry("C", SecretOutcome.CREATED));
        assertThat(report.targets().get(0).outcome()).isEqualTo(TargetOutcome.EXISTING);
        assertThat(report.failureLines()).singleElement().asString()
                .contains("secret B: unexpected error while writing the secret")
                .contains("IllegalStateException: injected fault");
        assertThat(github.valueOf("acme", "web", "production", "A")).contains(VALUE_A);
        assertThat(github.valueOf("acme", "web", "production", "C")).contains(VALUE_C);
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("A", "C");
        assertThat(outcomes(report, "staging")).containsValue(SecretOutcome.CREATED).hasSize(3);
        assertThat(events).contains("production A created", "production B failed", "production C created");
    }

    @Test
    void shouldReportEverySecretWhenSealingFailsUnexpectedly() throws Exception {
        SyncRequest request = requestOf(PruneMode.NONE).build();
        request.close(); // a caller's bug: the values are cleared before the sync, so sealing cannot read them

        SyncReport report = run(request, http -> false, FingerprintStore.NONE);

        // Each write failed on its own, with the same words: the failure lines say them once for all six.
        assertThat(report.targets()).flatExtracting(TargetReport::secrets).hasSize(6).allSatisfy(secret ->
                assertThat(secret.failureReason()).hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("unexpected error while writing the secret").contains("IllegalStateException")));
        assertThat(report.failureLines()).singleElement().asString().startsWith("acme/web environment 'production'"
                + " secrets A, B, C; acme/web environment 'staging' secrets A, B, C: unexpected error");
        assertThat(github.mutatingRequestCount()).isZero();
    }

    @Test
    void shouldWarnButReportTheWritesWhenTheRecordCannotBeSaved() throws Exception {
        FingerprintStore failingUpdates = new StoreFailingOn("update");

        SyncReport report = sync(http -> false, failingUpdates, PruneMode.NONE, false);

        assertThat(report.hasFailures()).isFalse();
        assertThat(report.count(SecretOutcome.CREATED)).isEqualTo(6);
        // Each write is recorded as GitHub answers it, and the rest when an environment ends: each attempt warns.
        assertThat(warnings).hasSize(8).allSatisfy(warning -> assertThat(warning).contains("injected store fault"));
        assertThat(warnings).filteredOn(warning -> warning.startsWith("Could not record the write of secret"))
                .hasSize(6);
    }

    @Test
    void shouldEndTheEnvironmentWhenTheRecordCannotBeRead() throws Exception {
        SyncReport report = sync(http -> false, new StoreFailingOn("load"), PruneMode.NONE, false);

        assertEnded(report, "production", "while reading the record of earlier syncs");
        assertEnded(report, "staging", "while reading the record of earlier syncs");
        assertThat(github.mutatingRequestCount()).isZero();
    }

    @Test
    void shouldEndTheEnvironmentWhenFingerprintingFails() throws Exception {
        SecretFingerprinter broken = new SecretFingerprinter(message -> {
            throw new IllegalStateException("injected MAC fault");
        });
        SyncMemory memory = new SyncMemory(new InMemoryFingerprintStore(), broken);
        try (SyncRequest request = requestOf(PruneMode.NONE).build(); GitHubClient client = client(http -> false)) {
            SyncReport report = new SecretSync(client, TestSealer.get(), new RecordingListener(), memory).run(request);

            assertEnded(report, "production", "while fingerprinting the values");
            assertThat(github.mutatingRequestCount()).isZero();
        }
    }

    @ParameterizedTest(name = "key {0}")
    @CsvSource(delimiter = '|', value = {
        "not base64!                                  | is not valid base64",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA== | has 31 bytes, not 32",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | has 33 bytes, not 32",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= | was refused by libsodium as a weak key"})
    void shouldFailOnlyTheEnvironmentWhoseKeyCannotBeUsed(String key, String problem) throws Exception {
        github.failNext(1, request("GET", ".*/production/secrets/public-key"), 200, Map.of(),
                "{\"key_id\": \"568250167242549743\", \"key\": \"" + key + "\"}");

        SyncReport report = sync(http -> false, FingerprintStore.NONE, PruneMode.NONE, false);

        // 31 and 33 bytes are refused when read; 32 zero bytes, a low-order point, when sealing.
        String reason = "GitHub handed out a public key for environment 'production' of acme/web (key id"
                + " '568250167242549743') that cannot be used: it " + problem + ". Nothing was sealed with it; try"
                + " again later, and tell GitHub support if it persists.";
        assertEnded(report, "production", reason);
        assertThat(report.failureLines().get(0)).endsWith(": " + reason);
        assertThat(outcomes(report, "staging")).containsValue(SecretOutcome.CREATED).hasSize(3);
        assertThat(github.requests("PUT")).noneMatch(put -> put.path().contains("/production/"));
    }

    /** A key id is GitHub's text too: one that echoes the token or a value is scrubbed before a reason quotes it. */
    @Test
    void shouldScrubTheKeyIdOfAnUnusableKeyThatEchoesTheTokenOrAValue() throws Exception {
        github.failNext(1, request("GET", ".*/production/secrets/public-key"), 200, Map.of(),
                "{\"key_id\": \"" + TOKEN + " " + VALUE_A + "\", \"key\": \"not base64!\"}");

        SyncReport report = sync(http -> false, FingerprintStore.NONE, PruneMode.NONE, false);

        assertEnded(report, "production", "GitHub handed out a public key for environment 'production' of acme/web"
                + " (key id '**** ****') that cannot be used: it is not valid base64.");
        assertThat(outcomes(report, "staging")).containsValue(SecretOutcome.CREATED).hasSize(3);
        assertThat(github.requests("PUT")).noneMatch(put -> put.path().contains("/production/"));
    }

    @Test
    void shouldCarryListedNamesThatBreakOurRulesAndPruneThem() throws Exception {
        github.failNext(1, request("GET", ".*/production/secrets"), 200, Map.of(), """
                {"total_count": 2, "secrets": [
                  {"name": "bad-name", "created_at": "2026-11-01T00:00:00Z", "updated_at": "2026-11-01T00:00:00Z"},
                  {"name": "A", "created_at": "2026-11-01T00:00:00Z", "updated_at": "2026-11-01T00:00:00Z"}]}
                """);

        SyncReport report = sync(http -> false, FingerprintStore.NONE, PruneMode.ALL, false);

        // The listing named A, so A was planned as an update; GitHub's 201 says it was created, and that is reported.
        assertThat(outcomes(report, "production")).containsEntry("A", SecretOutcome.CREATED)
                .containsEntry("BAD-NAME", SecretOutcome.ALREADY_GONE);
        assertThat(github.requests("DELETE")).extracting(delete -> delete.path())
                .containsExactly("/repos/acme/web/environments/production/secrets/BAD-NAME");
    }

    @Test
    void shouldPruneAroundListedNamesThatNoRequestCanAddress() throws Exception {
        github.putSecret("acme", "web", "production", "OLD", bytes("old value"))
                .listAlso("acme", "web", "production", "..").listAlso("acme", "web", "production", ".");

        SyncReport report = sync(http -> false, FingerprintStore.NONE, PruneMode.ALL, false);

        assertThat(outcomes(report, "production")).containsExactly(Map.entry("A", SecretOutcome.CREATED),
                Map.entry("B", SecretOutcome.CREATED), Map.entry("C", SecretOutcome.CREATED),
                Map.entry(".", SecretOutcome.FAILED), Map.entry("..", SecretOutcome.FAILED),
                Map.entry("OLD", SecretOutcome.DELETED));
        assertThat(report.failureLines()).hasSize(2).allSatisfy(line -> assertThat(line)
                .contains("DELETE repository acme/web, environment 'production', secret '")
                .contains("not sent:", "cannot be used as a name in a GitHub API path"));
        assertThat(report.hasFailures()).isTrue();
        assertThat(github.requests("DELETE")).extracting(delete -> delete.path())
                .containsExactly("/repos/acme/web/environments/production/secrets/OLD");
        assertThat(events).contains("production .. failed", "production . failed", "production OLD deleted");
        assertThat(outcomes(report, "staging")).containsValue(SecretOutcome.CREATED).hasSize(3);
    }

    @Test
    void shouldReportEveryPlannedActionWhenTheSyncStopsMidPlan() throws Exception {
        github.putSecret("acme", "web", "production", "OLD1", bytes("1"))
                .putSecret("acme", "web", "production", "OLD2", bytes("2"))
                .putSecret("acme", "web", "production", "OLD3", bytes("3"));
        github.refuseNext(1, request("DELETE", ".*/production/secrets/OLD2"), 401, "Bad credentials");

        SyncReport report = sync(http -> false, FingerprintStore.NONE, PruneMode.ALL, false);

        assertThat(outcomes(report, "production")).containsExactly(Map.entry("A", SecretOutcome.CREATED),
                Map.entry("B", SecretOutcome.CREATED), Map.entry("C", SecretOutcome.CREATED),
                Map.entry("OLD1", SecretOutcome.DELETED), Map.entry("OLD2", SecretOutcome.FAILED),
                Map.entry("OLD3", SecretOutcome.FAILED));
        // OLD2 says why; what was not attempted after it points there, here and in the next environment.
        assertThat(environment(report, "production").secrets().get(4).failureReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("HTTP 401", "GitHub did not accept the token"));
        String stopped = "not attempted: the sync stopped at secret OLD2 of environment 'production' of acme/web,"
                + " where GitHub did not accept the token";
        assertThat(environment(report, "production").secrets().get(5).failureReason()).contains(stopped);
        assertEnded(report, "staging", stopped);
        assertThat(report.failureLines()).satisfiesExactly(
                line -> assertThat(line).startsWith("acme/web environment 'production' secret OLD2: DELETE"),
                line -> assertThat(line).isEqualTo("acme/web environment 'production' secret OLD3; acme/web"
                        + " environment 'staging' secrets A, B, C: " + stopped));
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("A", "B", "C", "OLD2", "OLD3");
        assertThat(events).contains("production OLD2 failed", "production OLD3 failed", "staging A failed");
    }

    @Test
    void shouldReportEveryPlannedActionWhenAnEnvironmentEndsMidPlan() throws Exception {
        github.putSecret("acme", "web", "production", "OLD", bytes("old value"));
        github.refuseNext(1, request("PUT", ".*/production/secrets/B"), 422, "Validation Failed");
        // The key fetched again after the refusal cannot be used: nothing more is sealed for this environment.
        github.failNext(1, secondRequest(request("GET", ".*/production/secrets/public-key")), 200, Map.of(),
                "{\"key_id\": \"1\", \"key\": \"not base64!\"}");

        SyncReport report = sync(http -> false, FingerprintStore.NONE, PruneMode.ALL, false);

        assertThat(outcomes(report, "production")).containsExactly(Map.entry("A", SecretOutcome.CREATED),
                Map.entry("B", SecretOutcome.FAILED), Map.entry("C", SecretOutcome.FAILED),
                Map.entry("OLD", SecretOutcome.FAILED));
        // B met the key and says why; the others point to it.
        assertThat(environment(report, "production").secrets().subList(1, 4)).extracting(SecretResult::failureReason)
                .satisfiesExactly(
                        reason -> assertThat(reason).hasValueSatisfying(text -> assertThat(text)
                                .startsWith("not written: ").contains("cannot be used")),
                        reason -> assertThat(reason).contains("not written: for the same reason as secret B"),
                        reason -> assertThat(reason).contains("not deleted: for the same reason as secret B"));
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("A", "OLD");
        assertThat(outcomes(report, "staging")).containsValue(SecretOutcome.CREATED).hasSize(3);
    }

    @Test
    void shouldFailOnlyTheDeletionWhoseRecordStoreFailsAndGoOn() throws Exception {
        InMemoryFingerprintStore records = new InMemoryFingerprintStore();
        sync(http -> false, records, PruneMode.NONE, false);
        int[] locks = {0};
        FingerprintStore failingOnce = new DelegatingFingerprintStore(records) {
            @Override
            public <T> T underLock(RecordScope scope, LockedAction<T> action) throws InterruptedException {
                if (locks[0]++ == 0) {
                    throw new IllegalStateException("injected store fault near " + VALUE_C);
                }
                return super.underLock(scope, action);
            }
        };

        SyncReport report;
        try (SyncRequest request = SyncRequest.builder().repository("acme/web").environment("production")
                .secret("C", VALUE_C.toCharArray()).options(new SyncOptions(false, false, PruneMode.OWNED))
                .build()) {
            report = run(request, http -> false, failingOnce);
        }

        assertThat(outcomes(report, "production")).containsExactly(Map.entry("C", SecretOutcome.UNCHANGED),
                Map.entry("A", SecretOutcome.FAILED), Map.entry("B", SecretOutcome.DELETED));
        assertThat(report.failureLines()).singleElement().asString()
                .contains("secret A: unexpected error while deleting the secret")
                .contains("IllegalStateException: injected store fault near ****");
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("A", "C");
    }

    @Test
    void shouldWriteNothingAndSayWhyWhenARepositoryIdCannotBeResolved() throws Exception {
        try (SyncRequest request = SyncRequest.builder().repository("999").environment("production")
                .secret("A", VALUE_A.toCharArray()).build(); GitHubClient client = client(http -> false)) {
            SyncReport report = new SecretSync(client, TestSealer.get(), new RecordingListener()).run(request);

            assertThat(report.targets()).isEmpty();
            assertThat(report.hasFailures()).isTrue();
            assertThat(report.problems()).singleElement().asString().contains("id 999", "HTTP 404");
            assertThat(report.failureLines()).isEqualTo(report.problems());
            assertThat(events).isEmpty();
            assertThat(github.mutatingRequestCount()).isZero();
        }
    }

    private SyncReport sync(Predicate<Request> fault, FingerprintStore store, PruneMode prune, boolean dryRun)
            throws InterruptedException {
        try (SyncRequest request = requestOf(prune).options(new SyncOptions(false, dryRun, prune)).build()) {
            return run(request, fault, store);
        }
    }

    private SyncReport run(SyncRequest request, Predicate<Request> fault, FingerprintStore store)
            throws InterruptedException {
        SyncMemory memory = store == FingerprintStore.NONE ? SyncMemory.NONE
                : new SyncMemory(store, SecretFingerprinter.hmacSha256(bytes("installation-key")));
        try (GitHubClient client = client(fault)) {
            SyncReport report = new SecretSync(client, TestSealer.get(), new RecordingListener(), memory).run(request);
            String everything = report + String.join("\n", report.failureLines()) + events + warnings;
            Leaks.assertNoSecretIn(everything, TOKEN, VALUE_A, VALUE_B, VALUE_C);
            return report;
        }
    }

    private static SyncRequest.Builder requestOf(PruneMode prune) {
        return SyncRequest.builder().repository("acme/web").environment("production").environment("staging")
                .secret("A", VALUE_A.toCharArray()).secret("B", VALUE_B.toCharArray())
                .secret("C", VALUE_C.toCharArray()).options(new SyncOptions(false, false, prune));
    }

    /** A client whose requests matching {@code fault} throw, as a bug below the client would. */
    private GitHubClient client(Predicate<Request> fault) {
        OkHttpClient faulty = new OkHttpClient.Builder().addInterceptor(chain -> {
            if (fault.test(chain.request())) {
                throw new IllegalStateException("injected fault");
            }
            return chain.proceed(chain.request());
        }).build();
        return GitHubClient.builder(GitHubApiUrl.parse(github.apiUrl()), AccessToken.of(TOKEN.toCharArray()))
                .httpClient(faulty).clock(time).sleeper(time).mutationGap(Duration.ZERO).build();
    }

    /**
     * Every secret of the environment failed for one reason containing {@code why}, said once: by the environment when
     * nothing of it could be done (its secrets point to it, or are not attempted for the same short reason), else by
     * the first secret, to which the others point. The report is whole, and its failure lines say the reason once.
     */
    private static void assertEnded(SyncReport report, String environment, String why) {
        TargetReport ended = environment(report, environment);
        assertThat(ended.secrets()).extracting(secret -> secret.name().value()).contains("A", "B", "C");
        assertThat(ended.secrets()).allSatisfy(secret -> assertThat(secret.outcome()).isEqualTo(SecretOutcome.FAILED));
        List<String> reasons = ended.secrets().stream().map(secret -> secret.failureReason().orElseThrow()).toList();
        if (ended.outcome() == TargetOutcome.FAILED) {
            String error = ended.targetError().orElseThrow();
            assertThat(error).contains(why);
            assertThat(reasons).allSatisfy(reason -> assertThat(reason).isIn(error,
                    "not written: the environment failed as a whole (see its reason)",
                    "not deleted: the environment failed as a whole (see its reason)"));
        } else {
            assertThat(reasons.get(0)).contains(why);
            assertThat(reasons.subList(1, reasons.size())).allSatisfy(reason -> assertThat(reason)
                    .endsWith(": for the same reason as secret " + ended.secrets().get(0).name().value()));
        }
        assertThat(report.failureLines()).filteredOn(line -> line.contains(why)).singleElement().asString()
                .contains(ended.where());
    }



    /** Matches the second request that {@code which} matches, and no other. */
    private static Predicate<FakeRequest> secondRequest(Predicate<FakeRequest> which) {
        int[] seen = {0};
        return request -> which.test(request) && ++seen[0] == 2;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A real in-memory store whose {@code operation} fails, as a broken disk or a bug would. */
    private static final class StoreFailingOn extends DelegatingFingerprintStore {
        private final String operation;

        StoreFailingOn(String operation) {
            super(new InMemoryFingerprintStore());
            this.operation = operation;
        }

        @Override
        public Map<SecretName, SecretRecord> load(RecordScope scope) {
            failIf("load");
            return super.load(scope);
        }

        @Override
        public Map<SecretName, SecretRecord> update(RecordScope scope,
                UnaryOperator<Map<SecretName, SecretRecord>> change) throws InterruptedException {
            failIf("update");
            return super.update(scope, change);
        }

        private void failIf(String failing) {
            if (operation.equals(failing)) {
                throw new IllegalStateException("injected store fault");
            }
        }
    }

    private final class RecordingListener implements SyncListener {
        @Override
        public void itemDone(Target target, ValueKind kind, SecretResult result) {
            EnvironmentName environment = Reports.environmentOf(target);
            events.add(environment + " " + result.name() + " " + result.outcome().label());
        }

        @Override
        public void targetStarted(Target target) {
            EnvironmentName environment = Reports.environmentOf(target);
            events.add("start " + environment);
        }

        @Override
        public void targetDone(TargetReport report) {
            events.add("done " + report.environment().orElseThrow());
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    }
}
