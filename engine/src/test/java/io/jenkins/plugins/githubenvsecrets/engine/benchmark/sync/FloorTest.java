package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The least each shape's sync can do, as the benchmark's floors say it. */
class FloorTest {
    private static final Duration L = Duration.ofMillis(100);
    private static final Duration G = Duration.ofSeconds(1);

    @ParameterizedTest(name = "{0} {1} N={2} E={3}: {4} requests, {5} writes, {6} ms")
    @CsvSource({
            "ENVIRONMENT_SECRETS,   COLD,    10, 3, 33, 30, 29200",
            "ENVIRONMENT_SECRETS,   WARM,    10, 3,  3,  0,   100",
            "ENVIRONMENT_SECRETS,   CHANGED, 10, 3,  9,  3,  2300",
            "REPOSITORY_SECRETS,    COLD,    10, 3, 33, 30, 29200",
            "ORGANIZATION_SECRETS,  COLD,    10, 1, 11, 10,  9200",
            "ORGANIZATION_SECRETS,  CHANGED, 10, 1,  3,  1,   300",
            "ENVIRONMENT_VARIABLES, COLD,    10, 3, 33, 30, 29200",
            "ENVIRONMENT_VARIABLES, WARM,    10, 3,  3,  0,   100",
            "ENVIRONMENT_VARIABLES, CHANGED, 10, 3,  6,  3,  2200",
    })
    void shouldCountWhatEachShapeMustDo(TargetShape shape, Scenario scenario, int secrets, int targets, int requests,
            int writes, long millis) {
        SyncCase syncCase = new SyncCase(scenario, secrets, targets, shape);

        assertThat(Floor.requests(syncCase)).isEqualTo(requests);
        assertThat(Floor.writes(syncCase)).isEqualTo(writes);
        assertThat(Floor.time(syncCase, L, G)).isEqualTo(Duration.ofMillis(millis));
    }
}
