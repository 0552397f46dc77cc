package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseSummaryTest {
    private static final SyncCase COLD = new SyncCase(Scenario.COLD, 10, 1);
    private static final SyncCase WARM = new SyncCase(Scenario.WARM, 10, 1);

    @Test
    void shouldReportTheMedianOfAnOddNumberOfRunsWithTheirLowestAndHighest() {
        var summary = new CaseSummary(COLD, List.of(cold(1050, 0), cold(1300, 0), cold(1020, 0)));

        assertThat(summary.wallRatio()).isCloseTo(1.05, within(1e-9));
        assertThat(summary.line(1))
                .contains(" runs=3 ", " wall/floor=1.050 wall/floor_min=1.020 wall/floor_max=1.300 ");
    }

    @Test
    void shouldReportTheMeanOfTheTwoMiddleRunsOfAnEvenNumber() {
        var summary = new CaseSummary(COLD, List.of(cold(1000, 0), cold(1300, 0), cold(1020, 0), cold(1080, 0)));

        assertThat(summary.wallRatio()).isCloseTo(1.05, within(1e-9));
    }

    @Test
    void shouldMeetTheGoalWhenOneSlowRunIsOutvoted() {
        var summary = new CaseSummary(COLD, List.of(cold(1050, 0), cold(1400, 0), cold(1060, 0)));

        assertThat(summary.goalMet()).isTrue();
    }

    @Test
    void shouldSumRefusedWritesOverTheRunsAndMissTheGoalForAnyOfThem() {
        var summary = new CaseSummary(COLD, List.of(cold(1050, 1), cold(1050, 0), cold(1050, 2)));

        assertThat(summary.refused()).isEqualTo(3);
        assertThat(summary.goalMet()).isFalse();
        assertThat(summary.line(2)).startsWith("sync cold-N10-E1 pass=2 runs=3 k=5 ")
                .contains(" requests/floor=1.09 requests/floor_min=1.00 requests/floor_max=1.18 ", " refused_total=3 ");
    }

    @Test
    void shouldMissTheGoalWhenTheMedianIsTooSlow() {
        var summary = new CaseSummary(COLD, List.of(cold(1050, 0), cold(1150, 0), cold(1200, 0)));

        assertThat(summary.goalMet()).isFalse();
    }

    @Test
    void shouldShowTheHarnessShareOnlyForCasesThatMeasuredIt() {
        var bare = Optional.of(new BareListing.Times(Duration.ofMillis(110), Duration.ofMillis(103)));
        var warm = new CaseResult(WARM, 1, new Measurement(1, 0, 0, Duration.ofMillis(104), 0), baseline(), 1,
                Duration.ofMillis(100), bare);

        assertThat(new CaseSummary(WARM, List.of(warm)).line(1)).endsWith(" bare_best_ms=103");
        assertThat(new CaseSummary(COLD, List.of(cold(1050, 0))).line(1)).doesNotContain("bare_");
    }

    @Test
    void shouldRefuseRunsOfAnotherCase() {
        assertThatThrownBy(() -> new CaseSummary(WARM, List.of(cold(1050, 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("warm-N10-E1");
    }

    /** A cold run with a floor of 11 requests and 1000 ms; each refused write adds its retry. */
    private static CaseResult cold(long wallMillis, int refused) {
        var engine = new Measurement(11 + refused, 10 + refused, refused, Duration.ofMillis(wallMillis), 0);
        return new CaseResult(COLD, 5, engine, baseline(), 11, Duration.ofMillis(1000), Optional.empty());
    }

    private static Measurement baseline() {
        return new Measurement(11, 10, 9, Duration.ofMillis(200), 0);
    }
}
