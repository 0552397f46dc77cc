package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Syncs N secrets to E environments with our engine and with a gh-style baseline, each against its own GitHub
 * fake with a round-trip latency and GitHub's one-second rule for mutating requests, all on scaled time, and prints
 * requests and simulated wall time against the floor (see {@link Floor}).
 *
 * <p>For each N and E one chain runs: cold (fresh fake, fresh store), then warm (the same sync again), then 10 %
 * changed. Engine runs go at the case's factor (see {@link BenchmarkSettings#factorFor}); baseline runs go at real
 * speed, since a burst lasts well under a second and any scaling would spread it and let more writes through;
 * between runs simulated time idles for two seconds at the highest factor, as between two builds.
 *
 * <p>Not a test: {@code mvn -B -f engine -Pbenchmark-sync test-compile exec:exec}, arguments in
 * {@code -Dsync.args="k=auto latency-ms=50 ..."}. Exits with 1 only if the engine left a value wrong, reported a
 * failure or broke the protocol; a missed goal is printed, not an error.
 */
public final class SyncBenchmark {
    /** Runs of each warm case, of which the median is reported. */
    private static final int WARM_REPEATS = 5;

    /** Simulated pause between two runs, so one run's last write never counts against the next one's first. */
    private static final Duration IDLE_BETWEEN_RUNS = Duration.ofSeconds(2);
    /** Unshown warm syncs of 100 secrets in 3 environments before the measured ones; each lasts about 50 ms. */
    private static final int WARM_UP_RUNS = 20;

    private final BenchmarkSettings settings;
    private final ScaledTime time;
    private final PrintStream out;

    SyncBenchmark(BenchmarkSettings settings, PrintStream out) {
        this.settings = settings;
        this.time = new ScaledTime(Instant.parse("2026-01-15T10:00:00Z"), 1);
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
        out.printf(Locale.ROOT, "# sync benchmark: latency %d ms, GitHub gap %d ms, client gap %s, N=%s, E=%s%n",
                settings.latency().toMillis(), settings.gap().toMillis(),
                settings.clientGap().map(gap -> gap.toMillis() + " ms").orElse("default"), settings.secrets(),
                settings.environments());
        out.println("# simulated time for engine runs: " + settings.describeFactor() + "; baseline runs at 1x");
        long realStart = System.nanoTime();
        boolean clean = warmUp();
        List<CaseResult> results = new ArrayList<>();
        for (int secrets : settings.secrets()) {
            for (int environments : settings.environments()) {
                ChainResult chain = runChain(secrets, environments, true);
                results.addAll(chain.results());
                clean &= chain.clean();
            }
        }
        for (CaseResult result : results) {
            out.println(result.ratioLine());
        }
        List<String> missed = results.stream().filter(result -> !result.goalMet())
                .map(result -> result.syncCase().name()).toList();
        out.printf(Locale.ROOT, "# goal (requests = floor, wall <= %.1f x floor, refused = 0): %s; real time %d s%n",
                CaseResult.WALL_TOLERANCE, missed.isEmpty() ? "met in every case" : "missed in " + missed,
                Duration.ofNanos(System.nanoTime() - realStart).toSeconds());
        return clean;
    }

    /**
     * Runs every path once at full speed and the cheap warm sync many times, so that the measured runs meet
     * compiled code and loaded libraries, as on a controller that has been up for a while. Nothing is shown.
     */
    private boolean warmUp() throws InterruptedException {
        boolean clean = runChain(10, 3, false).clean();
        // Unpaced (no gap on either side), so that filling three environments with 100 secrets takes no minutes.
        try (var github = new BenchGitHub(3, 100, settings.latency(), Duration.ZERO, time)) {
            var secrets = new BenchSecrets(100, settings.seed());
            var engine = new EngineRunner(github, time, Optional.of(Duration.ZERO));
            time.rescale(settings.maxFactor());
            engine.run(secrets);
            time.rescale(1);
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                engine.run(secrets);
            }
            idle();
        }
        return clean;
    }

    private ChainResult runChain(int secretCount, int environments, boolean shown) throws InterruptedException {
        List<CaseResult> results = new ArrayList<>();
        boolean clean = true;
        var secrets = new BenchSecrets(secretCount, settings.seed() + 31L * secretCount + environments);
        try (var engineGitHub = new BenchGitHub(environments, secretCount, settings.latency(), settings.gap(), time);
                var baselineGitHub = new BenchGitHub(environments, secretCount, settings.latency(), settings.gap(),
                        time);
                var baseline = new GhStyleBaseline(baselineGitHub, time);
                var bare = new BareListing(engineGitHub, time)) {
            var engine = new EngineRunner(engineGitHub, time, settings.clientGap());
            for (Scenario scenario : Scenario.values()) {
                var syncCase = new SyncCase(scenario, secretCount, environments);
                if (scenario == Scenario.CHANGED) {
                    secrets.change(syncCase.changedPerEnvironment());
                }
                Duration floor = Floor.time(syncCase, settings.latency(), settings.gap());
                long factor = settings.factorFor(floor);
                time.rescale(factor);
                Measurement ours = scenario == Scenario.WARM ? medianOf(WARM_REPEATS, engine, secrets)
                        : engine.run(secrets);
                BareTimes bareWarm = scenario == Scenario.WARM ? bareTimes(3, bare) : null;
                idle();
                time.rescale(1);
                Measurement theirs = baseline.run(secrets);
                idle();
                var result = new CaseResult(syncCase, ours, theirs, Floor.requests(syncCase), floor);
                clean &= reportProblems(syncCase, engine, ours);
                if (shown) {
                    out.printf(Locale.ROOT, "# %s: engine at %dx%n", syncCase.name(), factor);
                    if (bareWarm != null) {
                        out.printf(Locale.ROOT, "# %s: a bare client's %d list(s) side by side take %d ms first,"
                                + " %d ms at best of 3 (the fake's and loopback's share)%n", syncCase.name(),
                                environments, bareWarm.first().toMillis(), bareWarm.best().toMillis());
                    }
                    out.println(result.engineLine());
                    out.println(result.baselineLine());
                    results.add(result);
                }
            }
            clean &= noViolations(engineGitHub) & noViolations(baselineGitHub);
        }
        return new ChainResult(results, clean);
    }

    /**
     * A warm sync changes nothing, so it can be repeated as it is; the median of a few runs keeps one unlucky
     * scheduling pause in a 100 ms run from deciding the figure. Every repeat must see the same requests.
     */
    private Measurement medianOf(int repeats, EngineRunner engine, BenchSecrets secrets) throws InterruptedException {
        List<Measurement> runs = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            runs.add(engine.run(secrets));
        }
        runs.sort(java.util.Comparator.comparing(Measurement::wall));
        Measurement median = runs.get(repeats / 2);
        if (runs.stream().anyMatch(run -> run.requests() != median.requests() || run.writes() != median.writes()
                || run.refused() != median.refused())) {
            out.println("# warm repeats differ in requests: " + runs);
        }
        return median;
    }

    /**
     * A few bare listings at the current factor: what the harness itself costs. The first opens new connections
     * for the lists beyond the first, as the engine's parallel reads do; the best shows the cost with warm ones.
     */
    private BareTimes bareTimes(int tries, BareListing bare) throws InterruptedException {
        Duration first = bare.run();
        Duration best = first;
        for (int i = 1; i < tries; i++) {
            Duration took = bare.run();
            best = took.compareTo(best) < 0 ? took : best;
        }
        return new BareTimes(first, best);
    }

    private record BareTimes(Duration first, Duration best) {
    }

    /**
     * Lets simulated time pass between runs, quickly: nothing is in flight, so the factor does not matter. Collects
     * garbage meanwhile, so that a collection is less likely to land inside the next run (a warm one lasts 50 ms).
     */
    private void idle() throws InterruptedException {
        System.gc();
        time.rescale(settings.maxFactor());
        time.sleep(IDLE_BETWEEN_RUNS);
    }

    /** The engine must leave every value right and report no failure; says what went wrong otherwise. */
    private boolean reportProblems(SyncCase syncCase, EngineRunner engine, Measurement ours) {
        engine.lastFailures().forEach(line -> out.println("# " + syncCase.name() + " failed: " + line));
        if (ours.wrongValues() > 0) {
            out.println("# " + syncCase.name() + ": " + ours.wrongValues() + " secrets do not hold their value");
        }
        return engine.lastFailures().isEmpty() && ours.wrongValues() == 0;
    }

    private boolean noViolations(BenchGitHub github) {
        github.protocolViolations().forEach(problem -> out.println("# protocol violation: " + problem));
        return github.protocolViolations().isEmpty();
    }

    private record ChainResult(List<CaseResult> results, boolean clean) {
    }
}
