package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The warm floor's requests sent by a client that does nothing else: every environment's secrets listed side by
 * side, bodies read, nothing parsed. What it takes beyond the latency is the fake's and the loopback's own cost,
 * which any client pays; what the engine takes beyond this is the engine's.
 */
final class BareListing implements AutoCloseable {
    private final BenchGitHub github;
    private final ScaledTime time;
    private final BareHttp http;
    private final Threads threads = new Threads("bare-listing");

    BareListing(BenchGitHub github, ScaledTime time) {
        this.github = github;
        this.time = time;
        this.http = new BareHttp(github);
    }

    /**
     * A few listings at the current factor: what the harness itself costs. The first opens new connections for the
     * lists beyond the first, as the engine's parallel reads do; the best shows the cost with warm ones.
     */
    Times times(int tries) throws InterruptedException {
        Duration first = run();
        Duration best = first;
        for (int i = 1; i < tries; i++) {
            Duration took = run();
            best = took.compareTo(best) < 0 ? took : best;
        }
        return new Times(first, best);
    }

    private Duration run() throws InterruptedException {
        Instant start = time.instant();
        List<Future<Integer>> lists = new ArrayList<>();
        for (String environment : github.environments()) {
            lists.add(threads.submit(() -> list(environment)));
        }
        Threads.awaitAll(lists);
        return Duration.between(start, time.instant());
    }

    private int list(String environment) throws IOException {
        BareHttp.Answer answer = http.get(environment, "", "per_page=100");
        if (answer.status() != 200) {
            throw new IOException("listing " + environment + ": HTTP " + answer.status());
        }
        return answer.body().length;
    }

    /** The first listing's time and the best of a few, in simulated time. */
    record Times(Duration first, Duration best) {
    }

    @Override
    public void close() {
        threads.close();
        http.close();
    }
}
