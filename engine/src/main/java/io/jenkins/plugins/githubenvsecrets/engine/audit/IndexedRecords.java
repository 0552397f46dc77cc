package io.jenkins.plugins.githubenvsecrets.engine.audit;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.state.FingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordListener;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * The index of a store's records, kept up to date as the store saves them: read from the store once, on first use,
 * then changed with each record set the store saves, so no view reads a file. Readers get an immutable snapshot,
 * swapped atomically on each save, without taking any lock.
 *
 * <p>It also follows jobs: a renamed, moved or deleted job changes only the record sets the index says name it.
 */
public final class IndexedRecords implements RecordListener {
    private final FingerprintStore store;
    private final AtomicReference<RecordIndex> index = new AtomicReference<>();
    private final ReentrantLock building = new ReentrantLock();
    private final Object pendingLock = new Object();
    /** The sets saved while the index is being read from the store, which it applies last; null otherwise. */
    private Map<String, Pending> pending; // guarded by pendingLock

    /** An index of {@code store}, which tells it of every save from now on. */
    public IndexedRecords(FingerprintStore store) {
        this.store = Objects.requireNonNull(store, "store");
        store.addListener(this);
    }

    /** The index as it stands: read from the store on the first call only. */
    public RecordIndex current() {
        RecordIndex built = index.get();
        return built != null ? built : build();
    }

    /**
     * After a job was renamed or moved, or a folder above it: the sync identities that belong to it, and the writes
     * it made, follow it to the new name. The fingerprints of those writes were bound to the old name and are
     * forgotten, so each such secret is written once more.
     */
    public void relocateJob(String oldFullName, String newFullName) throws InterruptedException {
        if (!oldFullName.equals(newFullName)) {
            change(oldFullName, record -> record.withJobMoved(oldFullName, newFullName));
        }
    }

    /**
     * After a job was deleted, or before a new job takes a name: what the job of that name owned and claimed is
     * released, and the fingerprints of its writes are forgotten, so that no job later created under its name
     * inherits ownership, {@code unchanged} answers or drift of the deleted one. The rest of each record stays, saying
     * what this Jenkins wrote and that its writer's job was deleted.
     */
    public void releaseJob(String fullName) throws InterruptedException {
        change(fullName, record -> record.withJobDeleted(fullName));
    }

    @Override
    public void saved(RecordScope scope, Map<SecretName, SecretRecord> records) {
        if (index.get() == null) {
            synchronized (pendingLock) {
                if (index.get() == null) {
                    if (pending != null) {
                        pending.put(scope.key(), new Pending(scope, records));
                    }
                    return; // not read yet: reading will find this save in the store
                }
            }
        }
        index.updateAndGet(current -> current.with(scope, records));
    }

    private void change(String jobFullName, UnaryOperator<SecretRecord> change) throws InterruptedException {
        for (RecordScope scope : current().scopesNaming(jobFullName)) {
            store.update(scope, records -> {
                Map<SecretName, SecretRecord> changed = new LinkedHashMap<>(records);
                changed.replaceAll((name, record) -> record.involves(jobFullName) ? change.apply(record) : record);
                return changed;
            });
        }
    }

    private RecordIndex build() {
        building.lock();
        try {
            RecordIndex built = index.get();
            if (built != null) {
                return built;
            }
            synchronized (pendingLock) {
                pending = new LinkedHashMap<>();
            }
            RecordIndex read;
            try {
                read = RecordIndex.of(store.all());
            } catch (RuntimeException e) {
                synchronized (pendingLock) {
                    pending = null;
                }
                throw e;
            }
            synchronized (pendingLock) {
                for (Pending saved : pending.values()) {
                    read = read.with(saved.scope(), saved.records());
                }
                pending = null;
                index.set(read);
            }
            return read;
        } finally {
            building.unlock();
        }
    }

    private record Pending(RecordScope scope, Map<SecretName, SecretRecord> records) {}
}
