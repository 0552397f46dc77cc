package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static io.jenkins.plugins.githubenvsecrets.engine.sync.Reports.environment;
import static io.jenkins.plugins.githubenvsecrets.engine.sync.Reports.outcomes;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.githubenvsecrets.engine.github.AccessToken;
import io.jenkins.plugins.githubenvsecrets.engine.github.FakeTime;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Leaks;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TestSealer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sync whose requests are redirected: to another server it sends nothing, not even the token, and reports the
 * secrets as failed; within GitHub's own server (a renamed repository) it writes as usual, but only to the secret it
 * meant: a redirect to another secret, environment or endpoint is refused. The other server is a second fake with
 * keys of its own, so a value sealed for it would be one it can open.
 */
class SyncRedirectsTest {
    private static final String TOKEN = "ghp_syncRedirectToken0123456789ab";
    private static final String VALUE_A = "redirect-value-A-s3cr3t";
    private static final String VALUE_B = "redirect-value-B-s3cr3t";
    private static final String ELSEWHERE_PATH = "/collect/path-not-to-show";

    private final FakeTime time = new FakeTime();
    private final List<String> events = new ArrayList<>();
    private final GitHubFake github = GitHubFake.start().addToken(TOKEN, Permission.ADMIN)
            .addRepository("acme", "web", 4242).addEnvironment("acme", "web", "production")
            .addEnvironment("acme", "web", "staging");
    private final GitHubFake elsewhere = GitHubFake.start().addToken(TOKEN, Permission.ADMIN)
            .addRepository("acme", "web", 4242).addEnvironment("acme", "web", "production")
            .addEnvironment("acme", "web", "staging");

    @AfterEach
    void stop() {
        github.assertNoProtocolViolations();
        github.close();
        elsewhere.close();
    }

    @Test
    void shouldFailTheEnvironmentWhoseKeyReadIsRedirectedToAnotherServer() throws Exception {
        String keyPath = "/repos/acme/web/environments/production/secrets/public-key";
        github.failNext(1, request("GET", keyPath), 302, Map.of("Location", elsewhere.apiUrl() + ELSEWHERE_PATH),
                null);

        SyncReport report = sync("acme/web");

        TargetReport production = environment(report, "production");
        assertThat(production.outcome()).isEqualTo(TargetOutcome.FAILED);
        assertThat(production.targetError()).hasValueSatisfying(error -> assertThat(error)
                .contains("HTTP 302 from " + github.apiUrl() + keyPath)
                .contains("redirects to another server, " + origin(elsewhere) + ".")
                .doesNotContain("did not accept the token"));
        assertThat(production.secrets()).hasSize(2).allSatisfy(secret -> {
            assertThat(secret.outcome()).isEqualTo(SecretOutcome.FAILED);
            assertThat(secret.failureReason()).contains("not written: the environment failed as a whole (see its"
                    + " reason)");
        });
        assertThat(outcomes(report, "staging")).containsOnly(Map.entry("A", SecretOutcome.CREATED),
                Map.entry("B", SecretOutcome.CREATED));
        assertThat(elsewhere.requests()).isEmpty();
        assertThat(elsewhere.secretNames("acme", "web", "production")).isEmpty();
        assertThat(github.secretNames("acme", "web", "production")).isEmpty();
    }

    @Test
    void shouldNotReportAWriteRedirectedToAnotherServerAsCreated() throws Exception {
        String putPath = "/repos/acme/web/environments/production/secrets/B";
        github.failNext(1, request("PUT", putPath), 307, Map.of("Location", elsewhere.apiUrl() + putPath), null);

        SyncReport report = sync("acme/web");

        assertThat(outcomes(report, "production")).containsExactly(Map.entry("A", SecretOutcome.CREATED),
                Map.entry("B", SecretOutcome.FAILED));
        assertThat(environment(report, "production").secrets().get(1).failureReason())
                .hasValueSatisfying(reason -> assertThat(reason).contains("HTTP 307 from " + github.apiUrl() + putPath)
                        .contains(origin(elsewhere)));
        assertThat(report.failureLines()).singleElement().asString().contains("B");
        assertThat(events).anyMatch(event -> event.startsWith("production B failed"))
                .noneMatch(event -> event.startsWith("production B created"));
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("A");
        assertThat(elsewhere.requests()).isEmpty();
    }

    @Test
    void shouldSyncARenamedRepositoryThroughGitHubsRedirects() throws Exception {
        github.addFormerName("acme", "web", "acme", "old-web");

        SyncReport report = sync("acme/old-web");

        assertThat(report.hasFailures()).isFalse();
        assertThat(outcomes(report, "production")).containsOnly(Map.entry("A", SecretOutcome.CREATED),
                Map.entry("B", SecretOutcome.CREATED));
        assertThat(github.valueOf("acme", "web", "production", "A")).contains(VALUE_A);
        assertThat(github.valueOf("acme", "web", "staging", "B")).contains(VALUE_B);
        assertThat(github.requests()).filteredOn(r -> r.status() == 301 || r.status() == 307).isNotEmpty()
                .allSatisfy(r -> assertThat(r.path()).startsWith("/repos/acme/old-web"));
        assertThat(elsewhere.requests()).isEmpty();
    }

    @Test
    void shouldNotWriteASecretsValueToAnotherSecretThatARedirectNames() throws Exception {
        github.redirectNext(1, request("PUT", ".*/production/secrets/A"), 307,
                path -> path.replace("/secrets/A", "/secrets/B"));

        SyncReport report = sync("acme/web");

        assertThat(outcomes(report, "production")).containsExactly(Map.entry("A", SecretOutcome.FAILED),
                Map.entry("B", SecretOutcome.CREATED));
        assertThat(environment(report, "production").secrets().get(0).failureReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("PUT repository acme/web, environment 'production', secret 'A': HTTP 307")
                        .contains("redirects to /repos/acme/web/environments/production/secrets/B, which does not"
                                + " name the same secret")
                        .contains("nothing was sent there"));
        assertThat(github.valueOf("acme", "web", "production", "B")).contains(VALUE_B);
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("B");
        // B's only write is its own: nothing followed the redirect.
        assertThat(github.requests("PUT")).extracting(put -> put.path() + " " + put.status()).containsExactly(
                "/repos/acme/web/environments/production/secrets/A 307",
                "/repos/acme/web/environments/production/secrets/B 201",
                "/repos/acme/web/environments/staging/secrets/A 201",
                "/repos/acme/web/environments/staging/secrets/B 201");
        assertThat(events).contains("production A failed " + environment(report, "production").secrets().get(0)
                .failureReason().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/repos/acme/web/environments/staging/secrets/B",
        "/repos/acme/web/environments/production/secrets/A/extra", "/repos/acme/web/environments/production",
        "/repositories/4242/environments/staging/secrets/A", "/repos/acme/environments/production/secrets/A",
        "/elsewhere/acme/web/environments/production/secrets/A"})
    void shouldRefuseAWriteRedirectedToAnotherTargetOnTheSameServer(String target) throws Exception {
        github.redirectNext(1, request("PUT", ".*/production/secrets/A"), 308, path -> target);

        SyncReport report = sync("acme/web");

        assertThat(outcomes(report, "production")).containsEntry("A", SecretOutcome.FAILED)
                .containsEntry("B", SecretOutcome.CREATED);
        assertThat(report.failureLines()).singleElement().asString().contains("redirects to " + target)
                .contains("A redirect may only move the repository");
        // Only the sync's own write of staging's B reaches any of these paths, with B's value.
        assertThat(github.requests()).filteredOn(sent -> sent.path().equals(target))
                .hasSize(target.endsWith("/staging/secrets/B") ? 1 : 0);
        assertThat(github.valueOf("acme", "web", "staging", "B")).contains(VALUE_B);
    }

    @Test
    void shouldNotDeleteAnotherSecretThatARedirectNames() throws Exception {
        github.putSecret("acme", "web", "production", "OLD", "old".getBytes(StandardCharsets.UTF_8))
                .putSecret("acme", "web", "production", "KEEP", "keep".getBytes(StandardCharsets.UTF_8));
        github.redirectNext(1, request("DELETE", ".*/production/secrets/OLD"), 307,
                path -> path.replace("/secrets/OLD", "/secrets/KEEP"));

        SyncReport report;
        try (SyncRequest request = SyncRequest.builder().repository("acme/web").environment("production")
                .remove("OLD").build(); GitHubClient client = client()) {
            report = new SecretSync(client, TestSealer.get(), new RecordingListener()).run(request);
        }

        assertThat(outcomes(report, "production")).containsExactly(Map.entry("OLD", SecretOutcome.FAILED));
        assertThat(report.failureLines()).singleElement().asString()
                .contains("DELETE repository acme/web, environment 'production', secret 'OLD': HTTP 307")
                .contains("/secrets/KEEP, which does not name the same secret");
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("KEEP", "OLD");
        assertThat(github.requests("DELETE")).singleElement().satisfies(delete -> assertThat(delete.path())
                .endsWith("/secrets/OLD"));
    }

    /** The repository was renamed from acme/old-web: a redirect may name it by id or by its new name. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/repositories/4242/environments/production/secrets/A",
        "/repos/acme/web/environments/production/secrets/A", "/repos/ACME/Web/environments/PRODUCTION/secrets/a"})
    void shouldFollowAWriteRedirectThatOnlyMovesTheRepository(String target) throws Exception {
        github.addFormerName("acme", "web", "acme", "old-web");
        github.redirectNext(1, request("PUT", "/repos/acme/old-web/environments/production/secrets/A"), 307,
                path -> target);

        SyncReport report = sync("acme/old-web");

        assertThat(report.hasFailures()).isFalse();
        assertThat(github.valueOf("acme", "web", "production", "A")).contains(VALUE_A);
        assertThat(github.requests("PUT")).filteredOn(put -> put.path().equals(target)).singleElement()
                .satisfies(put -> assertThat(put.status()).isEqualTo(201));
    }

    @Test
    void shouldFailTheEnvironmentWhoseKeyReadIsRedirectedToAnotherEnvironmentsKey() throws Exception {
        github.redirectNext(1, request("GET", ".*/production/secrets/public-key"), 302,
                path -> path.replace("/production/", "/staging/"));

        SyncReport report = sync("acme/web");

        assertThat(environment(report, "production").outcome()).isEqualTo(TargetOutcome.FAILED);
        assertThat(environment(report, "production").targetError()).hasValueSatisfying(error ->
                assertThat(error).contains("which does not name the same environment"));
        assertThat(github.requests("GET")).noneMatch(get -> get.path().contains("/staging/") && get.status() == 0);
        assertThat(github.secretNames("acme", "web", "production")).isEmpty();
        assertThat(outcomes(report, "staging")).containsOnly(Map.entry("A", SecretOutcome.CREATED),
                Map.entry("B", SecretOutcome.CREATED));
    }

    @Test
    void shouldEndTheEnvironmentOnARedirectLoop() throws Exception {
        String keyPath = "/repos/acme/web/environments/production/secrets/public-key";
        github.failNext(10, request("GET", keyPath), 301, Map.of("Location", keyPath), null);

        SyncReport report = sync("acme/web");

        assertThat(environment(report, "production").targetError()).hasValueSatisfying(error -> assertThat(error)
                .contains("redirects in a loop"));
        assertThat(environment(report, "production").secrets()).isNotEmpty().allSatisfy(secret -> assertThat(
                secret.failureReason()).contains("not written: the environment failed as a whole (see its reason)"));
        assertThat(outcomes(report, "staging")).containsValue(SecretOutcome.CREATED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://x-access-token:{token}@ghe.example/api/v3", "https://{token}@ghe.example",
        "http://x:{token}@127.0.0.1:1/api/v3"})
    void shouldRefuseAnApiUrlWithUserInfoWithoutRepeatingIt(String url) {
        SyncValidationException refused = catchThrowableOfType(SyncValidationException.class,
                () -> SyncRequest.builder().apiUrl(url.replace("{token}", TOKEN)).repository("acme/web")
                        .environment("production").secret("A", VALUE_A.toCharArray()).build());

        assertThat(refused.problems()).singleElement().asString().contains("****@").contains("user name or password");
        assertThat(refused + String.join("\n", refused.problems())).doesNotContain(TOKEN)
                .doesNotContain("x-access-token").doesNotContain(VALUE_A);
    }

    @Test
    void shouldRefuseARepositoryUrlWithUserInfoWithoutRepeatingIt() {
        SyncValidationException refused = catchThrowableOfType(SyncValidationException.class,
                () -> SyncRequest.builder().repository("https://x-access-token:" + TOKEN + "@github.com/acme/web")
                        .environment("production").secret("A", VALUE_A.toCharArray()).build());

        assertThat(refused.problems()).isNotEmpty();
        assertThat(refused + String.join("\n", refused.problems())).doesNotContain(TOKEN).contains("****@");
    }

    private SyncReport sync(String repository) throws InterruptedException {
        try (SyncRequest request = SyncRequest.builder().repository(repository).environment("production")
                .environment("staging").secret("A", VALUE_A.toCharArray()).secret("B", VALUE_B.toCharArray())
                .build(); GitHubClient client = client()) {
            SyncReport report = new SecretSync(client, TestSealer.get(), new RecordingListener()).run(request);
            String everything = report + String.join("\n", report.failureLines()) + events;
            Leaks.assertNoSecretIn(everything, TOKEN, VALUE_A, VALUE_B);
            assertThat(everything).doesNotContain("path-not-to-show");
            return report;
        }
    }

    /** The shared client a plugin hands in follows redirects; the client derived from it must not. */
    private GitHubClient client() {
        return GitHubClient.builder(GitHubApiUrl.parse(github.apiUrl()), AccessToken.of(TOKEN.toCharArray()))
                .httpClient(new OkHttpClient()).clock(time).sleeper(time).mutationGap(Duration.ZERO).build();
    }

    private static String origin(GitHubFake fake) {
        HttpUrl url = HttpUrl.get(fake.apiUrl());
        return url.scheme() + "://" + url.host() + ":" + url.port();
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
            events.add(environment + " " + result.name() + " " + result.outcome().label() + " "
                    + result.failureReason().orElse(""));
        }

        @Override
        public void targetDone(TargetReport report) {
            events.add("done " + report.environment().orElseThrow() + " " + report.targetError().orElse(""));
        }

        @Override
        public void warning(String message) {
            events.add(message);
        }
    }
}
