package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.time.Duration;

/**
 * The least a correct client can do for a case, with this engine's strategy (remembered fingerprints checked
 * against GitHub's {@code updated_at} for secrets; GitHub's own values for variables).
 *
 * <p>Requests, per target (environment, repository or the organization), for secrets: cold, 1 public-key read + N
 * writes = N + 1 (no list first: with nothing remembered every secret is written anyway, and 201/204 says created or
 * updated; no list after: the write's own {@code Date} says when GitHub stored it); warm, 1 list; k changed (k >= 1),
 * 1 list + 1 key + k writes = k + 2. For variables, which GitHub lists with their values and which need no key: cold,
 * 1 list + N creates = N + 1; warm, 1 list and no write; k changed, 1 list + k updates = k + 1. Summed over E.
 *
 * <p>Time, for round-trip latency L and GitHub's gap G between the starts of two mutating requests. Reads of
 * different targets may overlap; mutations go one at a time, at least max(G, L) apart. Warm: L (the E lists side by
 * side). Otherwise, with W writes in all: {@code pre + (W - 1) * max(G, L) + L}: {@code pre} is what must come before
 * the first write (cold: L for the key, or for the variables' list; changed secrets: 2L, the list then the key;
 * changed variables: L, the list), then the writes and the last write's own L. This assumes the other targets' reads
 * fit in the gaps between writes, which holds when 2L <= G (a target's last write and the next target's key read
 * take 2L).
 */
final class Floor {
    private Floor() {
    }

    static int requests(SyncCase syncCase) {
        int changed = syncCase.changedPerEnvironment();
        int perTarget = switch (syncCase.scenario()) {
            case COLD -> syncCase.secrets() + 1;
            case WARM -> 1;
            case CHANGED -> changed + (syncCase.shape().listsAlways() ? 1 : 2);
        };
        return perTarget * syncCase.environments();
    }

    static int writes(SyncCase syncCase) {
        return syncCase.changedPerEnvironment() * syncCase.environments();
    }

    static Duration time(SyncCase syncCase, Duration latency, Duration gap) {
        if (syncCase.scenario() == Scenario.WARM) {
            return latency;
        }
        boolean oneReadFirst = syncCase.scenario() == Scenario.COLD || syncCase.shape().listsAlways();
        Duration before = oneReadFirst ? latency : latency.multipliedBy(2);
        Duration spacing = gap.compareTo(latency) >= 0 ? gap : latency;
        return before.plus(spacing.multipliedBy(writes(syncCase) - 1L)).plus(latency);
    }
}
