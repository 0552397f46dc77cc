package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.state.FingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordUnreadableException;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One record set (the secrets, or the variables, of one target) as a sync keeps it: the records it takes its
 * decisions on, its claims, its writes recorded in the order GitHub applied them, deletions decided under the set's
 * lock, and at the end what it settled. Without memory it records nothing and knows nothing.
 */
final class RecordSet {
    private final SyncMemory memory;
    private final RecordScope scope;
    private final SyncRequest request;
    private final SyncListener listener;
    private final SecretMask mask;
    /** The records as loaded, or as they were when this sync claimed: every decision is taken on these. */
    private Map<SecretName, SecretRecord> records = Map.of();
    /** Whether this sync may have claimed, which {@link #settle} then settles. */
    private boolean claimed;

    RecordSet(SyncMemory memory, RecordScope scope, SyncRequest request, SyncListener listener, SecretMask mask) {
        this.memory = memory;
        this.scope = scope;
        this.request = request;
        this.listener = listener;
        this.mask = mask;
    }

    boolean remembers() {
        return memory.remembers();
    }

    /** The record of {@code name}, or {@code null}. */
    SecretRecord get(SecretName name) {
        return records.get(name);
    }

    boolean isEmpty() {
        return records.isEmpty();
    }

    /** Whether this sync's identity owns any record of the set. */
    boolean ownsAny() {
        return records.values().stream().anyMatch(record -> record.owners().contains(request.identity()));
    }

    /**
     * Loads the records as they stand, without waiting for a sync that holds the set's lock.
     *
     * @throws RuntimeException as the store does, for the caller to report
     */
    void load() {
        if (memory.remembers()) {
            records = memory.store().load(scope);
        }
    }

    /**
     * Claims the declared names that others recorded, so that a sync pruning them meanwhile spares them, and keeps
     * the records as they are then. A claim becomes ownership only for what this sync writes or finds unchanged;
     * {@link #settle} drops the rest.
     */
    void claim(Set<SecretName> declared) throws InterruptedException {
        String identity = request.identity();
        if (!memory.remembers() || declared.stream().map(records::get)
                .noneMatch(record -> record != null && !record.owners().contains(identity))) {
            return;
        }
        claimed = true;
        records = memory.store().update(scope, current -> {
            Map<SecretName, SecretRecord> next = new LinkedHashMap<>(current);
            declared.forEach(name -> next.computeIfPresent(name, (n, record) -> record.withClaim(identity)));
            return next;
        });
    }

    /** Runs a write and the recording of its answer while no other sync of this Jenkins writes to the set. */
    <T> T ordered(FingerprintStore.OrderedAction<T> write) throws InterruptedException {
        return memory.store().ordered(scope, write);
    }

    /** Records a write GitHub answered, with its time, source, writer and access: this sync owns it now. */
    void recordWrite(SecretName name, String fingerprint, Instant writtenAt, RepositoryAccess access)
            throws InterruptedException {
        if (!memory.remembers()) {
            return;
        }
        SecretRecord written = SecretRecord.written(fingerprint, writtenAt,
                request.source(scope.kind(), name).orElse(null), request.writtenBy().orElse(null)).withAccess(access);
        try {
            memory.store().update(scope, current -> {
                Map<SecretName, SecretRecord> next = new LinkedHashMap<>(current);
                next.put(name, written.withOwnersOf(current.get(name)).withOwner(request.identity()));
                return next;
            });
        } catch (RuntimeException e) {
            listener.warning("Could not record the write of " + scope.kind().noun() + " " + name + " in "
                    + scope.target().describe() + " (" + Texts.unexpected("saving the record", e, mask)
                    + "); the next sync will write it again");
        }
    }

    /**
     * Deletes what pruning found to be this sync's alone, checking that again and deleting while no other sync can
     * claim it, so that one another job just declared is not deleted from under it.
     */
    SecretResult deleteIfStillOwned(SecretName name, Deletion deletion) throws InterruptedException {
        try {
            return memory.store().underLock(scope, current -> {
                SecretRecord record = current.get(name);
                if (record == null || !record.ownedOnlyBy(request.identity())) {
                    return new SecretResult(name, SecretOutcome.KEPT, "another sync declares it now; not deleted");
                }
                SecretResult deleted = deletion.delete();
                // Forgotten under the same lock: a sync that declares it next writes a record of its own.
                memory.store().forget(scope, name);
                return deleted;
            });
        } catch (RecordUnreadableException e) {
            // Without the record nothing says it is still this sync's alone: not deleted, tried next time.
            return SecretResult.failed(name, "not deleted: " + e.getMessage());
        }
    }

    /** Who wrote it last, as a drift or a spared one names it: {@code #12}, or another job, never by name. */
    String since(SecretRecord record) {
        return record.writtenByIfKnown().map(writer -> writer.describeFor(request.job().orElse("")))
                .orElse("this Jenkins wrote it");
    }

    /**
     * Records what this sync settled besides its writes, which were recorded as GitHub answered them: adds this sync
     * as an owner of what it found unchanged, forgets what was deleted, and ends its claims. A record that cannot be
     * saved costs a rewrite next time, so it only warns. Never throws: interrupted while waiting for another sync of
     * the set, it warns and keeps the interruption for the next wait.
     */
    void settle(Settled settled) {
        if (!memory.remembers() || request.options().dryRun() || (!claimed && !settled.anythingSettled())) {
            return;
        }
        try {
            memory.store().update(scope, current -> next(current, settled));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listener.warning(e.getMessage() + "; what this sync found besides its writes is not recorded");
        } catch (RuntimeException e) {
            listener.warning("Could not save the record of the " + scope.describe() + " ("
                    + Texts.unexpected("saving the record", e, mask) + "); the next sync will write them again");
        }
    }

    private Map<SecretName, SecretRecord> next(Map<SecretName, SecretRecord> current, Settled settled) {
        String identity = request.identity();
        Map<SecretName, SecretRecord> next = new LinkedHashMap<>(current);
        // Claims end with the sync: below, what it wrote or found unchanged is its own; the rest it never had.
        next.replaceAll((name, record) -> record.withoutClaim(identity));
        if (!settled.anythingSettled()) {
            return next;
        }
        Listing state = settled.state();
        if (state != null) {
            state.names().stream().filter(name -> !settled.written().contains(name)).forEach(name ->
                    next.computeIfPresent(name, (n, record) -> record.seen(state.updatedAt(name).orElse(null))));
        }
        Set<SecretName> pruned = new HashSet<>();
        for (SecretResult result : settled.results()) {
            SecretName name = result.name();
            switch (result.outcome()) {
                case UNCHANGED -> next.computeIfPresent(name, (n, record) -> record.withOwner(identity));
                case DELETED, ALREADY_GONE -> {
                    pruned.add(name);
                    // Only the record of the write this sync deleted: another sync may have written it anew since.
                    if (sameWrite(current.get(name), records.get(name))) {
                        next.remove(name);
                    }
                }
                case KEPT -> pruned.add(name);
                default -> {
                    // written: recorded under the lock of the write; failed: GitHub holds whatever it held, and the
                    // record, if any, still describes that
                }
            }
        }
        if (request.options().prune() != PruneMode.NONE && settled.planned() && state != null) {
            next.replaceAll((name, record) -> stillOwns(name, pruned, settled) ? record
                    : record.withoutOwner(identity));
        }
        return next;
    }

    /**
     * Whether this pruning sync keeps its claim on a record: what it declares, and what pruning did not settle yet (a
     * delete that failed or was not reached, one the listing did not show, perhaps lagging). It gives up what pruning
     * settled (deleted, already gone, kept) and what it leaves to another owner.
     */
    private static boolean stillOwns(SecretName name, Set<SecretName> pruned, Settled settled) {
        if (settled.declared().contains(name)) {
            return true;
        }
        if (pruned.contains(name)) {
            return false;
        }
        return !settled.state().names().contains(name) || settled.plannedDeletions().contains(name);
    }

    private static boolean sameWrite(SecretRecord one, SecretRecord other) {
        return one != null && other != null && Objects.equals(one.writtenAt(), other.writtenAt())
                && Objects.equals(one.fingerprint(), other.fingerprint());
    }

    /** A deletion carried out under the set's lock. */
    @FunctionalInterface
    interface Deletion {
        SecretResult delete() throws InterruptedException;
    }

    /**
     * What a sync settled in the set.
     *
     * @param results every outcome, in order
     * @param written the names written (and recorded as GitHub answered)
     * @param state what GitHub listed; {@code null} when not listed
     * @param planned whether a plan was made
     * @param plannedDeletions what the plan meant to delete
     * @param declared what the request declares
     */
    record Settled(List<SecretResult> results, Set<SecretName> written, Listing state, boolean planned,
            Set<SecretName> plannedDeletions, Set<SecretName> declared) {
        /** Whether any ended otherwise than failed: a sync refused by GitHub, or failing throughout, did not. */
        boolean anythingSettled() {
            return results.stream().anyMatch(result -> result.outcome() != SecretOutcome.FAILED);
        }
    }
}
