package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.time.Duration;
import java.util.Locale;

/** One case's engine and baseline measurements next to the floor, and the lines the benchmark prints for it. */
record CaseResult(SyncCase syncCase, Measurement engine, Measurement baseline, int floorRequests, Duration floorTime) {
    /** Goal: requests at the floor, wall time within 10 % of it, nothing refused, every value right. */
    static final double WALL_TOLERANCE = 1.1;

    boolean goalMet() {
        return engine.requests() == floorRequests && engine.refused() == 0 && engine.wrongValues() == 0
                && wallRatio() <= WALL_TOLERANCE;
    }

    double requestRatio() {
        return (double) engine.requests() / floorRequests;
    }

    double wallRatio() {
        return (double) engine.wall().toNanos() / floorTime.toNanos();
    }

    String engineLine() {
        return String.format(Locale.ROOT, "sync %s requests=%d floor_requests=%d writes=%d wall_ms=%d floor_ms=%d"
                        + " refused=%d", syncCase.name(), engine.requests(), floorRequests, engine.writes(),
                engine.wall().toMillis(), floorTime.toMillis(), engine.refused());
    }

    String baselineLine() {
        return String.format(Locale.ROOT, "sync-baseline %s requests=%d wall_ms=%d refused=%d", syncCase.name(),
                baseline.requests(), baseline.wall().toMillis(), baseline.refused());
    }

    String ratioLine() {
        return String.format(Locale.ROOT, "ratio %s requests/floor=%.2f wall/floor=%.3f", syncCase.name(),
                requestRatio(), wallRatio());
    }
}
