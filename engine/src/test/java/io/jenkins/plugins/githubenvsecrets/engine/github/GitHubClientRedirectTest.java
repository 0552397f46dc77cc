package io.jenkins.plugins.githubenvsecrets.engine.github;

import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jenkins.plugins.githubenvsecrets.engine.crypto.SealedSecret;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SealingKey;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Leaks;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TestSealer;
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
 * Redirects are followed only within the API URL's origin. A second fake, on another port with keys of its own,
 * stands for the server a redirect would lead the token and the values to.
 */
class GitHubClientRedirectTest {
    private static final String TOKEN = "ghp_redirectTestToken0123456789ab";
    private static final String VALUE = "redirect-test-value-s3cr3t";
    private static final RepositoryCoordinates REPO = new RepositoryCoordinates("acme", "web");
    private static final String KEY_PATH = "/repos/acme/web/environments/production/secrets/public-key";
    private static final String SECRET_PATH = "/repos/acme/web/environments/production/secrets/API_KEY";
    private static final String SECRETS_PATH = "/repos/acme/web/environments/production/secrets";
    /** Only the origin of a refused target may be shown, never this path or query. */
    private static final String ELSEWHERE_PATH = "/collect/path-not-to-show?token=query-not-to-show";

    private final GitHubFake github = GitHubFake.start().addToken(TOKEN, Permission.ADMIN)
            .addRepository("acme", "web", 42).addEnvironment("acme", "web", "production");
    private final GitHubFake elsewhere = GitHubFake.start().addToken(TOKEN, Permission.ADMIN)
            .addRepository("acme", "web", 42).addEnvironment("acme", "web", "production");
    private final List<String> events = new ArrayList<>();

    @AfterEach
    void stop() {
        github.assertNoProtocolViolations();
        github.close();
        elsewhere.close();
    }

    @Test
    void shouldRefuseAKeyReadRedirectedToAnotherOrigin() throws Exception {
        github.failNext(1, request("GET", KEY_PATH), 302, Map.of("Location", elsewhere.apiUrl() + ELSEWHERE_PATH),
                null);

        Throwable thrown;
        try (GitHubClient client = client(new OkHttpClient())) {
            thrown = catchThrowable(() -> client.getPublicKey(REPO, "production"));
        }

        assertThat(thrown).isExactlyInstanceOf(GitHubRedirectException.class);
        GitHubRedirectException refused = (GitHubRedirectException) thrown;
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.getMessage())
                .startsWith("GET repository acme/web, environment 'production': HTTP 302 from "
                        + github.apiUrl() + KEY_PATH + " redirects to another server, "
                        + origin(elsewhere) + ".")
                .contains("not followed");
        assertNothingSecretIn(refused);
        assertThat(elsewhere.requests()).isEmpty();
    }

    @Test
    void shouldRefuseAWriteRedirectedWith307ToAnotherOriginAndSendItsValueNowhere() throws Exception {
        github.failNext(1, request("PUT", SECRET_PATH), 307, Map.of("Location", elsewhere.apiUrl() + SECRET_PATH),
                null);

        Throwable thrown;
        try (GitHubClient client = client(new OkHttpClient())) {
            SealedSecret sealed = seal(client.getPublicKey(REPO, "production"));
            thrown = catchThrowable(() -> client.putSecret(REPO, "production", "API_KEY",
                    sealed.encryptedValueBase64(), sealed.keyId()));
        }

        assertThat(thrown).isExactlyInstanceOf(GitHubRedirectException.class)
                .hasMessageContaining("HTTP 307 from " + github.apiUrl() + SECRET_PATH)
                .hasMessageContaining(origin(elsewhere));
        assertNothingSecretIn((GitHubApiException) thrown);
        assertThat(elsewhere.requests()).isEmpty();
        assertThat(github.secretNames("acme", "web", "production")).isEmpty();
        assertThat(github.requests("PUT")).singleElement().extracting(FakeRequest::status).isEqualTo(307);
    }

    @Test
    void shouldNeverLetAnotherOriginJudgeTheToken() throws Exception {
        // The other server does not know the token: had the request gone there, its 401 would read as a bad token.
        try (GitHubFake stranger = GitHubFake.start()) {
            github.failNext(1, request("GET", "/repos/acme/web"), 301,
                    Map.of("Location", stranger.apiUrl() + "/repos/acme/web"), null);

            Throwable thrown;
            try (GitHubClient client = client(new OkHttpClient())) {
                thrown = catchThrowable(() -> client.getRepository(REPO));
            }

            assertThat(thrown).isExactlyInstanceOf(GitHubRedirectException.class)
                    .isNotInstanceOf(GitHubAuthenticationException.class);
            assertThat(stranger.requests()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://127.0.0.1:{port}", "http://localhost:{port}", "http://127.0.0.2:{port}",
        "http://127.0.0.1:{other}"})
    void shouldRefuseEveryOtherSchemeHostOrPort(String target) throws Exception {
        String location = target.replace("{port}", String.valueOf(HttpUrl.get(github.apiUrl()).port()))
                .replace("{other}", String.valueOf(HttpUrl.get(elsewhere.apiUrl()).port())) + ELSEWHERE_PATH;
        github.failNext(1, request("GET", "/repos/acme/web/environments/production"), 308,
                Map.of("Location", location), null);

        Throwable thrown;
        try (GitHubClient client = client(new OkHttpClient())) {
            thrown = catchThrowable(() -> client.environmentExists(REPO, "production"));
        }

        assertThat(thrown).isExactlyInstanceOf(GitHubRedirectException.class)
                .hasMessageContaining("redirects to another server, " + origin(HttpUrl.get(location)) + ".");
        assertNothingSecretIn((GitHubApiException) thrown);
        assertThat(github.requests()).hasSize(1);
        assertThat(elsewhere.requests()).isEmpty();
    }

    @Test
    void shouldFollowARenamedRepositoryOnTheSameOriginForReadsAndWrites() throws Exception {
        github.addFormerName("acme", "web", "acme", "old-web");
        RepositoryCoordinates former = new RepositoryCoordinates("acme", "old-web");

        try (GitHubClient client = client(new OkHttpClient())) {
            assertThat(client.getRepository(former).coordinates()).isEqualTo(REPO);
            SealedSecret sealed = seal(client.getPublicKey(former, "production"));
            WriteReceipt receipt = client.putSecret(former, "production", "API_KEY", sealed.encryptedValueBase64(),
                    sealed.keyId());

            assertThat(receipt.outcome()).isEqualTo(WriteOutcome.CREATED);
            assertThat(client.listSecrets(former, "production")).extracting(SecretMetadata::name)
                    .containsExactly("API_KEY");
            assertThat(client.deleteSecret(former, "production", "API_KEY")).isTrue();
        }

        assertThat(github.requests()).extracting(FakeRequest::status)
                .containsExactly(301, 200, 301, 200, 307, 201, 301, 200, 307, 204);
        assertThat(github.requests()).filteredOn(r -> r.status() != 301 && r.status() != 307)
                .allSatisfy(r -> assertThat(r.path()).startsWith("/repositories/42"));
        assertThat(github.requests("PUT")).extracting(FakeRequest::bodyUtf8).containsOnly(github.requests("PUT")
                .get(0).bodyUtf8());
    }

    @Test
    void shouldWriteTheValueGitHubCanOpenAfterA307OnTheSameOrigin() throws Exception {
        github.addFormerName("acme", "web", "acme", "old-web");
        RepositoryCoordinates former = new RepositoryCoordinates("acme", "old-web");

        try (GitHubClient client = client(new OkHttpClient())) {
            SealedSecret sealed = seal(client.getPublicKey(REPO, "production"));
            client.putSecret(former, "production", "API_KEY", sealed.encryptedValueBase64(), sealed.keyId());
        }

        assertThat(github.valueOf("acme", "web", "production", "API_KEY")).contains(VALUE);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {301, 302, 303})
    void shouldRefuseToTurnAWriteIntoARead(int status) throws Exception {
        github.failNext(1, request("DELETE", SECRET_PATH), status,
                Map.of("Location", "/repositories/42/environments/production/secrets/API_KEY"), null);

        Throwable thrown;
        try (GitHubClient client = client(new OkHttpClient())) {
            thrown = catchThrowable(() -> client.deleteSecret(REPO, "production", "API_KEY"));
        }

        assertThat(thrown).isExactlyInstanceOf(GitHubRedirectException.class)
                .hasMessageContaining("HTTP " + status + " from " + github.apiUrl() + SECRET_PATH)
                .hasMessageContaining("nothing was written");
        assertThat(github.requests()).hasSize(1);
    }

    @Test
    void shouldStopARedirectLoop() throws Exception {
        github.failNext(3, request("GET", KEY_PATH), 302, Map.of("Location", KEY_PATH), null);

        Throwable thrown;
        try (GitHubClient client = client(new OkHttpClient())) {
            thrown = catchThrowable(() -> client.getPublicKey(REPO, "production"));
        }

        assertThat(thrown).isExactlyInstanceOf(GitHubRedirectException.class)
                .hasMessageContaining("HTTP 302 from " + github.apiUrl() + KEY_PATH + " redirects in a loop");
        assertThat(github.requests()).hasSize(1);
    }

    @Test
    void shouldStopAfterFiveRedirects() throws Exception {
        for (int hop = 1; hop <= Redirects.MAX_HOPS + 1; hop++) {
            github.failNext(1, request("GET", KEY_PATH), 307, Map.of("Location", KEY_PATH + "?hop=" + hop), null);
        }

        Throwable thrown;
        try (GitHubClient client = client(new OkHttpClient())) {
            thrown = catchThrowable(() -> client.getPublicKey(REPO, "production"));
        }

        assertThat(thrown).isExactlyInstanceOf(GitHubRedirectException.class)
                .hasMessageContaining("more than 5 times");
        assertThat(github.requests()).hasSize(Redirects.MAX_HOPS + 1);
    }

    @Test
    void shouldFollowFewerThanTheLimit() throws Exception {
        for (int hop = 1; hop <= Redirects.MAX_HOPS; hop++) {
            github.failNext(1, request("GET", KEY_PATH), 302, Map.of("Location", KEY_PATH + "?hop=" + hop), null);
        }

        try (GitHubClient client = client(new OkHttpClient())) {
            assertThat(client.getPublicKey(REPO, "production").keyId())
                    .isEqualTo(github.keyId("acme", "web", "production"));
        }
        assertThat(github.requests()).hasSize(Redirects.MAX_HOPS + 1);
    }

    /**
     * The URL of a listing's second page is the one the first page's {@code Link} named: a server can put the token
     * in it. A refusal that names the URL asked shows it scrubbed.
     */
    @Test
    void shouldScrubTheTokenFromAPageUrlThatTheServerLinkedTo() throws Exception {
        String secondPage = SECRETS_PATH + "?per_page=100&page=2&echo=" + TOKEN;
        github.addHeadersNext(1, request("GET", SECRETS_PATH).and(r -> r.queryParameter("page").isEmpty()),
                Map.of("Link", "<" + github.apiUrl() + secondPage + ">; rel=\"next\""));
        github.failNext(1, request("GET", SECRETS_PATH).and(r -> r.queryParameter("page").isPresent()), 302,
                Map.of("Location", elsewhere.apiUrl() + ELSEWHERE_PATH), null);

        Throwable thrown;
        try (GitHubClient client = client(new OkHttpClient())) {
            thrown = catchThrowable(() -> client.listSecrets(REPO, "production"));
        }

        assertThat(thrown).isExactlyInstanceOf(GitHubRedirectException.class)
                .hasMessageContaining("HTTP 302 from " + github.apiUrl() + SECRETS_PATH
                        + "?per_page=100&page=2&echo=**** redirects to another server, " + origin(elsewhere) + ".");
        assertNothingSecretIn((GitHubApiException) thrown);
        assertThat(github.requests("GET")).hasSize(2);
        assertThat(elsewhere.requests()).isEmpty();
    }

    /**
     * A redirect may name another owner, so after one the path the answer came from is the server's: one that names
     * the token as the owner, answering with a body beyond the bound, gets a refusal that shows the path scrubbed.
     */
    @Test
    void shouldScrubTheTokenFromARedirectedPathWhoseAnswerIsTooLarge() throws Exception {
        github.redirectNext(1, request("GET", KEY_PATH), 307, path -> path.replace("/repos/acme/", "/repos/" + TOKEN
                + "/"));
        github.failNext(1, request("GET", "/repos/" + TOKEN + "/web/environments/production/secrets/public-key"),
                200, Map.of(), "{\"key\":\"" + "Z".repeat((int) BodyReader.MAX_BYTES) + "\"}");

        Throwable thrown;
        try (GitHubClient client = client(new OkHttpClient())) {
            thrown = catchThrowable(() -> client.getPublicKey(REPO, "production"));
        }

        assertThat(thrown).isExactlyInstanceOf(GitHubApiException.class)
                .hasMessageStartingWith("GET repository acme/web, environment 'production' (GET /repos/****/web/"
                        + "environments/production/secrets/public-key): HTTP 200, but the answer is larger than"
                        + " 1024 KiB");
        assertNothingSecretIn((GitHubApiException) thrown);
        assertThat(github.requests()).extracting(FakeRequest::status).containsExactly(307, 200);
    }

    /** A client derived from {@code base}, which follows redirects itself, as a shared client may. */
    private GitHubClient client(OkHttpClient base) {
        assertThat(base.followRedirects()).isTrue();
        FakeTime time = new FakeTime();
        return GitHubClient.builder(GitHubApiUrl.parse(github.apiUrl()), AccessToken.of(TOKEN.toCharArray()))
                .httpClient(base).clock(time).sleeper(time).mutationGap(Duration.ZERO)
                .retryPolicy(RetryPolicy.defaults().withMaxAttempts(3))
                .listener(new RequestListener() {
                    @Override
                    public void retryScheduled(RequestContext request, int attempt, Duration delay, String reason) {
                        events.add(request.describe() + " " + reason);
                    }

                    @Override
                    public void rateLimitWait(RequestContext request, Duration delay, String reason) {
                        events.add(request.describe() + " " + reason);
                    }
                })
                .build();
    }

    private static SealedSecret seal(EnvironmentPublicKey key) {
        try (SecretValue value = SecretValue.of(VALUE.toCharArray())) {
            return TestSealer.get().seal(value, SealingKey.fromBase64(key.keyId(), key.keyBase64()));
        }
    }

    private static String origin(GitHubFake fake) {
        return origin(HttpUrl.get(fake.apiUrl()));
    }

    private static String origin(HttpUrl url) {
        return url.scheme() + "://" + url.host() + ":" + url.port();
    }

    private void assertNothingSecretIn(GitHubApiException failure) {
        String everything = failure + " " + failure.getCause() + " " + failure.context() + " " + events;
        Leaks.assertNoSecretIn(everything, TOKEN, VALUE);
        assertThat(everything).doesNotContain("path-not-to-show").doesNotContain("query-not-to-show");
        assertThat(events).isEmpty();
    }
}
