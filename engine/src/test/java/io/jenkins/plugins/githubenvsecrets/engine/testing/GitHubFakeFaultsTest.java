package io.jenkins.plugins.githubenvsecrets.engine.testing;

import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.any;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.method;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.mutating;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.pathEndsWith;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GitHubFakeFaultsTest {
    private static final String PRODUCTION = "/repos/acme/web/environments/production";
    private static final String PUBLIC_KEY = PRODUCTION + "/secrets/public-key";

    private final GitHubFake github = GitHubFake.start()
            .addToken("writer", Permission.WRITE)
            .addRepository("acme", "web", 42)
            .addEnvironment("acme", "web", "production");
    private final TestClient client = new TestClient(github, "writer");

    @AfterEach
    void stop() {
        github.assertNoProtocolViolations();
        github.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {500, 502, 503})
    void shouldFailTheChosenRequestsThenRecover(int status) {
        github.failNext(2, pathEndsWith("/public-key"), status);

        var first = client.get(PUBLIC_KEY);
        var other = client.get(PRODUCTION);
        var second = client.get(PUBLIC_KEY);
        var third = client.get(PUBLIC_KEY);

        assertThat(first.status()).isEqualTo(status);
        assertThat(first.json().get("status").asText()).isEqualTo(String.valueOf(status));
        assertThat(other.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(status);
        assertThat(third.status()).isEqualTo(200);
        assertThat(github.requests()).extracting(FakeRequest::status).containsExactly(status, 200, status, 200);
    }

    @Test
    void shouldAnswerExactlyWhatTheTestAskedFor() {
        github.failNext(1, any(), 418, Map.of("X-Custom", "yes"), "{\"message\":\"teapot\"}");

        var answer = client.get(PRODUCTION);

        assertThat(answer.status()).isEqualTo(418);
        assertThat(answer.headers().get("X-Custom")).isEqualTo("yes");
        assertThat(answer.headers().get("Content-Type")).startsWith("application/json");
        assertThat(answer.message()).isEqualTo("teapot");
    }

    @Test
    void shouldLeaveStateUnchangedWhenAFaultStandsInForAWrite() {
        var body = client.sealedBody(PRODUCTION, new byte[] {1});
        github.failNext(1, request("PUT", ".*/secrets/API_TOKEN"), 502);

        assertThat(client.put(PRODUCTION + "/secrets/OTHER", body).status()).isEqualTo(201);
        assertThat(client.put(PRODUCTION + "/secrets/API_TOKEN", body).status()).isEqualTo(502);
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("OTHER");
        assertThat(client.put(PRODUCTION + "/secrets/API_TOKEN", body).status()).isEqualTo(201);
    }

    @Test
    void shouldSignalAnExhaustedPrimaryRateLimit() {
        var reset = Instant.parse("2030-01-01T00:00:00Z");
        github.rateLimitNext(1, any(), reset);

        var limited = client.get(PUBLIC_KEY);

        assertThat(limited.status()).isEqualTo(403);
        assertThat(limited.headers().get("x-ratelimit-remaining")).isEqualTo("0");
        assertThat(limited.headers().get("x-ratelimit-reset")).isEqualTo(String.valueOf(reset.getEpochSecond()));
        assertThat(limited.headers().get("x-ratelimit-limit")).isEqualTo("5000");
        assertThat(limited.message()).startsWith("API rate limit exceeded");
        assertThat(client.get(PUBLIC_KEY).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {403, 429})
    void shouldSignalASecondaryLimitWithRetryAfter(int status) {
        github.retryAfterNext(1, mutating(), status, Duration.ofMillis(2500));

        var limited = client.delete(PRODUCTION + "/secrets/NONE");

        assertThat(limited.status()).isEqualTo(status);
        assertThat(limited.headers().get("retry-after")).isEqualTo("3");
        assertThat(limited.message()).startsWith("You have exceeded a secondary rate limit");
    }

    @Test
    void shouldRefuseSecondaryLimitsOnlyWithGitHubsStatuses() {
        assertThatThrownBy(() -> github.retryAfterNext(1, any(), 500, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> github.failNext(0, any(), 500)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldDropTheConnectionSoTheClientSeesAnIoError() throws IOException {
        github.dropConnectionNext(1, pathEndsWith("/public-key"));

        assertThatThrownBy(() -> client.sendOrFail(client.request("GET", PUBLIC_KEY, null)))
                .isInstanceOf(IOException.class);
        assertThat(client.sendOrFail(client.request("GET", PUBLIC_KEY, null)).status()).isEqualTo(200);
        assertThat(github.requests()).first().satisfies(request -> {
            assertThat(request.connectionDropped()).isTrue();
            assertThat(request).hasToString("GET " + PUBLIC_KEY + " -> dropped");
        });
    }

    @Test
    void shouldDropTheConnectionAfterAWriteHappened() {
        var body = client.sealedBody(PRODUCTION, new byte[] {3});
        github.dropConnectionAfterProcessingNext(1, method("PUT"));

        assertThatThrownBy(() -> client.sendOrFail(client.request("PUT", PRODUCTION + "/secrets/API_TOKEN", body)))
                .isInstanceOf(IOException.class);
        assertThat(github.decryptedValue("acme", "web", "production", "API_TOKEN")).containsExactly(3);
        assertThat(client.put(PRODUCTION + "/secrets/API_TOKEN", body).status()).isEqualTo(204);
    }

    @Test
    void shouldDisarmFaultsThatHaveNotFired() {
        github.failNext(5, any(), 500).dropConnectionAfterProcessingNext(5, any());

        github.clearFaults();

        assertThat(client.get(PUBLIC_KEY).status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseMutationsThatComeTooSoonUntilTheGapHasPassed() {
        var clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
        github.secondaryLimit(Duration.ofSeconds(2), clock);
        github.putSecret("acme", "web", "production", "A", new byte[] {1})
                .putSecret("acme", "web", "production", "B", new byte[] {1})
                .putSecret("acme", "web", "production", "C", new byte[] {1});

        var first = client.delete(PRODUCTION + "/secrets/A");
        clock.advance(Duration.ofMillis(500));
        var tooSoon = client.delete(PRODUCTION + "/secrets/B");
        var readMeanwhile = client.get(PUBLIC_KEY);
        clock.advance(Duration.ofMillis(1500));
        var afterTheGap = client.delete(PRODUCTION + "/secrets/B");
        clock.advance(Duration.ofMillis(1999));
        var justTooSoon = client.delete(PRODUCTION + "/secrets/C");

        assertThat(first.status()).isEqualTo(204);
        assertThat(tooSoon.status()).isEqualTo(403);
        assertThat(tooSoon.headers().get("retry-after")).isEqualTo("2");
        assertThat(tooSoon.message()).startsWith("You have exceeded a secondary rate limit")
                .contains(tooSoon.headers().get("X-GitHub-Request-Id"));
        assertThat(readMeanwhile.status()).isEqualTo(200);
        assertThat(afterTheGap.status()).isEqualTo(204);
        assertThat(justTooSoon.status()).isEqualTo(403);
        assertThat(justTooSoon.headers().get("retry-after")).isEqualTo("1");
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("C");
    }

    @Test
    void shouldLetEveryMutationThroughWithoutALimit() {
        github.secondaryLimit(Duration.ofHours(1), new MutableClock(Instant.EPOCH)).noSecondaryLimit();

        assertThat(client.delete(PRODUCTION + "/secrets/X").status()).isEqualTo(404);
        assertThat(client.delete(PRODUCTION + "/secrets/X").status()).isEqualTo(404);
    }

    @Test
    void shouldWaitTheLatencyThroughTheInjectedSleeper() {
        var waits = new CopyOnWriteArrayList<Duration>();
        github.latency(Duration.ofMillis(250), waits::add);

        client.get(PUBLIC_KEY);
        client.get(PRODUCTION);

        assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250));
        github.latency(Duration.ZERO);
        client.get(PRODUCTION);
        assertThat(waits).hasSize(2);
    }

    @Test
    void shouldSeeConcurrentWritesAsTheyOverlap() throws InterruptedException {
        var bothInside = new CountDownLatch(2);
        github.latency(Duration.ofMillis(1), ignored -> {
            bothInside.countDown();
            bothInside.await(5, TimeUnit.SECONDS);
        });
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (var name : List.of("A", "B")) {
                pool.submit(() -> client.delete(PRODUCTION + "/secrets/" + name));
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(github.maxConcurrentMutations()).isEqualTo(2);
        assertThat(github.maxConcurrentRequests()).isEqualTo(2);
        assertThat(github.mutatingRequestCount()).isEqualTo(2);
    }

    @Test
    void shouldCountOneMutationAtATimeForSequentialWrites() {
        github.latency(Duration.ofMillis(5));

        client.delete(PRODUCTION + "/secrets/A");
        client.delete(PRODUCTION + "/secrets/B");

        assertThat(github.maxConcurrentMutations()).isEqualTo(1);
    }
}
