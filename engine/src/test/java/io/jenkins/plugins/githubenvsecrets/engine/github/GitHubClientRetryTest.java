package io.jenkins.plugins.githubenvsecrets.engine.github;

import static io.jenkins.plugins.githubenvsecrets.engine.github.MockGitHub.REPO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jenkins.plugins.githubenvsecrets.engine.masking.MaskedException;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fault injection: every path that waits and tries again, and where it gives up. Time is fake; nothing sleeps. */
class GitHubClientRetryTest {
    private static final String KEY = "{\"key_id\":\"1\",\"key\":\"a2V5\"}";
    private static final String SECONDARY = "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few"
            + " minutes before you try again.\",\"documentation_url\":\"https://docs.github.com/rest\"}";

    private MockGitHub github;

    @BeforeEach
    void startServer() throws Exception {
        github = new MockGitHub();
    }

    @AfterEach
    void stopServer() {
        github.close();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 503, 504})
    void shouldTryAgainAfterAServerError(int status) throws Exception {
        github.enqueue(status, "{\"message\":\"Server Error\"}");
        github.enqueue(200, KEY);

        assertThat(github.client.getPublicKey(REPO, "production").keyId()).isEqualTo("1");

        assertThat(github.time.sleeps()).containsExactly(Duration.ofSeconds(1));
        assertThat(github.heard).containsExactly("retry GET repository acme/web, environment 'production' #1 in PT1S:"
                + " HTTP " + status);
        github.take();
        github.take();
        github.assertNoMoreRequests();
    }

    @Test
    void shouldBackOffExponentiallyAndGiveUpAfterTheLastAttempt() throws Exception {
        for (int i = 0; i < 5; i++) {
            github.enqueue(502, "<html>Bad Gateway</html>");
        }

        assertThatThrownBy(() -> github.client.getPublicKey(REPO, "production"))
                .isInstanceOfSatisfying(GitHubServerException.class, e -> assertThat(e.status()).isEqualTo(502))
                .hasMessageContaining("GET repository acme/web, environment 'production': HTTP 502 after 5 attempts")
                .hasMessageContaining("try again later");

        assertThat(github.time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(github.server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void shouldSendTheSameWriteAgainAfterAServerError() throws Exception {
        github.enqueue(500, null);
        github.enqueue(201, "{}");

        assertThat(github.client.putSecret(REPO, "production", "API_KEY", "c2VhbGVk", "9").outcome())
                .isEqualTo(WriteOutcome.CREATED);

        String first = github.take().getBody().utf8();
        assertThat(github.take().getBody().utf8()).isEqualTo(first).contains("c2VhbGVk");
        // The retry is a write too: pacing tops the 1 s backoff up to the gap between writes.
        assertThat(github.time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(50));
    }

    @Test
    void shouldObeyRetryAfterOnAServerError() throws Exception {
        github.enqueue(503, null, "Retry-After", "3");
        github.enqueue(200, KEY);

        github.client.getPublicKey(REPO, "production");

        assertThat(github.time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void shouldTryAgainWhenTheConnectionDrops() throws Exception {
        github.enqueue(dropConnection());
        github.enqueue(200, KEY);

        assertThat(github.client.getPublicKey(REPO, "production").keyId()).isEqualTo("1");

        assertThat(github.time.sleeps()).containsExactly(Duration.ofSeconds(1));
        assertThat(github.heard).singleElement().asString().contains("#1 in PT1S: connection failed: ");
    }

    @Test
    void shouldReportAConnectionThatNeverAnswers() throws Exception {
        for (int i = 0; i < 5; i++) {
            github.enqueue(dropConnection());
        }

        Throwable thrown = catchThrowable(() -> github.client.deleteSecret(REPO, "production", "API_KEY"));

        assertThat(thrown).isInstanceOf(GitHubConnectionException.class)
                .hasMessageContaining("DELETE repository acme/web, environment 'production', secret 'API_KEY':"
                        + " no answer from " + github.client.apiUrl() + " after 5 attempts")
                .hasMessageContaining("Check the API URL, the network and the proxy settings");
        // The cause is a copy with scrubbed messages, since an I/O error may quote what the server sent.
        assertThat(thrown.getCause()).isInstanceOfSatisfying(MaskedException.class, cause ->
                assertThat(cause.getOriginalClassName()).endsWith("IOException"));
        // Four backoffs; after the first (1 s), pacing adds 50 ms to reach the gap between writes.
        assertThat(github.time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(50),
                Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(github.server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void shouldWaitAsLongAsRetryAfterSaysOn429() throws Exception {
        github.enqueue(429, "{\"message\":\"Too Many Requests\"}", "Retry-After", "7");
        github.enqueue(204, null);

        assertThat(github.client.deleteSecret(REPO, "production", "API_KEY")).isTrue();

        assertThat(github.time.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(github.heard).containsExactly("rate limit DELETE repository acme/web, environment 'production',"
                + " secret 'API_KEY' in PT7S: retry-after 7 s");
    }

    @Test
    void shouldSlowDownBeforeGitHubRefusesWhenFewRequestsRemain() throws Exception {
        Instant reset = FakeTime.START.plusSeconds(100);
        github.enqueue(200, KEY, "x-ratelimit-remaining", "9", "x-ratelimit-reset",
                Long.toString(reset.getEpochSecond()));
        github.enqueue(200, KEY);

        github.client.getPublicKey(REPO, "production");
        assertThat(github.time.sleeps()).isEmpty();
        github.client.getPublicKey(REPO, "production");

        // Nine requests left for 100 s: the next waits a tenth of that, and GitHub never has to refuse one.
        assertThat(github.time.sleeps()).containsExactly(Duration.ofSeconds(10));
        assertThat(github.heard).singleElement().asString().contains("9 requests left").contains("spreading");
        assertThat(github.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void shouldWaitForTheResetWhenNoRequestsRemain() throws Exception {
        Instant reset = FakeTime.START.plusSeconds(120);
        github.enqueue(403, "{\"message\":\"API rate limit exceeded for installation ID 1.\"}",
                "x-ratelimit-limit", "5000", "x-ratelimit-remaining", "0",
                "x-ratelimit-reset", Long.toString(reset.getEpochSecond()));
        github.enqueue(200, KEY);

        github.client.getPublicKey(REPO, "production");

        assertThat(github.time.sleeps()).containsExactly(Duration.ofSeconds(121));
        assertThat(github.heard).singleElement().asString()
                .endsWith("primary rate limit used up until 10:02:00 UTC");
    }

    @Test
    void shouldWaitAMinuteThenLongerForASecondaryLimit() throws Exception {
        github.enqueue(403, SECONDARY);
        github.enqueue(403, SECONDARY);
        github.enqueue(201, "{}");

        github.client.putSecret(REPO, "production", "API_KEY", "c2VhbGVk", "9");

        assertThat(github.time.sleeps()).containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(120));
        assertThat(github.heard).allSatisfy(line -> assertThat(line).endsWith("secondary rate limit"));
    }

    @Test
    void shouldWaitAMinuteOnA429WithoutAdvice() throws Exception {
        github.enqueue(429, null);
        github.enqueue(200, KEY);

        github.client.getPublicKey(REPO, "production");

        assertThat(github.time.sleeps()).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void shouldFailAtOnceWhenTheResetIsBeyondTheBudget() throws Exception {
        Instant reset = FakeTime.START.plusSeconds(3600);
        github.enqueue(403, "{\"message\":\"API rate limit exceeded\"}", "x-ratelimit-remaining", "0",
                "x-ratelimit-reset", Long.toString(reset.getEpochSecond()));

        assertThatThrownBy(() -> github.client.getPublicKey(REPO, "production"))
                .isInstanceOfSatisfying(GitHubRateLimitException.class, e -> {
                    assertThat(e.retryAt()).isEqualTo(reset.plusSeconds(1));
                    assertThat(e.status()).isEqualTo(403);
                })
                .hasMessageContaining("GET repository acme/web, environment 'production': HTTP 403.")
                .hasMessageContaining("Try again in 1 hour 1 minute (at 11:00:01 UTC)");

        assertThat(github.time.sleeps()).isEmpty();
        github.take();
        github.assertNoMoreRequests();
    }

    @Test
    void shouldGiveUpWhenTheWaitsWouldExceedTheBudget() throws Exception {
        github.enqueue(403, SECONDARY);
        github.enqueue(403, SECONDARY);
        github.enqueue(403, SECONDARY);

        assertThatThrownBy(() -> github.client.putSecret(REPO, "production", "API_KEY", "c2VhbGVk", "9"))
                .isInstanceOfSatisfying(GitHubRateLimitException.class,
                        e -> assertThat(e.retryAt()).isEqualTo(FakeTime.START.plusSeconds(180 + 240)))
                .hasMessageContaining("HTTP 403 after 3 attempts")
                .hasMessageContaining("(secondary rate limit)");

        // 60 s + 120 s fit into 5 minutes; the next 240 s would not.
        assertThat(github.time.sleeps()).containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(120));
    }

    @Test
    void shouldGiveUpOnARateLimitAfterTheLastAttempt() throws Exception {
        for (int i = 0; i < 5; i++) {
            github.enqueue(429, null, "Retry-After", "1");
        }

        assertThatThrownBy(() -> github.client.getPublicKey(REPO, "production"))
                .isInstanceOf(GitHubRateLimitException.class)
                .hasMessageContaining("HTTP 429 after 5 attempts");

        assertThat(github.time.sleeps()).hasSize(4);
    }

    @Test
    void shouldNotTryAgainOnAPlain403() throws Exception {
        github.enqueue(403, "{\"message\":\"Resource not accessible by integration\"}",
                "x-ratelimit-remaining", "4999");

        assertThatThrownBy(() -> github.client.putSecret(REPO, "production", "API_KEY", "c2VhbGVk", "9"))
                .isInstanceOf(GitHubPermissionException.class);

        assertThat(github.time.sleeps()).isEmpty();
        assertThat(github.heard).isEmpty();
        github.take();
        github.assertNoMoreRequests();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 401, 404, 409, 422})
    void shouldNotTryAgainOnAClientError(int status) throws Exception {
        github.enqueue(status, "{\"message\":\"no\"}");

        assertThatThrownBy(() -> github.client.putSecret(REPO, "production", "API_KEY", "c2VhbGVk", "9"))
                .isInstanceOf(GitHubApiException.class);

        assertThat(github.server.getRequestCount()).isEqualTo(1);
        assertThat(github.time.sleeps()).isEmpty();
    }

    @Test
    void shouldNotTryAgainWhenThePolicyAllowsOneAttempt() throws Exception {
        try (MockGitHub once = new MockGitHub(RetryPolicy.defaults().withMaxAttempts(1), "/")) {
            once.enqueue(500, null);

            assertThatThrownBy(() -> once.client.getPublicKey(REPO, "production"))
                    .isInstanceOf(GitHubServerException.class)
                    .hasMessageContaining("HTTP 500.");
            assertThat(once.time.sleeps()).isEmpty();
        }
    }

    @Test
    void shouldStopWaitingWhenInterrupted() throws Exception {
        Sleeper interrupted = duration -> {
            throw new InterruptedException("build aborted");
        };
        try (GitHubClient client = github.builder("/").sleeper(interrupted).build()) {
            github.enqueue(500, null);
            github.enqueue(200, KEY);

            assertThatThrownBy(() -> client.getPublicKey(REPO, "production"))
                    .isInstanceOf(InterruptedException.class);
            github.take();
            github.assertNoMoreRequests();
        }
    }

    @Test
    void shouldStopReadingAChunkedAnswerAtTheCap() throws Exception {
        github.enqueue(new MockResponse.Builder().code(200)
                .chunkedBody("{\"key\":\"" + "X".repeat((int) BodyReader.MAX_BYTES) + "\"}", 8192).build());

        assertThatThrownBy(() -> github.client.getPublicKey(REPO, "production"))
                .isExactlyInstanceOf(GitHubApiException.class)
                .hasMessageContaining("(GET /repos/acme/web/environments/production/secrets/public-key): HTTP 200")
                .hasMessageContaining("larger than 1024 KiB")
                .hasMessageNotContaining("XXXX");
        assertThat(github.time.sleeps()).isEmpty();
    }

    private static MockResponse dropConnection() {
        return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
    }
}
