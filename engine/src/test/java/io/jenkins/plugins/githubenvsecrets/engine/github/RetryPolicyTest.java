package io.jenkins.plugins.githubenvsecrets.engine.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {
    @ParameterizedTest(name = "attempt {0}, jitter {1}: {2} ms")
    @CsvSource({
        "1, 1.0, 1000",
        "2, 1.0, 2000",
        "3, 1.0, 4000",
        "6, 1.0, 32000",
        "7, 1.0, 60000",
        "40, 1.0, 60000",
        "1, 0.0, 500",
        "3, 0.0, 2000",
        "3, 0.5, 3000",
        "7, 0.0, 30000",
        "2, 7.0, 2000",
        "2, -3.0, 1000",
    })
    void shouldBackOffExponentiallyWithEqualJitterUpToTheMaximum(int attempt, double jitter, long millis) {
        RetryPolicy policy = RetryPolicy.defaults().withJitter(() -> jitter);

        assertThat(policy.backoff(attempt)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest(name = "attempt {0}: {1} s")
    @CsvSource({"1, 60", "2, 120", "3, 240"})
    void shouldWaitAtLeastAMinuteForASecondaryLimitThenDouble(int attempt, long seconds) {
        assertThat(RetryPolicy.defaults().secondaryLimitBackoff(attempt)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void shouldHaveGitHubFriendlyDefaults() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.maxAttempts()).isEqualTo(5);
        assertThat(policy.baseDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.maxDelay()).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.maxTotalWait()).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.secondaryLimitWait()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void shouldChangeOnlyTheNamedSetting() {
        RetryPolicy policy = RetryPolicy.defaults().withMaxAttempts(2).withBaseDelay(Duration.ofMillis(10))
                .withMaxDelay(Duration.ofSeconds(3)).withMaxTotalWait(Duration.ofSeconds(20))
                .withSecondaryLimitWait(Duration.ofSeconds(5));

        assertThat(policy).hasToString("RetryPolicy[maxAttempts=2, baseDelay=PT0.01S, maxDelay=PT3S,"
                + " maxTotalWait=PT20S, secondaryLimitWait=PT5S]");
        assertThat(RetryPolicy.defaults().maxAttempts()).isEqualTo(5);
    }

    @Test
    void shouldRefuseSettingsThatCannotWork() {
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> RetryPolicy.defaults().withBaseDelay(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseDelay");
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxTotalWait(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTotalWait");
    }
}
