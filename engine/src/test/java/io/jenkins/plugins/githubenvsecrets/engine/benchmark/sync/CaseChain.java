package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.util.Arrays;
import java.util.List;

/**
 * Cases that run in order against one GitHub fake and one fingerprint store, each starting from what the one before
 * left: cold, warm, then 10 % changed. The benchmark's case list is a list of chains ({@link
 * BenchmarkSettings#chains}); {@link ChainRunner} runs any of them.
 */
record CaseChain(int secrets, int environments) {
    CaseChain {
        if (secrets < 1 || environments < 1) {
            throw new IllegalArgumentException("a chain needs at least one secret and one environment");
        }
    }

    List<SyncCase> cases() {
        return Arrays.stream(Scenario.values()).map(scenario -> new SyncCase(scenario, secrets, environments))
                .toList();
    }
}
