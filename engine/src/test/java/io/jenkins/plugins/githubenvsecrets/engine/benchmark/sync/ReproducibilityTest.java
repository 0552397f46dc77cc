package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReproducibilityTest {
    private static final SyncCase CHANGED = new SyncCase(Scenario.CHANGED, 10, 3);

    @Test
    void shouldCompareTheMediansOfEveryPass() {
        var comparison = new Reproducibility(CHANGED, List.of(pass(1000, 1050, 1060), pass(1100, 1120, 1500)));

        assertThat(comparison.wallSpread()).isCloseTo(1.12 / 1.05, within(1e-9));
        assertThat(comparison.reproduced()).isTrue();
        assertThat(comparison.line()).isEqualTo("repeat changed10-N10-E3 passes=2 wall/floor=1.050,1.120"
                + " wall/floor_ratio=1.067 requests/floor=1.00,1.00 requests/floor_ratio=1.000 refused_total=0,0"
                + " reproduced=yes");
    }

    @Test
    void shouldNotCallItReproducedWhenTheMediansAreMoreThanTenPercentApart() {
        var comparison = new Reproducibility(CHANGED, List.of(pass(1050, 1050, 1050), pass(1200, 1200, 1200)));

        assertThat(comparison.reproduced()).isFalse();
        assertThat(comparison.line()).contains(" wall/floor_ratio=1.143 ").endsWith(" reproduced=no");
    }

    @Test
    void shouldNotCallItReproducedWhenTheRequestsDiffer() {
        var refusedOnce = new CaseResult(CHANGED, 2, new Measurement(12, 4, 1, Duration.ofMillis(1050), 0),
                baseline(), 9, Duration.ofMillis(1000), Optional.empty());
        var noisy = new CaseSummary(CHANGED, List.of(refusedOnce, refusedOnce, refusedOnce));

        var comparison = new Reproducibility(CHANGED, List.of(pass(1050, 1050, 1050), noisy));

        assertThat(comparison.requestSpread()).isCloseTo(12.0 / 9, within(1e-9));
        assertThat(comparison.reproduced()).isFalse();
    }

    private static CaseSummary pass(long... wallMillis) {
        List<CaseResult> runs = Arrays.stream(wallMillis)
                .mapToObj(wall -> new CaseResult(CHANGED, 2, new Measurement(9, 3, 0, Duration.ofMillis(wall), 0),
                        baseline(), 9, Duration.ofMillis(1000), Optional.empty()))
                .toList();
        return new CaseSummary(CHANGED, runs);
    }

    private static Measurement baseline() {
        return new Measurement(33, 30, 29, Duration.ofMillis(200), 0);
    }
}
