package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchmarkSettingsTest {
    @Test
    void shouldRunEveryCaseSeveralTimesInOnePassByDefault() {
        BenchmarkSettings settings = BenchmarkSettings.parse();

        assertThat(settings.runs()).isEqualTo(BenchmarkSettings.DEFAULT_RUNS).isGreaterThan(1);
        assertThat(settings.repeat()).isEqualTo(1);
        assertThat(settings.maxFactor()).isEqualTo(BenchmarkSettings.DEFAULT_MAX_FACTOR);
        assertThat(settings.chains()).containsExactly(new CaseChain(1, 1), new CaseChain(1, 3),
                new CaseChain(10, 1), new CaseChain(10, 3), new CaseChain(100, 1), new CaseChain(100, 3));
    }

    @Test
    void shouldTakeRunsRepeatAndTheLargestFactorFromArguments() {
        BenchmarkSettings settings = BenchmarkSettings.parse("runs=3", "repeat=2", "k-max=10", "secrets=100",
                "environments=1");

        assertThat(settings.runs()).isEqualTo(3);
        assertThat(settings.repeat()).isEqualTo(2);
        assertThat(settings.factorFor(Duration.ofSeconds(99))).isEqualTo(10);
        assertThat(settings.chains()).containsExactly(new CaseChain(100, 1));
    }

    @Test
    void shouldRunShortCasesAtRealSpeedAndLongOnesAtMostAtTheLargestFactor() {
        BenchmarkSettings settings = BenchmarkSettings.parse("k-max=5");

        assertThat(settings.factorFor(Duration.ofMillis(300))).isEqualTo(1);
        assertThat(settings.factorFor(Duration.ofMillis(2300))).isEqualTo(2);
        assertThat(settings.factorFor(Duration.ofSeconds(299))).isEqualTo(5);
        assertThat(BenchmarkSettings.parse("k=10").factorFor(Duration.ofMillis(300))).isEqualTo(10);
    }

    @Test
    void shouldRefuseFewerThanOneRunOrPassAndUnknownNames() {
        assertThatThrownBy(() -> BenchmarkSettings.parse("runs=0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("runs");
        assertThatThrownBy(() -> BenchmarkSettings.parse("repeat=0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repeat");
        assertThatThrownBy(() -> BenchmarkSettings.parse("k-max=0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchmarkSettings.parse("rounds=3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rounds");
    }
}
