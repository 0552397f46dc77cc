package io.jenkins.plugins.githubenvsecrets.engine.benchmark.records;

import io.jenkins.plugins.githubenvsecrets.engine.audit.IndexedRecords;
import io.jenkins.plugins.githubenvsecrets.engine.audit.RecordFilter;
import io.jenkins.plugins.githubenvsecrets.engine.audit.RecordIndex;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.state.FileFingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * What a sync's bookkeeping costs as this Jenkins holds more records: per size, one environment's load and two
 * updates, as a sync makes them (the load before planning, the record of a write, the record of what it settled), on
 * the file store with the audit index attached as in Jenkins, and on the single file of versions 1 and 2 side by side.
 * Prints, per size, {@code records total=N per-environment-ms=X} (the median of the runs), then
 * {@code records growth=R} (X at the largest size over X at the smallest), and the audit index's views at the largest
 * size. Not a test: run it with {@code mvn -B -f engine -Pbenchmark-records test-compile exec:exec}.
 */
public final class RecordsBenchmark {
    private static final double GOAL_GROWTH = 2;
    private static final double GOAL_MILLISECONDS = 10;

    private final RecordsSettings settings;
    private final PrintStream out;
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    /** Moves every write's time on, so that each update really changes the set. */
    private Instant clock = Instant.parse("2026-12-01T00:00:00Z");

    RecordsBenchmark(RecordsSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        boolean clean = new RecordsBenchmark(RecordsSettings.parse(args), System.out).runAll();
        System.out.flush();
        System.exit(clean ? 0 : 1);
    }

    boolean runAll() throws Exception {
        out.println("# records benchmark: " + settings.perEnvironment() + " records per environment, owned by "
                + settings.jobs() + " jobs; median of " + settings.runs() + " runs after " + settings.warmup()
                + " unshown; baseline (the single file of versions 1 and 2) median of " + settings.baselineRuns()
                + (settings.baseline() ? "" : " (not run)") + "; " + Runtime.getRuntime().availableProcessors()
                + " cores");
        Map<Integer, Double> perEnvironment = new LinkedHashMap<>();
        Path root = Files.createTempDirectory("records-benchmark");
        try {
            warmUp(root.resolve("warm-up"));
            int largest = Collections.max(settings.sizes());
            for (int size : settings.sizes()) {
                GeneratedRecords generated = new GeneratedRecords(size, settings.perEnvironment(), settings.jobs());
                perEnvironment.put(generated.total(), measure(generated, root.resolve("ours-" + size),
                        size == largest));
                if (settings.baseline()) {
                    baseline(generated, root.resolve("baseline-" + size + ".json"),
                            perEnvironment.get(generated.total()));
                }
            }
            double smallest = perEnvironment.values().iterator().next();
            double atLargest = perEnvironment.get(Collections.max(perEnvironment.keySet()));
            double growth = atLargest / smallest;
            out.println("records growth=" + format(growth));
            out.println("# goal: growth <= " + format(GOAL_GROWTH) + " and per-environment-ms <= "
                    + format(GOAL_MILLISECONDS) + " at the largest size: "
                    + (growth <= GOAL_GROWTH && atLargest <= GOAL_MILLISECONDS ? "met" : "missed"));
        } finally {
            delete(root);
        }
        problems.forEach(problem -> out.println("# problem: " + problem));
        return problems.isEmpty();
    }

    /**
     * A whole unshown round on 1,000 records first, so that the first size measured meets compiled code as the
     * others do, and a smaller size is not made to look slower than a larger one.
     */
    private void warmUp(Path folder) throws Exception {
        GeneratedRecords generated = new GeneratedRecords(1_000, settings.perEnvironment(), settings.jobs());
        FileFingerprintStore store = new FileFingerprintStore(folder, problems::add);
        for (int i = 0; i < generated.scopes().size(); i++) {
            Map<SecretName, SecretRecord> records = generated.records(i);
            store.update(generated.scopes().get(i), current -> records);
        }
        IndexedRecords index = new IndexedRecords(store);
        Random random = new Random(settings.seed());
        for (int i = 0; i < 200; i++) {
            oneEnvironment(store, generated, random);
            index.current().filter(RecordFilter.NONE);
        }
        if (settings.baseline()) {
            SingleFileBaseline single = new SingleFileBaseline(folder.resolve("baseline.json"));
            single.fill(generated);
            for (int i = 0; i < 20; i++) {
                RecordScope scope = pick(generated, random);
                single.load(scope);
                single.update(scope, seenAll());
            }
        }
        delete(folder);
    }

    private double measure(GeneratedRecords generated, Path folder, boolean largest) throws Exception {
        FileFingerprintStore store = new FileFingerprintStore(folder, problems::add);
        long start = System.nanoTime();
        for (int i = 0; i < generated.scopes().size(); i++) {
            Map<SecretName, SecretRecord> records = generated.records(i);
            store.update(generated.scopes().get(i), current -> records);
        }
        double fillSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        IndexedRecords index = new IndexedRecords(store);
        RecordIndex built = index.current();
        double indexMilliseconds = (System.nanoTime() - start) / 1e6;
        if (built.size() != generated.total()) {
            problems.add("the index holds " + built.size() + " records of " + generated.total());
        }
        Random random = new Random(settings.seed());
        double median = median(settings.runs(), settings.warmup(),
                timed(() -> oneEnvironment(store, generated, random)));
        out.println("records total=" + generated.total() + " per-environment-ms=" + format(median));
        out.println("# records total=" + generated.total() + ": " + generated.scopes().size() + " files written in "
                + format(fillSeconds) + " s, index read from them in " + format(indexMilliseconds) + " ms");
        if (largest) {
            views(store, index, generated, random);
        }
        return median;
    }

    private void baseline(GeneratedRecords generated, Path file, double ours) throws Exception {
        SingleFileBaseline single = new SingleFileBaseline(file);
        single.fill(generated);
        Random random = new Random(settings.seed());
        double median = median(settings.baselineRuns(), 1, timed(() -> {
            RecordScope scope = pick(generated, random);
            single.load(scope);
            single.update(scope, recordAWrite());
            single.update(scope, seenAll());
        }));
        out.println("records total=" + generated.total() + " baseline-per-environment-ms=" + format(median)
                + " baseline/ours=" + format(median / ours) + " (file of " + Files.size(file) / 1024 + " KiB)");
        Files.delete(file);
    }

    /** A sync's bookkeeping for one environment: load before planning, record a write, record what it settled. */
    private void oneEnvironment(FileFingerprintStore store, GeneratedRecords generated, Random random)
            throws InterruptedException {
        RecordScope scope = pick(generated, random);
        if (store.load(scope).size() != settings.perEnvironment()) {
            problems.add("an environment of " + scope.target() + " did not hold its records");
        }
        store.update(scope, recordAWrite());
        store.update(scope, seenAll());
    }

    /**
     * The audit's views at this size, each the median of the runs: the whole page just after a save (the rows are put
     * in order anew), a filtered page, a job's page, and deciding whether a job has a page at all.
     */
    private void views(FileFingerprintStore store, IndexedRecords index, GeneratedRecords generated, Random random)
            throws Exception {
        double page = median(settings.runs(), settings.warmup(), () -> {
            store.update(pick(generated, random), seenAll()); // not timed: the view after it is
            long start = System.nanoTime();
            index.current().filter(RecordFilter.NONE).size();
            return System.nanoTime() - start;
        });
        RecordFilter filter = new RecordFilter(null, "acme/repo7", null, null, "credential-3", null);
        double filtered = median(settings.runs(), settings.warmup(), timed(() -> index.current().filter(filter)));
        double jobPage = median(settings.runs(), settings.warmup(),
                timed(() -> index.current().ownedBy(generated.job(random.nextInt(settings.jobs())))));
        String[] jobs = new String[settings.jobs() * 2];
        for (int i = 0; i < jobs.length; i++) {
            jobs[i] = GeneratedRecords.jobName(i); // the second half own nothing
        }
        int asks = 100_000;
        double actions = median(settings.runs(), settings.warmup(), timed(() -> {
            int owning = 0;
            for (int i = 0; i < asks; i++) {
                owning += index.current().owns(jobs[i % jobs.length]) ? 1 : 0;
            }
            if (owning != asks / 2) {
                problems.add(owning + " of " + asks + " asks found a page, not half");
            }
        })) * 1e6 / asks;
        out.println("records total=" + generated.total() + " page-after-save-ms=" + format(page) + " filtered-page-ms="
                + format(filtered) + " job-page-ms=" + format(jobPage) + " job-has-page-ns=" + format(actions));
    }

    private UnaryOperator<Map<SecretName, SecretRecord>> recordAWrite() {
        Instant at = tick();
        return current -> {
            Map<SecretName, SecretRecord> next = new LinkedHashMap<>(current);
            SecretName name = SecretName.of("SECRET_0");
            SecretRecord earlier = next.get(name);
            next.put(name, SecretRecord.written(GeneratedRecords.fingerprint(at.getNano(), 0), at, "credential-0",
                    earlier.writtenBy()).withOwnersOf(earlier));
            return next;
        };
    }

    private UnaryOperator<Map<SecretName, SecretRecord>> seenAll() {
        Instant at = tick();
        return current -> {
            Map<SecretName, SecretRecord> next = new LinkedHashMap<>(current);
            next.replaceAll((name, record) -> record.seen(at));
            return next;
        };
    }

    private Instant tick() {
        clock = clock.plusSeconds(1);
        return clock;
    }

    private static RecordScope pick(GeneratedRecords generated, Random random) {
        return generated.scopes().get(random.nextInt(generated.scopes().size()));
    }

    /** The median of {@code runs} timed runs, in milliseconds, after {@code warmup} unshown ones. */
    private static double median(int runs, int warmup, TimedRun run) throws Exception {
        for (int i = 0; i < warmup; i++) {
            run.nanoseconds();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = run.nanoseconds() / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    /** Times the whole of {@code run}. */
    private static TimedRun timed(Run run) {
        return () -> {
            long start = System.nanoTime();
            run.run();
            return System.nanoTime() - start;
        };
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @FunctionalInterface
    private interface Run {
        void run() throws Exception;
    }

    /** A run that says how many nanoseconds of it count. */
    @FunctionalInterface
    private interface TimedRun {
        long nanoseconds() throws Exception;
    }
}
