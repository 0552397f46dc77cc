package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark's knobs, from {@code name=value} arguments.
 *
 * <ul>
 *   <li>{@code latency-ms}: simulated round trip of every request, 100 (GitHub's API answers in 100 ms or more).</li>
 *   <li>{@code k}: how many times faster than real time simulated time runs for the engine's runs; {@code auto}
 *       (the default) picks it per case from the floor, see {@link #factorFor}; a number fixes it.</li>
 *   <li>{@code k-max}: the largest factor {@code auto} picks, {@value #DEFAULT_MAX_FACTOR}. The client keeps
 *       50 ms of simulated time to spare between writes, which is 50 / K ms of real time, and a write that arrives
 *       late by more than that (a thread that waited for a core, a garbage collection) makes the fake refuse the
 *       next one. At 2x the margin is 25 ms and no write was refused on a loaded 2-core machine; at 5x and 10x
 *       some were (BENCHMARKS-sync.md has the measurements).</li>
 *   <li>{@code runs}: how many times every case runs, {@value #DEFAULT_RUNS}; the median is reported. Three is
 *       the fewest whose median outvotes one disturbed run; at 2x each run of the default cases takes over four
 *       minutes, nearly all of it in the 300 paced writes of {@code cold-N100-E3}.</li>
 *   <li>{@code repeat}: how many times the whole benchmark runs, 1; with 2 or more, each case's medians are compared
 *       at the end.</li>
 *   <li>{@code client-gap-ms}: the engine client's gap between writes; unset, the client's default (1050 ms).</li>
 *   <li>{@code secrets}, {@code environments}: the N and E to combine, 1,10,100 and 1,3.</li>
 *   <li>{@code seed}: for the generated values.</li>
 * </ul>
 * GitHub's gap between mutating requests stays 1 s.
 */
record BenchmarkSettings(Duration latency, Duration gap, Optional<Long> fixedFactor, long maxFactor,
        Optional<Duration> clientGap, List<Integer> secrets, List<Integer> environments, long seed, int runs,
        int repeat) {
    static final Duration GITHUB_GAP = Duration.ofSeconds(1);
    /** With {@code k=auto}, each engine run lasts about this long in real time (unless it is shorter at 1x). */
    static final Duration REAL_TIME_PER_RUN = Duration.ofSeconds(1);
    static final long DEFAULT_MAX_FACTOR = 2;
    static final int DEFAULT_RUNS = 3;

    private static final List<String> KNOWN = List.of("latency-ms", "k", "k-max", "runs", "repeat", "client-gap-ms",
            "secrets", "environments", "seed");

    BenchmarkSettings {
        if (maxFactor < 1 || fixedFactor.filter(factor -> factor < 1).isPresent()) {
            throw new IllegalArgumentException("k and k-max are at least 1: time is only ever sped up");
        }
        if (runs < 1 || repeat < 1) {
            throw new IllegalArgumentException("runs and repeat are at least 1, not " + runs + " and " + repeat);
        }
        secrets = List.copyOf(secrets);
        environments = List.copyOf(environments);
    }

    static BenchmarkSettings parse(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.isBlank()) {
                continue; // an empty property expands to an empty argument
            }
            int equals = arg.indexOf('=');
            if (equals < 1 || !KNOWN.contains(arg.substring(0, equals).strip())) {
                throw new IllegalArgumentException("arguments are name=value with a name of " + KNOWN + ", not '"
                        + arg + "'");
            }
            given.put(arg.substring(0, equals).strip(), arg.substring(equals + 1).strip());
        }
        String factor = given.getOrDefault("k", "auto");
        return new BenchmarkSettings(
                Duration.ofMillis(Long.parseLong(given.getOrDefault("latency-ms", "100"))),
                GITHUB_GAP,
                factor.equals("auto") ? Optional.empty() : Optional.of(Long.valueOf(factor)),
                Long.parseLong(given.getOrDefault("k-max", String.valueOf(DEFAULT_MAX_FACTOR))),
                Optional.ofNullable(given.get("client-gap-ms")).map(Long::valueOf).map(Duration::ofMillis),
                numbers(given.getOrDefault("secrets", "1,10,100")),
                numbers(given.getOrDefault("environments", "1,3")),
                Long.parseLong(given.getOrDefault("seed", "20260115")),
                Integer.parseInt(given.getOrDefault("runs", String.valueOf(DEFAULT_RUNS))),
                Integer.parseInt(given.getOrDefault("repeat", "1")));
    }

    /** The case list: a chain for every N and E, in the order run and printed. */
    List<CaseChain> chains() {
        List<CaseChain> chains = new ArrayList<>();
        for (int secretCount : secrets) {
            for (int environmentCount : environments) {
                chains.add(new CaseChain(secretCount, environmentCount));
            }
        }
        return chains;
    }

    /**
     * How much faster than real time an engine run with this floor goes. Each request costs about three
     * milliseconds of real time (client, loopback, fake) on top of its simulated latency, and scaled time multiplies
     * that by K. So {@code auto} lets a run last about {@link #REAL_TIME_PER_RUN} of real time (K = floor / 1 s,
     * between 1 and {@code k-max}): the three or four requests that are not hidden in the gaps between writes then
     * add about 1 % to the floor, and runs shorter than a second go at real speed, unscaled.
     */
    long factorFor(Duration floor) {
        return fixedFactor.orElseGet(
                () -> Math.max(1, Math.min(maxFactor, floor.toMillis() / REAL_TIME_PER_RUN.toMillis())));
    }

    String describeFactor() {
        return fixedFactor.map(k -> k + "x for every engine run")
                .orElse("per case: floor / " + REAL_TIME_PER_RUN.toMillis() + " ms, between 1x and " + maxFactor
                        + "x");
    }

    private static List<Integer> numbers(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
}
