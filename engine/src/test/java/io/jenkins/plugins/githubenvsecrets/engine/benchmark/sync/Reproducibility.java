package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * One case's medians from several passes of the whole benchmark, side by side: a figure reproduces when the largest
 * median of a ratio is within {@link #TOLERANCE} of the smallest.
 */
record Reproducibility(SyncCase syncCase, List<CaseSummary> passes) {
    /** A second pass reproduces a figure when its median differs from the first by at most 10 %. */
    static final double TOLERANCE = 1.1;

    Reproducibility {
        passes = List.copyOf(passes);
        if (passes.isEmpty() || passes.stream().anyMatch(pass -> !pass.syncCase().equals(syncCase))) {
            throw new IllegalArgumentException("a comparison of " + syncCase.name() + " needs passes of it alone");
        }
    }

    /** Largest over smallest median of wall / floor: 1.0 when every pass agrees. */
    double wallSpread() {
        return spread(CaseSummary::wallRatio);
    }

    /** Largest over smallest median of requests / floor. */
    double requestSpread() {
        return spread(CaseSummary::requestRatio);
    }

    boolean reproduced() {
        return wallSpread() <= TOLERANCE && requestSpread() <= TOLERANCE;
    }

    /** {@code repeat <case> passes=P wall/floor=A,B wall/floor_ratio=... reproduced=yes}: one line. */
    String line() {
        return String.format(Locale.ROOT,
                "repeat %s passes=%d wall/floor=%s wall/floor_ratio=%.3f requests/floor=%s requests/floor_ratio=%.3f"
                        + " refused_total=%s reproduced=%s",
                syncCase.name(), passes.size(), each("%.3f", CaseSummary::wallRatio), wallSpread(),
                each("%.2f", CaseSummary::requestRatio), requestSpread(), each("%.0f", pass -> pass.refused()),
                reproduced() ? "yes" : "no");
    }

    private double spread(ToDoubleFunction<CaseSummary> median) {
        double smallest = passes.stream().mapToDouble(median).min().orElseThrow();
        double largest = passes.stream().mapToDouble(median).max().orElseThrow();
        return largest / smallest;
    }

    private String each(String format, ToDoubleFunction<CaseSummary> value) {
        return passes.stream().map(pass -> String.format(Locale.ROOT, format, value.applyAsDouble(pass)))
                .collect(Collectors.joining(","));
    }
}
