package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Syncs N secrets to E environments with our engine and with a gh-style baseline, each against its own GitHub
 * fake with a round-trip latency and GitHub's one-second rule for mutating requests, all on scaled time, and prints
 * requests and simulated wall time against the floor (see {@link Floor}).
 *
 * <p>Every chain of the case list ({@link BenchmarkSettings#chains}) runs {@code runs} times through one
 * {@link ChainRunner}, and each case reports the median of its runs with their spread. The runs interleave (the
 * first run of every chain, then the second, ...), so that a spell of load from elsewhere on the machine touches
 * one run of many cases rather than every run of one. With {@code repeat=2} the whole benchmark runs twice and
 * each case's medians are compared.
 *
 * <p>Not a test: {@code mvn -B -f engine -Pbenchmark-sync test-compile exec:exec}, arguments in
 * {@code -Dsync.args="runs=5 repeat=2 ..."}. Exits with 1 only if the engine left a value wrong, reported a failure
 * or broke the protocol; a missed goal or a figure that did not reproduce is printed, not an error.
 */
public final class SyncBenchmark {
    private final BenchmarkSettings settings;
    private final ChainRunner runner;
    private final PrintStream out;

    SyncBenchmark(BenchmarkSettings settings, PrintStream out) {
        this.settings = settings;
        this.runner = new ChainRunner(settings, new ScaledTime(Instant.parse("2026-01-15T10:00:00Z"), 1));
        this.out = out;
    }

    public static void main(String[] args) throws InterruptedException {
        BenchmarkSettings settings = BenchmarkSettings.parse(args);
        boolean clean = new SyncBenchmark(settings, System.out).runAll();
        System.out.flush();
        System.exit(clean ? 0 : 1);
    }

    /** Runs every case and prints the results; false when the engine did something wrong (not merely slow). */
    boolean runAll() throws InterruptedException {
        out.printf(Locale.ROOT, "# sync benchmark: latency %d ms, GitHub gap %d ms, client gap %s, N=%s, E=%s,"
                        + " runs=%d, repeat=%d%n",
                settings.latency().toMillis(), settings.gap().toMillis(),
                settings.clientGap().map(gap -> gap.toMillis() + " ms").orElse("default"), settings.secrets(),
                settings.environments(), settings.runs(), settings.repeat());
        out.println("# simulated time for engine runs: " + settings.describeFactor() + "; baseline runs at 1x");
        long realStart = System.nanoTime();
        boolean clean = reported(runner.warmUp());
        List<Map<SyncCase, CaseSummary>> passes = new ArrayList<>();
        for (int pass = 1; pass <= settings.repeat(); pass++) {
            Map<SyncCase, List<CaseResult>> runs = new LinkedHashMap<>();
            for (int run = 1; run <= settings.runs(); run++) {
                for (CaseChain chain : settings.chains()) {
                    ChainRunner.ChainRun chainRun = runner.run(chain);
                    clean &= reported(chainRun.problems());
                    for (CaseResult result : chainRun.results()) {
                        out.println(result.line(pass, run));
                        runs.computeIfAbsent(result.syncCase(), any -> new ArrayList<>()).add(result);
                    }
                }
            }
            passes.add(summarise(pass, runs));
        }
        if (passes.size() > 1) {
            compare(passes);
        }
        out.printf(Locale.ROOT, "# real time %d s%n", Duration.ofNanos(System.nanoTime() - realStart).toSeconds());
        return clean;
    }

    /** Prints each case's summary of this pass and whether the goal was met; returns the summaries by case. */
    private Map<SyncCase, CaseSummary> summarise(int pass, Map<SyncCase, List<CaseResult>> runs) {
        Map<SyncCase, CaseSummary> summaries = new LinkedHashMap<>();
        runs.forEach((syncCase, results) -> summaries.put(syncCase, new CaseSummary(syncCase, results)));
        summaries.values().forEach(summary -> out.println(summary.line(pass)));
        List<String> missed = summaries.values().stream().filter(summary -> !summary.goalMet())
                .map(summary -> summary.syncCase().name()).toList();
        out.printf(Locale.ROOT, "# pass %d, goal (requests = floor, median wall <= %.1f x floor, refused = 0): %s%n",
                pass, CaseSummary.WALL_TOLERANCE, missed.isEmpty() ? "met in every case" : "missed in " + missed);
        return summaries;
    }

    /** Prints, per case, the medians of every pass and how far apart they are. */
    private void compare(List<Map<SyncCase, CaseSummary>> passes) {
        List<String> differing = new ArrayList<>();
        for (SyncCase syncCase : passes.get(0).keySet()) {
            var comparison = new Reproducibility(syncCase,
                    passes.stream().map(pass -> pass.get(syncCase)).toList());
            out.println(comparison.line());
            if (!comparison.reproduced()) {
                differing.add(syncCase.name());
            }
        }
        out.printf(Locale.ROOT, "# reproduced (largest median <= %.1f x smallest, every ratio): %s%n",
                Reproducibility.TOLERANCE, differing.isEmpty() ? "in every case" : "not in " + differing);
    }

    /** Prints what went wrong, if anything; true when nothing did. */
    private boolean reported(List<String> problems) {
        problems.forEach(problem -> out.println("# " + problem));
        return problems.isEmpty();
    }
}
