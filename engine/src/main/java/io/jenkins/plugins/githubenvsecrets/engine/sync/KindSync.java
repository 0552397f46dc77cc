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
import io.jenkins.plugins.githubenvsecrets.engine.plan.PlannedAction;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.sync.KindPlan.AccessChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final SyncRequest request;
    private final Target target;
    private final ValueKind kind;
    private final RecordSet records;
    private final OrganizationAccess access;
    private final WriteTimeWarning writeTimes;
    private final Map<SecretName, SecretValue> desired;
    private final List<SecretName> removals;
    private final List<SecretResult> results = new ArrayList<>();
    private final Set<SecretName> written = new HashSet<>();
    /** Whether the sync acts on this kind at all: it names some, or may prune its own, or they are the default. */
    private boolean active = true;
    /** What GitHub listed; {@code null} when not listed (missing, failed, or not needed). */
    private Listing state;
    private GitHubNotFoundException notFound;
    private GitHubApiException readFailure;
    /** Why preparing failed in a way GitHub did not report (a bug, an unreadable record): ends the kind. */
    private String prepareFailure;
    /** A refusal that holds for the token as a whole: stops the sync. */
    private Stop stoppedBy;
    /** A refusal of the token's permission here: ends this kind of this target. */
    private Stop endedBy;
    /** What the sync means to do; {@code null} until planned. */
    private KindPlan plan;
    /** Whether what this kind settled was recorded and its claims ended: done once, however the sync ends. */
    private boolean remembered;

    KindSync(KindGateway gateway, GitHubClient client, SyncListener listener, SyncMemory memory, SyncRequest request,
            Target target, OrganizationAccess access, WriteTimeWarning writeTimes) {
        this.gateway = gateway;
        this.client = client;
        this.listener = listener;
        this.request = request;
        this.target = target;
        this.kind = gateway.kind();
        this.records = new RecordSet(memory, new RecordScope(request.apiUrl().toString(), target, kind), request,
                listener, client.mask());
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
        try {
            records.load();
        } catch (RuntimeException e) {
            active = named;
            prepareFailure = unexpected("reading the record of earlier syncs", e);
            return;
        }
        active = named || (request.options().prune() == PruneMode.OWNED && records.ownsAny());
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
     * Once this sync has read the target with its own token, claims the declared names that others recorded (see
     * {@link RecordSet#claim}); decisions are then taken on the records as they are.
     */
    void claim() throws InterruptedException {
        if (!active || state == null || prepareFailure != null || request.options().dryRun()) {
            return;
        }
        try {
            records.claim(desired.keySet());
        } catch (RuntimeException e) {
            prepareFailure = unexpected("claiming the declared " + kind.pathSegment(), e);
        }
    }

    /** Plans (see {@link KindPlan}); an organization's may read the selections it compares. */
    void plan() throws InterruptedException {
        if (!active || prepareFailure != null || readFailure != null) {
            return;
        }
        try {
            plan = KindPlan.make(gateway, request, records, access, state);
        } catch (RuntimeException e) {
            prepareFailure = unexpected("planning the " + kind.pathSegment(), e);
        }
    }

    /** The declared names this sync owns and someone changed on GitHub since this Jenkins wrote them. */
    Map<SecretName, Drift> drifted() {
        return active && plan != null && state != null ? plan.drifted() : Map.of();
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

    /**
     * Every name failed, not written (or not deleted), pointing to the target's failure: the target itself failed, and
     * its report says why, once.
     */
    List<SecretResult> failedWithTarget() {
        plannedOrNamed().forEach((name, action) -> done(SecretResult.failed(name, Texts.targetFailed(action, target))));
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
                    : SecretResult.failed(name, Texts.driftRefusal(driftedInSync)));
        }
        remember();
        return List.copyOf(results);
    }

    /** Ends the claims of a sync interrupted before it ran this kind, or while it ran it. */
    void abandon() {
        remember();
    }

    /** A refusal that holds for the token as a whole, if one ended this kind, and where it was met. */
    Optional<Stop> stoppedBy() {
        return Optional.ofNullable(stoppedBy);
    }

    /**
     * Why nothing of this kind can be done, known before it runs: it could not be read or prepared; empty when it may
     * be carried out.
     */
    Optional<String> failureBeforeRun() {
        if (readFailure != null) {
            return Optional.of(readFailure.getMessage());
        }
        return Optional.ofNullable(prepareFailure);
    }

    /** GitHub's refusal of this kind's read, if that is why nothing of it can be done. */
    Optional<GitHubApiException> readFailure() {
        return Optional.ofNullable(readFailure);
    }

    private void attempt() throws InterruptedException {
        if (prepareFailure != null) {
            throw new KindEnded(prepareFailure);
        }
        if (readFailure != null) {
            noteFailure(readFailure, wholeKind());
            failRest(readFailure.getMessage());
            return;
        }
        if (!request.options().dryRun() && plan.actions().stream().anyMatch(plan::writesValue)) {
            try {
                gateway.beforeWrites(); // an unusable key ends the kind before anything is tried
            } catch (GitHubApiException e) {
                noteFailure(e, wholeKind());
                failRest(e.getMessage());
                return;
            }
        }
        for (PlannedAction action : plan.actions()) {
            SecretName name = action.secret();
            SecretResult result = stoppedBy != null ? SecretResult.failed(name, stoppedBy.notAttempted())
                    : endedBy != null ? SecretResult.failed(name, endedBy.permissionRefused())
                    : carryOut(action);
            done(withDrift(result));
        }
    }

    private SecretResult carryOut(PlannedAction action) throws InterruptedException {
        SecretName name = action.secret();
        AccessChange change = plan.accessChange(name).orElse(null);
        GitHubApiException selectionFailure = plan.selectionFailure(name).orElse(null);
        if (selectionFailure != null) {
            noteFailure(selectionFailure, name);
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
                case DELETE -> isOwnedOnlyPrune(name) ? records.deleteIfStillOwned(name, () -> delete(name))
                        : delete(name);
                case KEEP -> change != null ? write(name, change) : kept(name);
                case SPARE -> spared(name);
            };
        } catch (GitHubApiException e) {
            noteFailure(e, name);
            return SecretResult.failed(name, e.getMessage());
        } catch (WriteRefused e) {
            e.laterFailure().ifPresent(later -> noteFailure(later, name));
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
        return new SecretResult(name, SecretOutcome.KEPT, "changed on GitHub since "
                + records.since(records.get(name)) + "; not deleted");
    }

    private boolean isOwnedOnlyPrune(SecretName name) {
        return request.options().prune() == PruneMode.OWNED && !removals.contains(name);
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
        return records.ordered(() -> {
            boolean selectionOnly = change != null && change.selectionOnly();
            WriteReceipt receipt = selectionOnly
                    ? gateway.reselect(name, access.desired().selectedRepositoryIds())
                    : gateway.write(name, state != null && state.contains(name),
                            access == null ? null : access.desired());
            written.add(name);
            writeTimes.check(target, kind, name, receipt);
            records.recordWrite(name, gateway.fingerprint(name), receipt.storedAt(),
                    access == null ? null : access.desired());
            SecretOutcome outcome = receipt.outcome() == WriteOutcome.CREATED && !selectionOnly
                    ? SecretOutcome.CREATED : SecretOutcome.UPDATED;
            return new SecretResult(name, outcome, outcome == SecretOutcome.UPDATED ? reasonOf(change) : null);
        });
    }

    private static String reasonOf(AccessChange change) {
        return change == null ? null : change.reason();
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
        failRest(reason);
    }

    /**
     * Fails every name not done yet for {@code reason}: the first says it, each other points to the first, so that a
     * long reason is said once.
     */
    private void failRest(String reason) {
        Set<SecretName> done = results.stream().map(SecretResult::name).collect(Collectors.toSet());
        SecretName first = null;
        for (Map.Entry<SecretName, Action> each : plannedOrNamed().entrySet()) {
            SecretName name = each.getKey();
            if (done.add(name)) {
                done(SecretResult.failed(name, first == null ? Texts.notDone(each.getValue(), reason)
                        : Texts.sameReasonAs(each.getValue(), kind, first)));
                first = first == null ? name : first;
            }
        }
    }

    private SecretResult withDrift(SecretResult result) {
        return plan.drift(result.name()).map(result::withDrift).orElse(result);
    }

    /** Records what this kind settled, and ends its claims (see {@link RecordSet#settle}). */
    private void remember() {
        if (active && !remembered) {
            remembered = true;
            records.settle(new RecordSet.Settled(List.copyOf(results), Set.copyOf(written), state, plan != null,
                    plan == null ? Set.of() : plan.deletions(), desired.keySet()));
        }
    }

    /**
     * A refusal that holds for the token as a whole (bad token, rate limit, GitHub unreachable) stops the sync; a
     * permission refused ends this kind here, since the token may hold it for other targets and kinds.
     */
    private void noteFailure(GitHubApiException e, SecretName name) {
        if (holdsForTheToken(e)) {
            stoppedBy = new Stop(e, kind.noun() + " " + name.value() + " of " + target.describe());
        } else if (e instanceof GitHubPermissionException) {
            endedBy = new Stop(e, kind.noun() + " " + name.value());
        }
    }

    /** As {@link #noteFailure(GitHubApiException, SecretName)}, for a refusal met before any name was tried. */
    private void noteFailure(GitHubApiException e, String where) {
        if (holdsForTheToken(e)) {
            stoppedBy = new Stop(e, where);
        } else if (e instanceof GitHubPermissionException) {
            endedBy = new Stop(e, where);
        }
    }

    /** {@code the secrets of environment 'production' of acme/web}. */
    private String wholeKind() {
        return "the " + kind.pathSegment() + " of " + target.describe();
    }

    static boolean holdsForTheToken(GitHubApiException e) {
        return e instanceof GitHubAuthenticationException || e instanceof GitHubRateLimitException
                || e instanceof GitHubConnectionException;
    }

    /** Every name this kind was to act on: the plan's, in its order, then any other the request gives. */
    private Map<SecretName, Action> plannedOrNamed() {
        Map<SecretName, Action> all = new LinkedHashMap<>();
        if (plan != null) {
            plan.actions().forEach(action -> all.put(action.secret(), action.action()));
        }
        if (active) {
            desired.keySet().forEach(name -> all.putIfAbsent(name, Action.CREATE));
            removals.forEach(name -> all.putIfAbsent(name, Action.DELETE));
        }
        return all;
    }

    private String unexpected(String doing, RuntimeException e) {
        return Texts.unexpected(doing, e, client.mask());
    }
}
