package io.jenkins.plugins.githubenvsecrets.engine.github;

import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.any;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link RetryPolicy#oneAttempt()}, for a check someone waits for: whatever GitHub answers, one request and no sleep.
 * When GitHub asks to wait, the failure says until when.
 */
class GitHubClientOneAttemptTest {
    private static final String TOKEN = "ghp_oneAttemptTestToken0123456789ab";
    private static final RepositoryCoordinates REPO = new RepositoryCoordinates("acme", "web");
    private static final String KEY_PATH = "/repos/acme/web/environments/production/secrets/public-key";

    private final GitHubFake github = GitHubFake.start().addToken(TOKEN, Permission.WRITE)
            .addRepository("acme", "web", 42).addEnvironment("acme", "web", "production");
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        github.assertNoProtocolViolations();
        github.close();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {403, 429})
    void shouldNotWaitWhenGitHubAsksToAndSayWhenToTryAgain(int status) throws Exception {
        github.retryAfterNext(1, any(), status, Duration.ofSeconds(90));

        GitHubRateLimitException limited = readKey();

        assertThat(limited.status()).isEqualTo(status);
        assertThat(limited.retryAt()).isEqualTo(FakeTime.START.plusSeconds(90));
        assertThat(limited).hasMessageContaining("GitHub's rate limit was reached (retry-after 90 s)")
                .hasMessageContaining("Try again in 2 minutes (at 10:01:30 UTC).");
        assertOneKeyReadAndNoSleep();
    }

    @Test
    void shouldNotWaitForThePrimaryLimitToReset() throws Exception {
        Instant reset = FakeTime.START.plus(Duration.ofMinutes(20));
        github.rateLimitNext(1, any(), reset);

        GitHubRateLimitException limited = readKey();

        assertThat(limited.status()).isEqualTo(403);
        assertThat(limited.retryAt()).isEqualTo(reset.plusSeconds(1)); // a second of margin for the clocks
        assertThat(limited).hasMessageContaining("Try again in 21 minutes (at 10:20:01 UTC).");
        assertOneKeyReadAndNoSleep();
    }

    @Test
    void shouldNotTryAgainAfterAServerError() throws Exception {
        github.failNext(1, any(), 502);

        Throwable failed;
        try (GitHubClient client = client()) {
            failed = catchThrowableOfType(GitHubServerException.class,
                    () -> client.getPublicKey(REPO, "production"));
        }

        assertThat(failed).hasMessageContaining("HTTP 502").hasMessageNotContaining("attempts");
        assertOneKeyReadAndNoSleep();
    }

    /** Slowing down before GitHub's reset is only a courtesy: with no wait allowed, the request goes at once. */
    @Test
    void shouldNotSlowDownWhenFewRequestsAreLeft() throws Exception {
        github.addHeadersNext(1, any(), Map.of("x-ratelimit-remaining", "2", "x-ratelimit-reset",
                Long.toString(FakeTime.START.plusSeconds(3000).getEpochSecond())));

        try (GitHubClient client = client()) {
            client.getPublicKey(REPO, "production");
            assertThat(client.getPublicKey(REPO, "production").keyId())
                    .isEqualTo(github.keyId("acme", "web", "production"));
        }

        assertThat(github.requests()).hasSize(2);
        assertThat(time.sleeps()).isEmpty();
    }

    private GitHubRateLimitException readKey() {
        try (GitHubClient client = client()) {
            return catchThrowableOfType(GitHubRateLimitException.class,
                    () -> client.getPublicKey(REPO, "production"));
        }
    }

    private void assertOneKeyReadAndNoSleep() {
        assertThat(github.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo(KEY_PATH);
        });
        assertThat(time.sleeps()).isEmpty();
    }

    private GitHubClient client() {
        return GitHubClient.builder(GitHubApiUrl.parse(github.apiUrl()), AccessToken.of(TOKEN.toCharArray()))
                .retryPolicy(RetryPolicy.oneAttempt()).clock(time).sleeper(time).build();
    }
}
