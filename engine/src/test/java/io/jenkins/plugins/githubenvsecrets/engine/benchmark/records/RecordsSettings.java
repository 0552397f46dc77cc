package io.jenkins.plugins.githubenvsecrets.engine.benchmark.records;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's knobs, from {@code name=value} arguments.
 *
 * <ul>
 *   <li>{@code sizes}: how many records this Jenkins holds in all, 1000,10000,100000.</li>
 *   <li>{@code per-environment}: records per environment, 10 (a sync's environment holds a handful to tens).</li>
 *   <li>{@code jobs}: how many jobs own them, 50.</li>
 *   <li>{@code runs}, {@code warmup}: measured and unshown runs per size, 21 and 5; the median is reported.</li>
 *   <li>{@code baseline}: whether to run the single file of versions 1 and 2 side by side, true;
 *       {@code baseline-runs} its measured runs per size, 5 (at 100,000 records one run takes seconds).</li>
 *   <li>{@code seed}: which environments the runs pick.</li>
 * </ul>
 */
record RecordsSettings(List<Integer> sizes, int perEnvironment, int jobs, int runs, int warmup, boolean baseline,
        int baselineRuns, long seed) {
    private static final List<String> KNOWN = List.of("sizes", "per-environment", "jobs", "runs", "warmup",
            "baseline", "baseline-runs", "seed");

    static RecordsSettings parse(String... args) {
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
        return new RecordsSettings(
                Arrays.stream(given.getOrDefault("sizes", "1000,10000,100000").split(",")).map(String::strip)
                        .map(Integer::valueOf).toList(),
                Integer.parseInt(given.getOrDefault("per-environment", "10")),
                Integer.parseInt(given.getOrDefault("jobs", "50")),
                Integer.parseInt(given.getOrDefault("runs", "21")),
                Integer.parseInt(given.getOrDefault("warmup", "5")),
                Boolean.parseBoolean(given.getOrDefault("baseline", "true")),
                Integer.parseInt(given.getOrDefault("baseline-runs", "5")),
                Long.parseLong(given.getOrDefault("seed", "20261206")));
    }
}
