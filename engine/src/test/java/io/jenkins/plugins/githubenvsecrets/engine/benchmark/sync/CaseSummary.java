package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Every run of one case in one pass, summed up: the median of each ratio to the floor (one unlucky run does not
 * decide it), its lowest and highest value (so a reader sees how much runs vary), and what went wrong in any run.
 */
record CaseSummary(SyncCase syncCase, List<CaseResult> runs) {
    /** Goal: requests at the floor, wall time within 10 % of it, nothing refused, every value right. */
    static final double WALL_TOLERANCE = 1.1;

    CaseSummary {
        runs = List.copyOf(runs);
        if (runs.isEmpty() || runs.stream().anyMatch(run -> !run.syncCase().equals(syncCase))) {
            throw new IllegalArgumentException("a summary of " + syncCase.name() + " needs runs of it alone");
        }
    }

    double requestRatio() {
        return median(runs, CaseResult::requestRatio);
    }

    double wallRatio() {
        return median(runs, CaseResult::wallRatio);
    }

    /** Writes GitHub refused, summed over the runs. */
    int refused() {
        return runs.stream().mapToInt(run -> run.engine().refused()).sum();
    }

    /** Secrets left with a wrong value, summed over the runs. */
    int wrongValues() {
        return runs.stream().mapToInt(run -> run.engine().wrongValues()).sum();
    }

    /** Every run made exactly the floor's requests, the median wall time is within tolerance, nothing went wrong. */
    boolean goalMet() {
        return runs.stream().allMatch(run -> run.engine().requests() == run.floorRequests())
                && wallRatio() <= WALL_TOLERANCE && refused() == 0 && wrongValues() == 0;
    }

    /** {@code sync <case> pass=P runs=R k=K requests/floor=... wall/floor=... refused_total=...}: one line. */
    String line(int pass) {
        CaseResult first = runs.get(0);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "sync %s pass=%d runs=%d k=%d requests/floor=%.2f requests/floor_min=%.2f requests/floor_max=%.2f"
                        + " wall/floor=%.3f wall/floor_min=%.3f wall/floor_max=%.3f refused_total=%d wrong_total=%d"
                        + " floor_requests=%d floor_ms=%d baseline_requests=%s baseline_refused=%s",
                syncCase.name(), pass, runs.size(), first.factor(), requestRatio(), min(CaseResult::requestRatio),
                max(CaseResult::requestRatio), wallRatio(), min(CaseResult::wallRatio), max(CaseResult::wallRatio),
                refused(), wrongValues(), first.floorRequests(), first.floorTime().toMillis(),
                number(median(runs, run -> run.baseline().requests())),
                number(median(runs, run -> run.baseline().refused()))));
        if (runs.stream().allMatch(run -> run.bare().isPresent())) {
            line.append(" bare_best_ms=").append(number(
                    median(runs, run -> run.bare().orElseThrow().best().toMillis())));
        }
        return line.toString();
    }

    /** The middle value; with an even count, the mean of the two middle ones. */
    static <T> double median(List<T> items, ToDoubleFunction<T> value) {
        double[] sorted = items.stream().mapToDouble(value).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no median of nothing");
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private double min(ToDoubleFunction<CaseResult> value) {
        return runs.stream().mapToDouble(value).min().orElseThrow();
    }

    private double max(ToDoubleFunction<CaseResult> value) {
        return runs.stream().mapToDouble(value).max().orElseThrow();
    }

    /** A count as a whole number, or with one decimal when it is the median of an even number of runs. */
    private static String number(double count) {
        return count == Math.rint(count) ? String.valueOf((long) count) : String.format(Locale.ROOT, "%.1f", count);
    }
}
