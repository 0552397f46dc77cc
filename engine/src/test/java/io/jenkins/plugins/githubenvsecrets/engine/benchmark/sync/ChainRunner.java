package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one chain of cases once, each case's engine run on scaled time and the gh-style baseline at real speed, each
 * against its own GitHub fake, and checks what they left there. Every chain of the case list, on every run, goes
 * through here.
 *
 * <p>Engine runs go at the case's factor (see {@link BenchmarkSettings#factorFor}); baseline runs go at real speed,
 * since a burst lasts well under a second and any scaling would spread it and let more writes through; between
 * runs simulated time idles for two seconds, as between two builds.
 */
final class ChainRunner {
    /** Simulated pause between two runs, so one run's last write never counts against the next one's first. */
    private static final Duration IDLE_BETWEEN_RUNS = Duration.ofSeconds(2);
    /** Nothing is in flight while idle, so jitter cannot matter: the pause takes 20 ms of real time. */
    private static final long IDLE_FACTOR = 100;
    /** Bare listings beside each warm run, of which the first and the best are kept. */
    private static final int BARE_TRIES = 3;
    /** Unshown warm syncs of 100 secrets in 3 environments in the warm-up; each lasts about 100 ms. */
    private static final int WARM_UP_RUNS = 20;

    private final BenchmarkSettings settings;
    private final ScaledTime time;

    ChainRunner(BenchmarkSettings settings, ScaledTime time) {
        this.settings = settings;
        this.time = time;
    }

    /** What one run of a chain gave: a result per case, and what went wrong (empty when nothing did). */
    record ChainRun(List<CaseResult> results, List<String> problems) {
    }

    ChainRun run(CaseChain chain) throws InterruptedException {
        List<CaseResult> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        var secrets = new BenchSecrets(chain.secrets(),
                settings.seed() + 31L * chain.secrets() + chain.environments());
        try (var engineGitHub = github(chain);
                var baselineGitHub = github(chain);
                var baseline = new GhStyleBaseline(baselineGitHub, time);
                var bare = new BareListing(engineGitHub, time)) {
            var engine = new EngineRunner(engineGitHub, time, settings.clientGap());
            for (SyncCase syncCase : chain.cases()) {
                if (syncCase.scenario() == Scenario.CHANGED) {
                    secrets.change(syncCase.changedPerEnvironment());
                }
                Duration floor = Floor.time(syncCase, settings.latency(), settings.gap());
                long factor = settings.factorFor(floor);
                time.rescale(factor);
                Measurement ours = engine.run(secrets);
                Optional<BareListing.Times> bareTimes = syncCase.scenario() == Scenario.WARM
                        ? Optional.of(bare.times(BARE_TRIES)) : Optional.empty();
                idle();
                time.rescale(1);
                Measurement theirs = baseline.run(secrets);
                idle();
                engine.lastFailures().forEach(line -> problems.add(syncCase.name() + " failed: " + line));
                if (ours.wrongValues() > 0) {
                    problems.add(syncCase.name() + ": " + ours.wrongValues() + " secrets do not hold their value");
                }
                results.add(new CaseResult(syncCase, factor, ours, theirs, Floor.requests(syncCase), floor,
                        bareTimes));
            }
            engineGitHub.protocolViolations().forEach(problem -> problems.add("protocol violation: " + problem));
            baselineGitHub.protocolViolations().forEach(problem -> problems.add("protocol violation: " + problem));
        }
        return new ChainRun(results, problems);
    }

    /**
     * Runs every path once and the cheap warm sync many times, so that the measured runs meet compiled code and
     * loaded libraries, as on a controller that has been up for a while. Returns what went wrong; nothing else is
     * kept.
     */
    List<String> warmUp() throws InterruptedException {
        List<String> problems = new ArrayList<>(run(new CaseChain(10, 3)).problems());
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
        return problems;
    }

    private BenchGitHub github(CaseChain chain) {
        return new BenchGitHub(chain.environments(), chain.secrets(), settings.latency(), settings.gap(), time);
    }

    /**
     * Lets simulated time pass between runs, quickly: nothing is in flight, so the factor does not matter. Collects
     * garbage meanwhile, so that a collection is less likely to land inside the next run (a warm one lasts 100 ms).
     */
    private void idle() throws InterruptedException {
        System.gc();
        time.rescale(IDLE_FACTOR);
        time.sleep(IDLE_BETWEEN_RUNS);
    }
}
