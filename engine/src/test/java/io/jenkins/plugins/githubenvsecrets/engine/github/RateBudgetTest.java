package io.jenkins.plugins.githubenvsecrets.engine.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateBudgetTest {
    /** These answers carry no text that could reach a message. */
    private static final ServerText NO_TEXT = new ServerText(SecretMask.empty());

    private final FakeTime time = new FakeTime();
    private final RateBudget budget = new RateBudget(time);

    @Test
    void shouldNotDelayWhileThereIsPlentyLeftOrNothingIsKnown() {
        assertThat(budget.spreadBeforeNextRequest()).isEmpty();

        budget.observe(answer(4000, 60));

        assertThat(budget.spreadBeforeNextRequest()).isEmpty();
    }

    @Test
    void shouldSpreadTheLastRequestsUntilTheReset() {
        budget.observe(answer(9, 100));

        assertThat(budget.spreadBeforeNextRequest()).hasValueSatisfying(spread -> {
            assertThat(spread.delay()).isEqualTo(Duration.ofSeconds(10));
            assertThat(spread.left()).isEqualTo(9);
            assertThat(spread.reset()).isEqualTo(FakeTime.START.plusSeconds(100));
        });
        assertThat(budget.remaining()).isEqualTo(8);
    }

    @Test
    void shouldStopDelayingOnceTheResetHasPassed() {
        budget.observe(answer(0, 30));
        time.advance(Duration.ofSeconds(31));

        assertThat(budget.spreadBeforeNextRequest()).isEmpty();
    }

    @Test
    void shouldIgnoreAnswersWithoutOrWithBrokenHeaders() {
        budget.observe(new ApiResponse(200, Headers.of(), "", 1, NO_TEXT));
        budget.observe(new ApiResponse(200, Headers.of("x-ratelimit-remaining", "few", "x-ratelimit-reset", "1"),
                "", 1, NO_TEXT));

        assertThat(budget.spreadBeforeNextRequest()).isEmpty();
    }

    /** GraphQL's answers count GraphQL's budget: a low one there must not slow the REST requests down. */
    @ParameterizedTest(name = "x-ratelimit-resource: {0} -> spread {1}")
    @CsvSource({"graphql, false", "search, false", "core, true", "CORE, true"})
    void shouldHeedOnlyTheRestBudget(String resource, boolean spread) {
        String reset = String.valueOf(FakeTime.START.plusSeconds(100).getEpochSecond());
        budget.observe(new ApiResponse(200, Headers.of("x-ratelimit-remaining", "1", "x-ratelimit-reset", reset,
                "x-ratelimit-resource", resource), "", 1, NO_TEXT));

        assertThat(budget.spreadBeforeNextRequest().isPresent()).isEqualTo(spread);
    }

    /** Whatever an answer says, nothing throws, and a wait stays within a year. */
    @ParameterizedTest(name = "remaining {0}, reset {1}")
    @CsvSource(delimiter = '|', value = {
        "0                    | 9223372036854775807",
        "1                    | 99999999999999999999999999",
        "-1                   | 9223372036854775807",
        "0                    | -9223372036854775808",
        "9223372036854775807  | 9223372036854775807",
        "99999999999999999999 | 1",
        "0x10                 | 1e9",
        "' 0 '                | ' 12 '",
    })
    void shouldSurviveAbsurdHeaders(String remaining, String reset) {
        budget.observe(new ApiResponse(200, Headers.of("x-ratelimit-remaining", remaining,
                "x-ratelimit-reset", reset), "", 1, NO_TEXT));

        Optional<RateBudget.Spread> spread = budget.spreadBeforeNextRequest();

        spread.ifPresent(wait -> assertThat(wait.delay()).isLessThanOrEqualTo(RateHeaders.MAX_DELAY));
    }

    private ApiResponse answer(long remaining, long secondsToReset) {
        return new ApiResponse(200, Headers.of("x-ratelimit-remaining", String.valueOf(remaining),
                "x-ratelimit-reset", String.valueOf(time.instant().getEpochSecond() + secondsToReset)), "", 1, NO_TEXT);
    }
}
