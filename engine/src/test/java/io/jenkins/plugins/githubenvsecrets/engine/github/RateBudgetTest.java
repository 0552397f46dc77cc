package io.jenkins.plugins.githubenvsecrets.engine.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RateBudgetTest {
    private final FakeTime time = new FakeTime();
    private final RateBudget budget = new RateBudget(time);

    @Test
    void shouldNotDelayWhileThereIsPlentyLeftOrNothingIsKnown() {
        assertThat(budget.delayBeforeNextRequest()).isZero();

        budget.observe(answer(4000, 60));

        assertThat(budget.delayBeforeNextRequest()).isZero();
    }

    @Test
    void shouldSpreadTheLastRequestsUntilTheReset() {
        budget.observe(answer(9, 100));

        assertThat(budget.delayBeforeNextRequest()).isEqualTo(Duration.ofSeconds(10));
        assertThat(budget.remaining()).isEqualTo(8);
    }

    @Test
    void shouldStopDelayingOnceTheResetHasPassed() {
        budget.observe(answer(0, 30));
        time.advance(Duration.ofSeconds(31));

        assertThat(budget.delayBeforeNextRequest()).isZero();
    }

    @Test
    void shouldIgnoreAnswersWithoutOrWithBrokenHeaders() {
        budget.observe(new ApiResponse(200, Headers.of(), "", 1));
        budget.observe(new ApiResponse(200, Headers.of("x-ratelimit-remaining", "few", "x-ratelimit-reset", "1"),
                "", 1));

        assertThat(budget.delayBeforeNextRequest()).isZero();
    }

    private ApiResponse answer(long remaining, long secondsToReset) {
        return new ApiResponse(200, Headers.of("x-ratelimit-remaining", String.valueOf(remaining),
                "x-ratelimit-reset", String.valueOf(time.instant().getEpochSecond() + secondsToReset)), "", 1);
    }
}
