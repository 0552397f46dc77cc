package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * One run of one case: the engine's and the baseline's measurements next to the floor, the factor the engine ran
 * at, and for warm cases what a bare client's listings took (the harness's own share).
 */
record CaseResult(SyncCase syncCase, long factor, Measurement engine, Measurement baseline, int floorRequests,
        Duration floorTime, Optional<BareListing.Times> bare) {

    double requestRatio() {
        return (double) engine.requests() / floorRequests;
    }

    double wallRatio() {
        return (double) engine.wall().toNanos() / floorTime.toNanos();
    }

    /** {@code run <case> pass=P run=R k=K ...}: the raw figures of this run, one line. */
    String line(int pass, int run) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "run %s pass=%d run=%d k=%d requests=%d floor_requests=%d writes=%d refused=%d wall_ms=%d"
                        + " floor_ms=%d requests/floor=%.2f wall/floor=%.3f baseline_requests=%d"
                        + " baseline_refused=%d baseline_wall_ms=%d",
                syncCase.name(), pass, run, factor, engine.requests(), floorRequests, engine.writes(),
                engine.refused(), engine.wall().toMillis(), floorTime.toMillis(), requestRatio(), wallRatio(),
                baseline.requests(), baseline.refused(), baseline.wall().toMillis()));
        bare.ifPresent(times -> line.append(String.format(Locale.ROOT, " bare_first_ms=%d bare_best_ms=%d",
                times.first().toMillis(), times.best().toMillis())));
        return line.toString();
    }
}
