package io.jenkins.plugins.githubenvsecrets.engine.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When to try again, as a rate limit's failure says it: a wait never shorter than the real one, and the time. */
class RetryTimeTest {
    private static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");

    @ParameterizedTest(name = "{0} ms -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1       | in 1 second (at 18:00:00 UTC)",
        "45000   | in 45 seconds (at 18:00:45 UTC)",
        "59001   | in 1 minute (at 18:00:59 UTC)",
        "60000   | in 1 minute (at 18:01:00 UTC)",
        "90000   | in 2 minutes (at 18:01:30 UTC)",
        "240000  | in 4 minutes (at 18:04:00 UTC)",
        "3600000 | in 1 hour (at 19:00:00 UTC)",
        "3901000 | in 1 hour 6 minutes (at 19:05:01 UTC)",
        "7200000 | in 2 hours (at 20:00:00 UTC)",
        "25200000 | in 7 hours (at 2026-12-07 01:00:00 UTC)",
        "0       | now (at 18:00:00 UTC)",
        "-5000   | now (at 17:59:55 UTC)"})
    void shouldSayHowLongAndUntilWhen(long millis, String words) {
        assertThat(RetryTime.inWords(NOW, NOW.plus(Duration.ofMillis(millis)))).isEqualTo(words);
    }
}
