package io.jenkins.plugins.githubenvsecrets.engine.github;

import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.any;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.method;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.pathEndsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Leaks;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an answer can do to the client beyond ordinary faults: absurd rate-limit headers, waits that add up past the
 * allowance, bodies without end and pages that lead back. Against the GitHub fake, on fake time.
 */
class GitHubClientLimitsTest {
    private static final String TOKEN = "ghp_limitsTestToken0123456789abcdefXY";
    private static final RepositoryCoordinates REPO = new RepositoryCoordinates("acme", "web");
    private static final Duration ALLOWANCE = RetryPolicy.defaults().maxTotalWait();
    private static final String LIMITED = "{\"message\":\"You have exceeded a secondary rate limit.\"}";

    private final FakeTime time = new FakeTime();
    private final GitHubFake github = GitHubFake.start()
            .addToken(TOKEN, Permission.WRITE)
            .addRepository("acme", "web", 42)
            .addEnvironment("acme", "web", "production");
    private final GitHubClient client = GitHubClient.builder(GitHubApiUrl.parse(github.apiUrl()),
                    AccessToken.of(TOKEN.toCharArray()))
            .retryPolicy(RetryPolicy.defaults().withJitter(() -> 1.0))
            .clock(time).sleeper(time).build();

    @AfterEach
    void stop() {
        github.assertNoProtocolViolations();
        github.close();
    }

    // ---- absurd headers ----

    @ParameterizedTest(name = "retry-after: {0}")
    @ValueSource(strings = {"9223372036854775807", "99999999999999999999999999999", "301",
        "Fri, 31 Dec 9999 23:59:59 GMT"})
    void shouldFailClearlyWhenRetryAfterIsBeyondTheAllowance(String retryAfter) {
        github.failNext(1, pathEndsWith("/public-key"), 429, Map.of("retry-after", retryAfter), LIMITED);

        GitHubRateLimitException failure = catchThrowableOfType(GitHubRateLimitException.class,
                () -> client.getPublicKey(REPO, "production"));

        assertThat(failure.retryAt()).isAfter(FakeTime.START.plus(ALLOWANCE))
                .isBeforeOrEqualTo(FakeTime.START.plus(RateHeaders.MAX_DELAY));
        assertThat(failure).hasMessageContaining("HTTP 429")
                .hasMessageContaining("would exceed the 300 s left of the 300 s one sync may wait in all")
                .hasMessageContaining("Try again " + RetryTime.inWords(FakeTime.START, failure.retryAt()) + ".");
        assertThat(time.sleeps()).isEmpty();
        assertThat(github.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "x-ratelimit-reset: {0}")
    @ValueSource(strings = {"9223372036854775807", "99999999999999999999999999999", "253402300800"})
    void shouldFailClearlyWhenTheResetIsAbsurdlyFar(String reset) {
        github.failNext(1, pathEndsWith("/public-key"), 403,
                Map.of("x-ratelimit-remaining", "0", "x-ratelimit-reset", reset), LIMITED);

        GitHubRateLimitException failure = catchThrowableOfType(GitHubRateLimitException.class,
                () -> client.getPublicKey(REPO, "production"));

        assertThat(failure.retryAt()).isAfter(FakeTime.START.plus(ALLOWANCE));
        assertThat(failure).hasMessageContaining("Try again " + RetryTime.inWords(FakeTime.START, failure.retryAt())
                + ".");
        assertThat(time.sleeps()).isEmpty();
    }

    /** A header that is no count of seconds is ignored: the secondary limit's minute applies, then it works. */
    @ParameterizedTest(name = "retry-after: ''{0}''")
    @ValueSource(strings = {"-5", "-9223372036854775808", "soon", "1e9", "0x10", "12.5", "Fri, 99 Foo 2026"})
    void shouldIgnoreAMalformedRetryAfter(String retryAfter) throws Exception {
        github.failNext(1, pathEndsWith("/public-key"), 429, Map.of("retry-after", retryAfter), LIMITED);

        assertThat(client.getPublicKey(REPO, "production").keyId())
                .isEqualTo(github.keyId("acme", "web", "production"));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(60));
    }

    @ParameterizedTest(name = "remaining {0}, reset {1}")
    @CsvSource(delimiter = '|', value = {
        "-1                   | 9223372036854775807",
        "1                    | -9223372036854775808",
        "99999999999999999999 | 99999999999999999999",
        "few                  | 1700000000",
    })
    void shouldNotSpreadOnMalformedBudgetHeaders(String remaining, String reset) throws Exception {
        github.addHeadersNext(1, any(), Map.of("x-ratelimit-remaining", remaining, "x-ratelimit-reset", reset));

        client.getPublicKey(REPO, "production");
        client.getPublicKey(REPO, "production");

        assertThat(time.sleeps()).isEmpty();
        assertThat(github.requestCount()).isEqualTo(2);
    }

    // ---- one wait allowance ----

    @Test
    void shouldSendWithoutSpreadingPastTheAllowanceAndFailUnsentOnceNothingIsLeft() throws Exception {
        Instant reset = FakeTime.START.plus(Duration.ofHours(1));
        github.addHeadersNext(1, any(), budget(1, reset));
        client.getPublicKey(REPO, "production");

        // One request left for an hour: spreading would wait 30 minutes, past the allowance, so it goes at once.
        client.getPublicKey(REPO, "production");

        assertThat(time.sleeps()).isEmpty();
        assertThat(github.requestCount()).isEqualTo(2);
        assertThatThrownBy(() -> client.getPublicKey(REPO, "production"))
                .isInstanceOfSatisfying(GitHubRateLimitException.class, e -> {
                    assertThat(e.retryAt()).isEqualTo(reset);
                    assertThat(e.status()).isZero();
                })
                .hasMessageStartingWith("GET repository acme/web, environment 'production': not sent.")
                .hasMessageContaining("0 requests left until its rate limit resets, and spreading them out")
                .hasMessageContaining("waiting 3600 s would exceed the 300 s left")
                .hasMessageEndingWith("Try again in 1 hour (at 11:00:00 UTC).");
        assertThat(time.sleeps()).isEmpty();
        assertThat(github.requestCount()).isEqualTo(2);
    }

    @Test
    void shouldNotSleepUntilAFarResetWhenNothingIsLeft() throws Exception {
        Instant reset = FakeTime.START.plus(Duration.ofHours(1));
        github.addHeadersNext(1, any(), budget(0, reset));
        client.getPublicKey(REPO, "production");

        assertThatThrownBy(() -> client.deleteSecret(REPO, "production", "API_KEY"))
                .isInstanceOf(GitHubRateLimitException.class)
                .hasMessageContaining("Try again in 1 hour (at 11:00:00 UTC).");
        assertThat(time.sleeps()).isEmpty();
        assertThat(github.requests("DELETE")).isEmpty();
    }

    @Test
    void shouldShareOneAllowanceBetweenRetriesRateLimitsAndSpreading() throws Exception {
        Instant reset = FakeTime.START.plus(Duration.ofHours(1));
        github.addHeadersNext(1, any(), budget(40, reset));
        client.getPublicKey(REPO, "production");
        github.failNext(1, pathEndsWith("/public-key"), 502);
        github.retryAfterNext(1, pathEndsWith("/public-key"), 429, Duration.ofSeconds(100));

        // About 88 s spread before each attempt (40 left for an hour), 1 s after the 502, 100 s for the limit:
        // 277 s so far; the next 85 s of spreading would pass the 300 s, so the third attempt goes at once.
        client.getPublicKey(REPO, "production");

        assertThat(time.sleeps()).hasSize(4).contains(Duration.ofSeconds(1), Duration.ofSeconds(100));
        assertThat(time.sleeps().stream().reduce(Duration.ZERO, Duration::plus))
                .isGreaterThan(Duration.ofSeconds(270)).isLessThanOrEqualTo(ALLOWANCE);
        // A 30 s wait asked by GitHub no longer fits the 23 s left: it fails at once, saying when to try again.
        github.retryAfterNext(1, pathEndsWith("/public-key"), 429, Duration.ofSeconds(30));
        assertThatThrownBy(() -> client.getPublicKey(REPO, "production"))
                .isInstanceOf(GitHubRateLimitException.class)
                .hasMessageContaining("Try again in 30 seconds (at ");
        assertThat(time.sleeps()).hasSize(4);
    }

    @Test
    void shouldNotChargeTheGapBetweenWrites() throws Exception {
        int writes = 400;
        for (int i = 0; i < writes; i++) {
            assertThat(client.deleteSecret(REPO, "production", "GONE_" + i)).isFalse();
        }

        Duration paced = time.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(paced).isEqualTo(GitHubClient.DEFAULT_MUTATION_GAP.multipliedBy(writes - 1))
                .isGreaterThan(ALLOWANCE);
    }

    // ---- bodies ----

    @Test
    void shouldFailARequestWhoseAnswerIsLargerThanTheCap() {
        String filler = "Z".repeat((int) BodyReader.MAX_BYTES);
        github.failNext(1, pathEndsWith("/public-key"), 200, Map.of(),
                "{\"key_id\":\"1\",\"key\":\"" + filler + "\"}");

        assertThatThrownBy(() -> client.getPublicKey(REPO, "production"))
                .isExactlyInstanceOf(GitHubApiException.class)
                .hasMessageStartingWith("GET repository acme/web, environment 'production'"
                        + " (GET /repos/acme/web/environments/production/secrets/public-key): HTTP 200")
                .hasMessageContaining("larger than 1024 KiB")
                .hasMessageNotContaining("ZZZZ")
                .hasMessageNotContaining(TOKEN);
        assertThat(time.sleeps()).isEmpty();
        assertThat(github.requestCount()).isEqualTo(1);
    }

    @Test
    void shouldReadAnAnswerOfExactlyTheCap() throws Exception {
        String head = "{\"key_id\":\"7\",\"key\":\"a2V5\"}";
        github.failNext(1, pathEndsWith("/public-key"), 200, Map.of(),
                head + " ".repeat((int) BodyReader.MAX_BYTES - head.length()));

        assertThat(client.getPublicKey(REPO, "production").keyId()).isEqualTo("7");
    }

    @Test
    void shouldNotShowAnOversizedErrorBody() {
        String filler = "Y".repeat((int) BodyReader.MAX_BYTES + 1);
        github.failNext(1, method("PUT"), 422, Map.of(), "{\"message\":\"" + filler + "\"}");

        assertThatThrownBy(() -> client.putSecret(REPO, "production", "API_KEY", "c2VhbGVk", "1"))
                .isExactlyInstanceOf(GitHubApiException.class)
                .hasMessageContaining("(PUT /repos/acme/web/environments/production/secrets/API_KEY): HTTP 422")
                .hasMessageContaining("larger than 1024 KiB")
                .hasMessageNotContaining("YYYY");
    }

    /**
     * An error body of 1 MiB of escapes that never end is scrubbed in one pass, as every answer's text is before it
     * enters a message. Scrubbed with a look to the end of the body from each one, it kept the client busy for
     * minutes; in one pass it takes about a second, so the bound holds on a loaded machine.
     */
    @Test
    void shouldExplainAnErrorBodyFullOfUnendedEscapesWithoutDelay() {
        github.failNext(1, pathEndsWith("/public-key"), 403, Map.of("Content-Type", "text/html"),
                "&".repeat((int) BodyReader.MAX_BYTES));

        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> catchThrowable(() -> client.getPublicKey(REPO, "production")));

        assertThat(thrown).isExactlyInstanceOf(GitHubPermissionException.class)
                .hasMessageContaining("HTTP 403. The token may not do this.")
                .hasMessageEndingWith(" GitHub said: \"" + "&".repeat(300) + "...\".");
        assertThat(time.sleeps()).isEmpty();
        assertThat(github.requestCount()).isEqualTo(1);
    }

    /**
     * A body is read as UTF-8 whatever charset it declares: read as the UTF-16 it claimed, this echo of the token
     * became CJK characters that scrubbing does not know, and that a reader could turn back into the token.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/plain; charset=UTF-16BE", "text/plain; charset=UTF-16LE", "text/html; charset=IBM037"})
    void shouldReadABodyAsUtf8WhateverCharsetItDeclares(String contentType) {
        github.echoNext(1, pathEndsWith("/public-key"), 401, contentType, echo -> "Bad credentials: " + echo.token());

        Throwable thrown = catchThrowable(() -> client.getPublicKey(REPO, "production"));

        assertThat(thrown).isExactlyInstanceOf(GitHubAuthenticationException.class)
                .hasMessageEndingWith(" GitHub said: \"Bad credentials: ****\".");
        Leaks.assertNoSecretIn(thrown, TOKEN);
    }

    // ---- pages ----

    @Test
    void shouldStopAtTheFirstLinkBackToAPageAlreadyRead() throws Exception {
        for (int i = 0; i < 150; i++) {
            github.putSecret("acme", "web", "production", "S" + i, new byte[] {1});
        }
        String firstPage = github.apiUrl() + "/repos/acme/web/environments/production/secrets?per_page=100";
        github.addHeadersNext(1, page("2"), Map.of("Link", "<" + firstPage + ">; rel=\"next\", <" + firstPage
                + ">; rel=\"first\""));

        assertThatThrownBy(() -> client.listSecrets(REPO, "production"))
                .isInstanceOf(GitHubApiException.class)
                .hasMessageContaining("HTTP 200, but the answer to page 2 links its next page back to page 1,"
                        + " which was read already");
        assertThat(github.requests("GET")).hasSize(2);
    }

    /** What a listing may hold is bounded too: at most 100 pages of at most 100 secrets. */
    @Test
    void shouldRefuseAPageWithMoreSecretsThanAskedFor() {
        StringBuilder secrets = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            secrets.append(i == 0 ? "" : ",").append("{\"name\":\"S").append(i)
                    .append("\",\"created_at\":\"2026-01-15T10:00:00Z\",\"updated_at\":\"2026-01-15T10:00:00Z\"}");
        }
        github.failNext(1, any(), 200, Map.of(), "{\"total_count\":101,\"secrets\":[" + secrets + "]}");

        assertThatThrownBy(() -> client.listSecrets(REPO, "production"))
                .isInstanceOf(GitHubApiException.class)
                .hasMessageContaining("has 101 secrets on a page of at most 100");
    }

    @Test
    void shouldStopWhenAPageLinksToItself() {
        String firstPage = github.apiUrl() + "/repos/acme/web/environments/production/secrets?per_page=100";
        github.addHeadersNext(1, any(), Map.of("Link", "<" + firstPage + ">; rel=\"next\""));

        assertThatThrownBy(() -> client.listSecrets(REPO, "production"))
                .isInstanceOf(GitHubApiException.class)
                .hasMessageContaining("page 1 links its next page back to page 1");
        assertThat(github.requestCount()).isEqualTo(1);
    }

    /**
     * A {@code Link} header of 200,000 opening brackets is read in one pass, and a link after them is found. Matched
     * from each bracket to the end of the header, one without a closing bracket kept the client busy for minutes after
     * the answer came, and one with a link after them was read as a link from the first bracket on; in one pass it
     * takes milliseconds, so the bound holds on a loaded machine.
     */
    @ParameterizedTest(name = "a link after them: {0}")
    @ValueSource(booleans = {false, true})
    void shouldReadALinkHeaderFullOfOpeningBracketsWithoutDelay(boolean linkAfter) throws Exception {
        String secondPage = github.apiUrl() + "/repos/acme/web/environments/production/secrets?per_page=100&page=2";
        github.addHeadersNext(1, page("2").negate(), Map.of("Link", "<".repeat(200_000)
                + (linkAfter ? ", <" + secondPage + ">; rel=\"next\"" : "")));

        List<SecretMetadata> secrets = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> client.listSecrets(REPO, "production"));

        assertThat(secrets).isEmpty();
        assertThat(github.requests("GET")).extracting(request -> request.queryParameter("page").orElse("none"))
                .containsExactlyElementsOf(linkAfter ? List.of("none", "2") : List.of("none"));
    }

    private static Map<String, String> budget(long remaining, Instant reset) {
        return Map.of("x-ratelimit-remaining", Long.toString(remaining),
                "x-ratelimit-reset", Long.toString(reset.getEpochSecond()));
    }

    private static Predicate<FakeRequest> page(String number) {
        return request -> request.queryParameter("page").filter(number::equals).isPresent();
    }
}
