package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubAuthenticationException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubConnectionException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubNotFoundException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubPermissionException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubRateLimitException;
import io.jenkins.plugins.githubenvsecrets.engine.github.WriteOutcome;
import io.jenkins.plugins.githubenvsecrets.engine.github.WriteReceipt;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.plan.Action;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PlanRules;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PlannedAction;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.plan.SyncPlanner;
import io.jenkins.plugins.githubenvsecrets.engine.plan.TargetState;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordUnreadableException;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The secrets, or the variables, of one target: one record set. Its stages run in order, {@link #loadRecords()},
 * {@link #read()} (beside {@link #prepare()} and other targets' reads), {@link #claim()}, {@link #plan()}, then one of
 * {@link #run()}, {@link #notAttempted(String)} or {@link #refusedForDrift(int)}. What differs between secrets and
 * variables is its {@link KindGateway}'s; an organization's also compares which repositories may read
 * ({@link OrganizationAccess}).
 *
 * <p>Nothing here throws past its stages but an interruption: a fault while carrying out one action fails that action
 * and the plan goes on; a fault that ends the kind fails every action not yet done, and what was written keeps its
 * outcome. Every planned secret or variable, and every one the request names, ends with an outcome.
 */
final class KindSync {
    private final KindGateway gateway;
    private final GitHubClient client;
    private final SyncListener listener;
    private final SyncMemory memory;
    private final SyncRequest request;
    private final Target target;
    private final ValueKind kind;
    private final RecordScope scope;
    private final OrganizationAccess access;
    private final WriteTimeWarning writeTimes;
    private final Map<SecretName, SecretValue> desired;
    private final List<SecretName> removals;
    private final List<SecretResult> results = new ArrayList<>();
    private final Map<SecretName, Instant> writtenAt = new LinkedHashMap<>();
    /** The records as loaded, or as they were when this sync claimed: every decision is taken on these. */
    private Map<SecretName, SecretRecord> records = Map.of();
    /** Whether the sync acts on this kind at all: it names some, or may prune its own, or they are the default. */
    private boolean active = true;
    /** What GitHub listed; {@code null} when not listed (missing, failed, or not needed). */
    private Listing state;
    private GitHubNotFoundException notFound;
    private GitHubApiException readFailure;
    /** Why preparing failed in a way GitHub did not report (a bug, an unreadable record): ends the kind. */
    private String prepareFailure;
    /** A refusal that holds for the token as a whole: stops the sync. */
    private GitHubApiException stoppedBy;
    /** A refusal of the token's permission here: ends this kind of this target. */
    private GitHubApiException endedBy;
    private List<PlannedAction> plan = List.of();
    private Set<SecretName> plannedDeletions = Set.of();
    /** What an organization's write changes besides the value, by name; a selection alone is reselected. */
    private final Map<SecretName, AccessChange> accessChanges = new HashMap<>();
    /** GitHub's selected repositories, where they were read. */
    private final Map<SecretName, List<Long>> selections = new HashMap<>();
    private final Map<SecretName, GitHubApiException> selectionFailures = new HashMap<>();
    private boolean planned;
    /** Whether this sync may have claimed, which {@link #remember()} then settles. */
    private boolean claimed;

    KindSync(KindGateway gateway, GitHubClient client, SyncListener listener, SyncMemory memory, SyncRequest request,
            Target target, OrganizationAccess access, WriteTimeWarning writeTimes) {
        this.gateway = gateway;
        this.client = client;
        this.listener = listener;
        this.memory = memory;
        this.request = request;
        this.target = target;
        this.kind = gateway.kind();
        this.scope = new RecordScope(request.apiUrl().toString(), target, kind);
        this.access = access;
        this.writeTimes = writeTimes;
        this.desired = request.values(kind);
        this.removals = request.removals(kind);
    }

    ValueKind kind() {
        return kind;
    }

    /** Whether the sync acts on this kind of the target: known once the records are loaded. */
    boolean active() {
        return active;
    }

    // ---- preparing: side by side with other targets, no write, nothing told to the listener ----

    /**
     * Loads what earlier syncs recorded, without waiting for a sync that holds the set's lock, and settles whether
     * the sync acts on this kind at all: when the request names some of it; for secrets also when it names no
     * variables (a request that names nothing prunes secrets, as it always has); and when owned-only pruning finds
     * some of its own here, so that removing the last one from the request prunes it.
     */
    void loadRecords() {
        boolean named = request.names(kind) || (kind == ValueKind.SECRET && !request.names(ValueKind.VARIABLE));
        if (!memory.remembers()) {
            active = named;
            return;
        }
        try {
            records = memory.store().load(scope);
        } catch (RuntimeException e) {
            active = named;
            prepareFailure = unexpected("reading the record of earlier syncs", e);
            return;
        }
        String identity = request.identity();
        active = named || (request.options().prune() == PruneMode.OWNED
                && records.values().stream().anyMatch(record -> record.owners().contains(identity)));
    }

    /** CPU only (the secrets' fingerprints), so it can run while the targets are being read. */
    void prepare() {
        if (!active || prepareFailure != null) {
            return;
        }
        try {
            gateway.prepare();
        } catch (RuntimeException e) {
            prepareFailure = unexpected("fingerprinting the values", e);
        }
    }

    /** Lists what the target holds when planning needs it, or else reads ahead what writing needs. */
    void read() throws InterruptedException {
        if (!active || prepareFailure != null) {
            return;
        }
        boolean listing = gateway.listsAlways() || needsListing();
        try {
            if (listing) {
                state = gateway.list();
            } else {
                gateway.readAhead();
            }
        } catch (GitHubNotFoundException e) {
            notFound = e;
        } catch (GitHubApiException e) {
            readFailure = e;
        } catch (KindEnded e) {
            prepareFailure = e.getMessage();
        } catch (RuntimeException e) {
            prepareFailure = unexpected(listing ? "listing the " + kind.pathSegment() : "reading the key", e);
        }
    }

    private boolean needsListing() {
        return request.options().dryRun() || request.options().prune() != PruneMode.NONE || !removals.isEmpty()
                || !records.isEmpty();
    }

    /** GitHub's 404 for this kind of the target: the target (or its repository) is missing, or hidden. */
    Optional<GitHubNotFoundException> notFound() {
        return Optional.ofNullable(notFound);
    }

    /** Fails the kind as GitHub's answer to a read did, when the target turned out to be there after all. */
    void readFailed(GitHubApiException e) {
        notFound = null;
        readFailure = e;
    }

    /** Ends the kind before it was planned, as a fault while reading the target did. */
    void preparationFailed(String reason) {
        notFound = null;
        prepareFailure = reason;
    }

    /**
     * Once this sync has read the target with its own token, claims the declared names that others recorded, so that
     * a sync pruning them meanwhile spares them, and takes its decisions on the records as they are then. A claim
     * becomes ownership only for what this sync writes or finds unchanged; {@link #remember()} drops the rest.
     */
    void claim() throws InterruptedException {
        if (!active || !memory.remembers() || state == null || prepareFailure != null
                || request.options().dryRun()) {
            return;
        }
        String identity = request.identity();
        if (desired.keySet().stream().map(records::get)
                .noneMatch(record -> record != null && !record.owners().contains(identity))) {
            return;
        }
        try {
            claimed = true;
            records = memory.store().update(scope, current -> {
                Map<SecretName, SecretRecord> next = new LinkedHashMap<>(current);
                desired.keySet().forEach(name -> next.computeIfPresent(name,
                        (n, record) -> record.withClaim(identity)));
                return next;
            });
        } catch (RuntimeException e) {
            prepareFailure = unexpected("claiming the declared " + kind.pathSegment(), e);
        }
    }

    /**
     * Plans against what was listed (nothing, for a missing environment), then, for an organization's, what a write
     * must change besides the value: a visibility GitHub lists differently, or, where the value stays and both sides
     * say {@code selected}, a selection GitHub holds differently, which costs one read each.
     */
    void plan() throws InterruptedException {
        if (!active || prepareFailure != null || readFailure != null) {
            return;
        }
        try {
            plan = SyncPlanner.plan(desired.keySet(), removals, state == null ? TargetState.empty() : state.state(),
                    rules());
            if (access != null && state != null) {
                compareAccess();
            }
            plannedDeletions = plan.stream().filter(action -> action.action() == Action.DELETE)
                    .map(PlannedAction::secret).collect(Collectors.toUnmodifiableSet());
            planned = true;
        } catch (RuntimeException e) {
            plan = List.of();
            prepareFailure = unexpected("planning the " + kind.pathSegment(), e);
        }
    }

    private void compareAccess() throws InterruptedException {
        for (PlannedAction action : plan) {
            SecretName name = action.secret();
            Listing.Listed listed = state.get(name).orElse(null);
            if (!desired.containsKey(name) || listed == null) {
                continue;
            }
            Optional<String> visibility = access.visibilityChange(listed.visibility());
            if (visibility.isPresent()) {
                accessChanges.put(name, new AccessChange(visibility.get(), false));
            } else if (action.action() == Action.KEEP && access.selectionMatters(listed.visibility())) {
                try {
                    List<Long> selected = gateway.selectedRepositoryIds(name);
                    selections.put(name, selected);
                    access.selectionChange(selected)
                            .ifPresent(reason -> accessChanges.put(name, new AccessChange(reason, true)));
                } catch (GitHubApiException e) {
                    selectionFailures.put(name, e);
                }
            }
        }
    }

    /** The declared names this sync owns and someone changed on GitHub since this Jenkins wrote them. */
    Map<SecretName, Drift> drifted() {
        Map<SecretName, Drift> drifted = new LinkedHashMap<>();
        if (active && state != null) {
            desired.keySet().forEach(name -> drift(name).ifPresent(drift -> drifted.put(name, drift)));
        }
        return drifted;
    }

    // ---- carrying out: one target after another, each result told to the listener ----

    /**
     * Carries out the plan (unless dry run) and remembers what it settled. The target exists by now: it was listed,
     * its key read, or (an environment) it was just created.
     */
    List<SecretResult> run() throws InterruptedException {
        try {
            attempt();
        } catch (KindEnded e) {
            ended(e.getMessage());
        } catch (RuntimeException e) {
            ended(unexpected("syncing the " + kind.pathSegment(), e));
        } catch (InterruptedException e) {
            // The build was aborted: its writes are recorded already; its claims end, and what it settled is kept.
            remember();
            throw e;
        }
        remember();
        return List.copyOf(results);
    }

    /** Every name failed, not written (or not deleted) for {@code reason}: the target itself failed. */
    List<SecretResult> failed(String reason) {
        plannedOrNamed().forEach((name, action) -> done(SecretResult.failed(name, notDone(action, reason))));
        remember();
        return List.copyOf(results);
    }

    /** Every name failed with {@code reason}: an earlier target stopped the sync, or GitHub showed problems. */
    List<SecretResult> notAttempted(String reason) {
        plannedOrNamed().forEach((name, action) -> done(SecretResult.failed(name, reason)));
        remember();
        return List.copyOf(results);
    }

    /**
     * The results when {@code failOnDrift} found drift here or elsewhere: nothing is written, each drifted one says
     * since when, and every other why it was not written.
     */
    List<SecretResult> refusedForDrift(int driftedInSync) {
        Map<SecretName, Drift> drifted = drifted();
        for (SecretName name : plannedOrNamed().keySet()) {
            Drift drift = drifted.get(name);
            done(drift != null
                    ? SecretResult.failed(name, drift.describe() + "; nothing was written (failOnDrift)")
                            .withDrift(drift)
                    : SecretResult.failed(name, "not written: " + driftedInSync + " secret(s) or variable(s) of this"
                            + " sync were changed on GitHub since this Jenkins wrote them, and failOnDrift is set"));
        }
        remember();
        return List.copyOf(results);
    }

    /** Ends the claims of a sync interrupted before it ran this target. */
    void abandon() {
        remember();
    }

    /** A refusal that holds for the token as a whole, if one ended this kind. */
    Optional<GitHubApiException> stoppedBy() {
        return Optional.ofNullable(stoppedBy);
    }

    /**
     * Why the kind failed as a whole (it could not be read or prepared, and nothing of it was done); empty when it was
     * carried out, whatever became of each name.
     */
    Optional<String> failedAsWhole() {
        if (readFailure != null) {
            return Optional.of(readFailure.getMessage());
        }
        if (prepareFailure != null && results.stream().allMatch(SecretResult::failed)) {
            return Optional.of(prepareFailure);
        }
        return Optional.empty();
    }

    private void attempt() throws InterruptedException {
        if (prepareFailure != null) {
            throw new KindEnded(prepareFailure);
        }
        if (readFailure != null) {
            noteFailure(readFailure);
            plannedOrNamed().forEach((name, action) -> done(SecretResult.failed(name,
                    notDone(action, readFailure.getMessage()))));
            return;
        }
        if (!request.options().dryRun() && plan.stream().anyMatch(this::writes)) {
            try {
                gateway.beforeWrites(); // an unusable key ends the kind before anything is tried
            } catch (GitHubApiException e) {
                noteFailure(e);
                plannedOrNamed().forEach((name, action) -> done(SecretResult.failed(name,
                        notDone(action, e.getMessage()))));
                return;
            }
        }
        for (PlannedAction action : plan) {
            SecretName name = action.secret();
            SecretResult result = stoppedBy != null ? SecretResult.failed(name, notAttemptedReason(stoppedBy))
                    : endedBy != null ? SecretResult.failed(name, "not attempted, GitHub refused an earlier request"
                            + " here: " + endedBy.getMessage())
                    : carryOut(action);
            done(withDrift(result));
        }
    }

    private boolean writes(PlannedAction action) {
        AccessChange change = accessChanges.get(action.secret());
        return action.writes() || (change != null && !change.selectionOnly());
    }

    private SecretResult carryOut(PlannedAction action) throws InterruptedException {
        SecretName name = action.secret();
        AccessChange change = accessChanges.get(name);
        GitHubApiException selectionFailure = selectionFailures.get(name);
        if (selectionFailure != null) {
            noteFailure(selectionFailure);
            return SecretResult.failed(name, "not written: reading its selected repositories failed: "
                    + selectionFailure.getMessage());
        }
        if (request.options().dryRun()) {
            return switch (action.action()) {
                case CREATE -> SecretResult.of(name, SecretOutcome.WOULD_CREATE);
                case UPDATE -> new SecretResult(name, SecretOutcome.WOULD_UPDATE, reasonOf(change));
                case DELETE -> SecretResult.of(name, SecretOutcome.WOULD_DELETE);
                case KEEP -> change != null ? new SecretResult(name, SecretOutcome.WOULD_UPDATE, change.reason())
                        : kept(name);
                case SPARE -> spared(name);
            };
        }
        try {
            return switch (action.action()) {
                case CREATE, UPDATE -> write(name, change);
                case DELETE -> isOwnedOnlyPrune(name) ? deleteIfStillOwned(name) : delete(name);
                case KEEP -> change != null ? write(name, change) : kept(name);
                case SPARE -> spared(name);
            };
        } catch (GitHubApiException e) {
            noteFailure(e);
            return SecretResult.failed(name, e.getMessage());
        } catch (WriteRefused e) {
            e.laterFailure().ifPresent(this::noteFailure);
            return SecretResult.failed(name, e.getMessage());
        } catch (KindEnded e) {
            throw e;
        } catch (RuntimeException e) {
            // A fault of this action alone (the sealer, the record store, a bug): the next action may still succeed.
            return SecretResult.failed(name, unexpected(action.action() == Action.DELETE
                    ? "deleting the " + kind.noun() : "writing the " + kind.noun(), e));
        }
    }

    /** One that is left as it is: unchanged, or for a removal of one GitHub does not hold, already gone. */
    private SecretResult kept(SecretName name) {
        return SecretResult.of(name, removals.contains(name) ? SecretOutcome.ALREADY_GONE : SecretOutcome.UNCHANGED);
    }

    private SecretResult spared(SecretName name) {
        return new SecretResult(name, SecretOutcome.KEPT, "changed on GitHub since " + since(records.get(name))
                + "; not deleted");
    }

    private boolean isOwnedOnlyPrune(SecretName name) {
        return request.options().prune() == PruneMode.OWNED && !removals.contains(name);
    }

    /**
     * Deletes what pruning found to be this sync's alone, checking that again and deleting while no other sync can
     * claim it, so that one another job just declared is not deleted from under it.
     */
    private SecretResult deleteIfStillOwned(SecretName name) throws InterruptedException {
        try {
            return memory.store().underLock(scope, current -> {
                SecretRecord record = current.get(name);
                if (record == null || !record.ownedOnlyBy(request.identity())) {
                    return new SecretResult(name, SecretOutcome.KEPT, "another sync declares it now; not deleted");
                }
                SecretResult deleted = delete(name);
                // Forgotten under the same lock: a sync that declares it next writes a record of its own.
                memory.store().forget(scope, name);
                return deleted;
            });
        } catch (RecordUnreadableException e) {
            // Without the record nothing says it is still this sync's alone: not deleted, tried next time.
            return SecretResult.failed(name, "not deleted: " + e.getMessage());
        }
    }

    private SecretResult delete(SecretName name) throws InterruptedException {
        return SecretResult.of(name, gateway.delete(name) ? SecretOutcome.DELETED : SecretOutcome.ALREADY_GONE);
    }

    /**
     * Writes the value (or, when only the selection differs, the selection) and records GitHub's answer while no other
     * sync of this Jenkins writes to the set, so that when syncs write the same name, the record ends with the write
     * GitHub applied last.
     */
    private SecretResult write(SecretName name, AccessChange change) throws InterruptedException {
        return memory.store().ordered(scope, () -> {
            boolean selectionOnly = change != null && change.selectionOnly();
            WriteReceipt receipt = selectionOnly
                    ? gateway.reselect(name, access.desired().selectedRepositoryIds())
                    : gateway.write(name, state != null && state.contains(name),
                            access == null ? null : access.desired());
            writtenAt.put(name, receipt.storedAt());
            writeTimes.check(target, kind, name, receipt);
            recordWrite(name);
            SecretOutcome outcome = receipt.outcome() == WriteOutcome.CREATED && !selectionOnly
                    ? SecretOutcome.CREATED : SecretOutcome.UPDATED;
            return new SecretResult(name, outcome, outcome == SecretOutcome.UPDATED ? reasonOf(change) : null);
        });
    }

    private static String reasonOf(AccessChange change) {
        return change == null ? null : change.reason();
    }

    /** Records a write GitHub answered, with its time, source, writer and access: this sync owns it now. */
    private void recordWrite(SecretName name) throws InterruptedException {
        if (!memory.remembers()) {
            return;
        }
        SecretRecord written = SecretRecord.written(gateway.fingerprint(name), writtenAt.get(name),
                request.source(kind, name).orElse(null), request.writtenBy().orElse(null))
                .withAccess(access == null ? null : access.desired());
        try {
            memory.store().update(scope, current -> {
                Map<SecretName, SecretRecord> next = new LinkedHashMap<>(current);
                next.put(name, written.withOwnersOf(current.get(name)).withOwner(request.identity()));
                return next;
            });
        } catch (RuntimeException e) {
            listener.warning("Could not record the write of " + kind.noun() + " " + name + " in "
                    + target.describe() + " (" + unexpected("saving the record", e)
                    + "); the next sync will write it again");
        }
    }

    private void done(SecretResult result) {
        results.add(result);
        listener.itemDone(target, kind, result);
    }

    /**
     * After a fault ended the kind: what was done keeps its outcome, and is remembered; every other planned action,
     * and every other name the request gives, fails with the reason.
     */
    private void ended(String reason) {
        Set<SecretName> done = results.stream().map(SecretResult::name).collect(Collectors.toSet());
        if (prepareFailure == null && done.isEmpty()) {
            prepareFailure = reason; // nothing done: the kind failed as a whole
        }
        plannedOrNamed().forEach((name, action) -> {
            if (done.add(name)) {
                done(SecretResult.failed(name, notDone(action, reason)));
            }
        });
    }

    private PlanRules rules() {
        return new PlanRules(this::unchanged, request.options().prune(), this::ownedOnlyByThisSync,
                this::changedOnGitHub);
    }

    /** GitHub holds the desired value, as the gateway decides, unless {@code force} rewrites every secret. */
    private boolean unchanged(SecretName name) {
        if (kind == ValueKind.SECRET && request.options().force()) {
            return false;
        }
        Listing.Listed listed = state == null ? null : state.get(name).orElse(null);
        return listed != null && gateway.holdsDesiredValue(name, records.get(name), listed);
    }

    private boolean changedOnGitHub(SecretName name) {
        SecretRecord record = records.get(name);
        return record != null && state != null
                && state.updatedAt(name).filter(record::changedOnGitHubSince).isPresent();
    }

    /**
     * Drift of one this sync owns: its value changed on GitHub since our write (for a variable, to another value than
     * the desired one), or, for an organization's, which repositories may read it.
     */
    private Optional<Drift> drift(SecretName name) {
        SecretRecord record = records.get(name);
        Listing.Listed listed = state == null ? null : state.get(name).orElse(null);
        // Without our write's time nothing says when it changed: written back as changed, but not called drift.
        if (record == null || listed == null || record.writtenAt() == null
                || !record.owners().contains(request.identity())) {
            return Optional.empty();
        }
        String since = since(record);
        if (changedOnGitHub(name) && gateway.mayDiffer(name, listed)) {
            return Optional.of(new Drift(since, listed.updatedAt()));
        }
        if (record.access() != null && listed.visibility() != null
                && OrganizationAccess.differs(record.access(), listed.visibility(), selections.get(name))) {
            return Optional.of(new Drift(since, listed.updatedAt(), record.access().visibility()
                    == listed.visibility() ? "selected repositories" : "visibility"));
        }
        return Optional.empty();
    }

    private String since(SecretRecord record) {
        return record.writtenByIfKnown().map(writer -> writer.describeFor(request.job().orElse("")))
                .orElse("this Jenkins wrote it");
    }

    private SecretResult withDrift(SecretResult result) {
        return desired.containsKey(result.name()) ? drift(result.name()).map(result::withDrift).orElse(result)
                : result;
    }

    private boolean ownedOnlyByThisSync(SecretName name) {
        SecretRecord record = records.get(name);
        return record != null && record.ownedOnlyBy(request.identity());
    }

    /**
     * Records what this sync settled besides its writes, which were recorded as GitHub answered them: adds this sync
     * as an owner of what it found unchanged, forgets what was deleted, and ends its claims. A record that cannot be
     * saved costs a rewrite next time, so it only warns. Never throws: interrupted while waiting for another sync of
     * the set, it warns and keeps the interruption for the next wait.
     */
    private void remember() {
        if (!active || !memory.remembers() || request.options().dryRun() || (!claimed && !anythingSettled())) {
            return;
        }
        try {
            memory.store().update(scope, this::next);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listener.warning(e.getMessage() + "; what this sync found besides its writes is not recorded");
        } catch (RuntimeException e) {
            listener.warning("Could not save the record of the " + scope.describe() + " ("
                    + unexpected("saving the record", e) + "); the next sync will write them again");
        }
    }

    /** Whether any ended otherwise than failed: a sync refused by GitHub, or failing throughout, did not. */
    private boolean anythingSettled() {
        return results.stream().anyMatch(result -> result.outcome() != SecretOutcome.FAILED);
    }

    private Map<SecretName, SecretRecord> next(Map<SecretName, SecretRecord> current) {
        String identity = request.identity();
        Map<SecretName, SecretRecord> next = new LinkedHashMap<>(current);
        // Claims end with the sync: below, what it wrote or found unchanged is its own; the rest it never had.
        next.replaceAll((name, record) -> record.withoutClaim(identity));
        if (!anythingSettled()) {
            return next;
        }
        Set<SecretName> written = writtenAt.keySet();
        if (state != null) {
            state.names().stream().filter(name -> !written.contains(name)).forEach(name -> next.computeIfPresent(
                    name, (n, record) -> record.seen(state.updatedAt(name).orElse(null))));
        }
        Set<SecretName> settled = new HashSet<>();
        for (SecretResult result : results) {
            SecretName name = result.name();
            switch (result.outcome()) {
                case UNCHANGED -> next.computeIfPresent(name, (n, record) -> record.withOwner(identity));
                case DELETED, ALREADY_GONE -> {
                    settled.add(name);
                    // Only the record of the write this sync deleted: another sync may have written it anew since.
                    if (sameWrite(current.get(name), records.get(name))) {
                        next.remove(name);
                    }
                }
                case KEPT -> settled.add(name);
                default -> {
                    // written: recorded under the lock of the write; failed: GitHub holds whatever it held, and the
                    // record, if any, still describes that
                }
            }
        }
        if (request.options().prune() != PruneMode.NONE && planned && state != null) {
            next.replaceAll((name, record) -> stillOwns(name, settled) ? record : record.withoutOwner(identity));
        }
        return next;
    }

    /**
     * Whether this pruning sync keeps its claim on a record: what it declares, and what pruning did not settle yet (a
     * delete that failed or was not reached, one the listing did not show, perhaps lagging). It gives up what pruning
     * settled (deleted, already gone, kept) and what it leaves to another owner.
     */
    private boolean stillOwns(SecretName name, Set<SecretName> settled) {
        if (desired.containsKey(name)) {
            return true;
        }
        if (settled.contains(name)) {
            return false;
        }
        return !state.names().contains(name) || plannedDeletions.contains(name);
    }

    private static boolean sameWrite(SecretRecord one, SecretRecord other) {
        return one != null && other != null && Objects.equals(one.writtenAt(), other.writtenAt())
                && Objects.equals(one.fingerprint(), other.fingerprint());
    }

    /**
     * A refusal that holds for the token as a whole (bad token, rate limit, GitHub unreachable) stops the sync; a
     * permission refused ends this kind here, since the token may hold it for other targets and kinds.
     */
    private void noteFailure(GitHubApiException e) {
        if (holdsForTheToken(e)) {
            stoppedBy = e;
        } else if (e instanceof GitHubPermissionException) {
            endedBy = e;
        }
    }

    static boolean holdsForTheToken(GitHubApiException e) {
        return e instanceof GitHubAuthenticationException || e instanceof GitHubRateLimitException
                || e instanceof GitHubConnectionException;
    }

    /** Every name this kind was to act on: the plan's, in its order, then any other the request gives. */
    private Map<SecretName, Action> plannedOrNamed() {
        Map<SecretName, Action> all = new LinkedHashMap<>();
        plan.forEach(action -> all.put(action.secret(), action.action()));
        if (active) {
            desired.keySet().forEach(name -> all.putIfAbsent(name, Action.CREATE));
            removals.forEach(name -> all.putIfAbsent(name, Action.DELETE));
        }
        return all;
    }

    private static String notDone(Action action, String reason) {
        return (action == Action.DELETE ? "not deleted: " : "not written: ") + reason;
    }

    static String notAttemptedReason(GitHubApiException cause) {
        return "not attempted, the sync stopped earlier: " + cause.getMessage();
    }

    private String unexpected(String doing, RuntimeException e) {
        return Texts.unexpected(doing, e, client.mask());
    }

    /**
     * What an organization's write changes besides the value.
     *
     * @param reason in words, such as {@code visibility private -> selected}
     * @param selectionOnly only the selected repositories differ: they are replaced, the value left as it is
     */
    record AccessChange(String reason, boolean selectionOnly) {
    }
}
