package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.state.FingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretFingerprinter;
import java.util.Objects;

/**
 * What lets a sync skip unchanged secrets and prune only its own: a store of records and the keyed fingerprinter
 * that fills it. Without memory, every secret is written every time.
 */
public record SyncMemory(FingerprintStore store, SecretFingerprinter fingerprinter) {
    public static final SyncMemory NONE = new SyncMemory(FingerprintStore.NONE, null);

    public SyncMemory {
        Objects.requireNonNull(store, "store");
        if (store != FingerprintStore.NONE) {
            Objects.requireNonNull(fingerprinter, "fingerprinter");
        }
    }

    boolean remembers() {
        return store != FingerprintStore.NONE;
    }
}
