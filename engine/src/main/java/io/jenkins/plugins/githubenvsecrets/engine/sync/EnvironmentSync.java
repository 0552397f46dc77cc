package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.crypto.InvalidSealingKeyException;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SealedSecret;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SealingKey;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SecretSealer;
import io.jenkins.plugins.githubenvsecrets.engine.github.EnvironmentPublicKey;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubAuthenticationException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubConnectionException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubNotFoundException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubPermissionException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubRateLimitException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubValidationException;
import io.jenkins.plugins.githubenvsecrets.engine.github.SecretMetadata;
import io.jenkins.plugins.githubenvsecrets.engine.github.WriteOutcome;
import io.jenkins.plugins.githubenvsecrets.engine.github.WriteReceipt;
import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.plan.Action;
import io.jenkins.plugins.githubenvsecrets.engine.plan.EnvironmentState;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PlanRules;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PlannedAction;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.plan.SyncPlanner;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordUnreadableException;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One environment of a sync. {@link #loadRecords()}, {@link #fingerprint()} and {@link #readState()} prepare and may
 * run beside other environments', then {@link #claim()} claims what it declares; {@link #run()} plans, then (unless
 * dry run) seals and writes, recording each write as it is answered, and remembers the rest. Nothing here throws past
 * {@link #run()} but an interruption: a fault while carrying out one action fails that action and the plan goes on;
 * a fault that ends the environment fails every action not yet done, and the secrets already written keep their
 * outcomes. Every planned secret ends with an outcome.
 */
final class EnvironmentSync {
    private final GitHubClient client;
    private final SecretSealer sealer;
    private final SyncListener listener;
    private final SyncMemory memory;
    private final RepositoryCoordinates repository;
    private final EnvironmentName environment;
    private final EnvironmentTarget target;
    private final RecordScope scope;
    private final WriteTimeWarning writeTimes;
    private final SyncRequest request;
    private final List<SecretResult> results = new ArrayList<>();
    private final Map<SecretName, String> fingerprints = new LinkedHashMap<>();
    private final Map<SecretName, Instant> writtenAt = new LinkedHashMap<>();
    /** The records as loaded, or as they were when this sync claimed its secrets: every decision is taken on these. */
    private Map<SecretName, SecretRecord> records = Map.of();
    /** The environment's secrets as listed; {@code null} when not listed (missing, failed, or not needed). */
    private EnvironmentState state;
    private boolean missing;
    private GitHubApiException readFailure;
    /** Why preparing failed in a way GitHub did not report (a bug, an unreadable record): ends the environment. */
    private String prepareFailure;
    private TargetOutcome outcome = TargetOutcome.EXISTING;
    private SealingKey key;
    private GitHubApiException stoppedBy;
    /** The secrets the plan meant to delete (pruned or removed); empty until planned. */
    private Set<SecretName> plannedDeletions = Set.of();
    /** What the plan meant to do, in order; empty until planned. */
    private List<PlannedAction> plan = List.of();
    private boolean planned;
    /** Whether this sync may have claimed secrets, which {@link #remember()} then settles. */
    private boolean claimed;

    EnvironmentSync(GitHubClient client, SecretSealer sealer, SyncListener listener, SyncMemory memory,
            RepositoryCoordinates repository, EnvironmentName environment, SyncRequest request,
            WriteTimeWarning writeTimes) {
        this.client = client;
        this.sealer = sealer;
        this.listener = listener;
        this.memory = memory;
        this.repository = repository;
        this.environment = environment;
        this.target = new EnvironmentTarget(repository, environment);
        this.request = request;
        this.scope = RecordScope.environmentSecrets(request.apiUrl().toString(), repository, environment);
        this.writeTimes = writeTimes;
    }

    EnvironmentTarget target() {
        return target;
    }

    /** An error that later environments would meet too, if one ended this environment. */
    Optional<GitHubApiException> stoppedBy() {
        return Optional.ofNullable(stoppedBy);
    }

    /** Loads what earlier syncs recorded of this environment, without waiting for a sync that holds its lock. */
    void loadRecords() {
        if (!memory.remembers()) {
            return;
        }
        try {
            records = memory.store().load(scope);
        } catch (RuntimeException e) {
            prepareFailure = unexpected("reading the record of earlier syncs", e);
        }
    }

    /**
     * Once this sync has listed the environment with its own token, claims the declared secrets that others recorded,
     * so that a sync pruning them meanwhile spares them, and takes its decisions on the records as they are then. A
     * claim becomes ownership only for a secret this sync writes or finds unchanged; {@link #remember()} drops the
     * rest, so a sync refused by GitHub, or failing for every secret, leaves the records as they were.
     */
    void claim() throws InterruptedException {
        if (!memory.remembers() || state == null || prepareFailure != null || request.options().dryRun()) {
            return;
        }
        String identity = request.identity();
        if (request.secrets().keySet().stream().map(records::get)
                .noneMatch(record -> record != null && !record.owners().contains(identity))) {
            return;
        }
        try {
            claimed = true;
            records = memory.store().update(scope, current -> {
                Map<SecretName, SecretRecord> next = new LinkedHashMap<>(current);
                request.secrets().keySet().forEach(name ->
                        next.computeIfPresent(name, (n, record) -> record.withClaim(identity)));
                return next;
            });
        } catch (RuntimeException e) {
            prepareFailure = unexpected("claiming the declared secrets", e);
        }
    }

    /** Fingerprints the desired values; CPU only, so it can run while the environments are being read. */
    void fingerprint() {
        if (!memory.remembers() || prepareFailure != null) {
            return;
        }
        String job = request.job().orElse("");
        try {
            request.secrets().forEach((name, value) -> fingerprints.put(name,
                    memory.fingerprinter().fingerprint(scope, job, name, value)));
        } catch (RuntimeException e) {
            prepareFailure = unexpected("fingerprinting the values", e);
        }
    }

    /**
     * Lists the environment's secrets when planning needs them. Makes no write and tells the listener nothing, so
     * environments can be read side by side.
     */
    void readState() throws InterruptedException {
        if (prepareFailure != null || !needsListing()) {
            return;
        }
        try {
            state = EnvironmentState.of(listUpdatedAt());
        } catch (GitHubNotFoundException e) {
            missing = true;
        } catch (GitHubApiException e) {
            readFailure = e;
        } catch (RuntimeException e) {
            prepareFailure = unexpected("listing the secrets", e);
        }
    }

    /**
     * A sync that remembers nothing of this environment writes every secret anyway and learns from each answer
     * whether it created or updated it, so listing first would be a wasted request.
     */
    private boolean needsListing() {
        return request.options().dryRun() || request.options().prune() != PruneMode.NONE
                || !request.removals().isEmpty() || !records.isEmpty();
    }

    /** The declared secrets that this sync owns and someone changed on GitHub since this Jenkins wrote them. */
    Map<SecretName, Drift> drifted() {
        Map<SecretName, Drift> drifted = new LinkedHashMap<>();
        request.secrets().keySet().forEach(name -> drift(name).ifPresent(drift -> drifted.put(name, drift)));
        return drifted;
    }

    TargetReport run() throws InterruptedException {
        TargetReport report;
        try {
            report = attempt();
        } catch (EnvironmentEnded e) {
            report = ended(e.getMessage());
        } catch (RuntimeException e) {
            report = ended(unexpected("syncing", e));
        } catch (InterruptedException e) {
            // The build was aborted: its writes are recorded already; its claims end, and what it settled is kept.
            remember();
            throw e;
        }
        remember();
        return report;
    }

    /**
     * The report when {@code failOnDrift} found drift in this or another environment: nothing is written, each
     * drifted secret says since when, and every other secret why it was not written.
     */
    TargetReport refusedForDrift(int driftedInSync) {
        Map<SecretName, Drift> drifted = drifted();
        for (SecretName name : namedSecrets()) {
            Drift drift = drifted.get(name);
            SecretResult result = drift != null
                    ? SecretResult.failed(name, drift.describe() + "; nothing was written (failOnDrift)")
                            .withDrift(drift)
                    : SecretResult.failed(name, "not written: " + driftedInSync + " secret(s) of this sync were"
                            + " changed on GitHub since this Jenkins wrote them, and failOnDrift is set");
            results.add(result);
            listener.itemDone(target, ValueKind.SECRET, result);
        }
        remember();
        return new TargetReport(target, TargetOutcome.EXISTING, null, results, List.of());
    }

    /** Ends the claims of a sync interrupted before it ran this environment. */
    void abandon() {
        remember();
    }

    /** The report for an environment that a fatal error in an earlier one kept from being tried. */
    TargetReport notAttempted(String reason) {
        namedSecrets().forEach(name -> done(SecretResult.failed(name, reason)));
        remember();
        return new TargetReport(target, TargetOutcome.FAILED, reason, results, List.of());
    }

    private TargetReport attempt() throws InterruptedException {
        if (prepareFailure != null) {
            throw new EnvironmentEnded(prepareFailure);
        }
        if (readFailure != null) {
            stopIfFatal(readFailure);
            return failedEnvironment(readFailure.getMessage());
        }
        try {
            outcome = missing ? createMissingEnvironment() : checkedByKeyIfNotListed();
            plan = SyncPlanner.plan(request.secrets().keySet(), request.removals(),
                    state == null ? EnvironmentState.empty() : state, rules());
            if (!request.options().dryRun() && plan.stream().anyMatch(PlannedAction::writes)) {
                key(); // read once up front: an unusable key ends the environment before any secret is tried
            }
        } catch (GitHubApiException e) {
            stopIfFatal(e);
            return failedEnvironment(e.getMessage());
        } catch (MissingEnvironmentException e) {
            return failedEnvironment(e.getMessage());
        }
        plannedDeletions = plan.stream().filter(action -> action.action() == Action.DELETE).map(PlannedAction::secret)
                .collect(Collectors.toUnmodifiableSet());
        planned = true;
        for (PlannedAction action : plan) {
            SecretResult result = stoppedBy != null
                    ? SecretResult.failed(action.secret(), notAttemptedReason(stoppedBy))
                    : carryOut(action);
            done(withDrift(result));
        }
        return new TargetReport(target, outcome, null, results, List.of());
    }

    private void done(SecretResult result) {
        results.add(result);
        listener.itemDone(target, ValueKind.SECRET, result);
    }

    /**
     * The report after a fault ended the environment: what was done keeps its outcome, and is remembered; every other
     * planned action, and every other secret the request names, fails with the reason.
     */
    private TargetReport ended(String reason) {
        Set<SecretName> done = results.stream().map(SecretResult::name).collect(Collectors.toSet());
        boolean anythingDone = !done.isEmpty();
        plannedOrNamed().forEach((name, action) -> {
            if (done.add(name)) {
                done(SecretResult.failed(name, notDone(action, reason)));
            }
        });
        if (anythingDone) {
            return new TargetReport(target, outcome, null, results, List.of());
        }
        return new TargetReport(target, TargetOutcome.FAILED, reason, results, List.of());
    }

    private PlanRules rules() {
        return new PlanRules(this::unchanged, request.options().prune(), this::ownedOnlyByThisSync,
                this::changedOnGitHub);
    }

    /**
     * Same value as this job last wrote (the fingerprint is bound to the job, so another job's write never
     * matches), and nobody has changed it on GitHub since.
     */
    private boolean unchanged(SecretName name) {
        SecretRecord record = records.get(name);
        return !request.options().force() && record != null && state != null
                && record.hasFingerprint(fingerprints.get(name))
                && state.updatedAt(name).filter(listed -> !record.changedOnGitHubSince(listed)).isPresent();
    }

    private boolean changedOnGitHub(SecretName name) {
        SecretRecord record = records.get(name);
        return record != null && state != null
                && state.updatedAt(name).filter(record::changedOnGitHubSince).isPresent();
    }

    private Optional<Drift> drift(SecretName name) {
        SecretRecord record = records.get(name);
        // Without our write's time nothing says when it changed: written back as changed, but not called drift.
        if (record == null || record.writtenAt() == null || !record.owners().contains(request.identity())
                || !changedOnGitHub(name)) {
            return Optional.empty();
        }
        String since = record.writtenByIfKnown().map(writer -> writer.describeFor(request.job().orElse("")))
                .orElse("this Jenkins wrote it");
        return state.updatedAt(name).map(changedAt -> new Drift(since, changedAt));
    }

    private SecretResult withDrift(SecretResult result) {
        return request.secrets().containsKey(result.name())
                ? drift(result.name()).map(result::withDrift).orElse(result) : result;
    }

    private boolean ownedOnlyByThisSync(SecretName name) {
        SecretRecord record = records.get(name);
        return record != null && record.ownedOnlyBy(request.identity());
    }

    /** When the environment was not listed, reading its key (needed anyway) tells whether it exists. */
    private TargetOutcome checkedByKeyIfNotListed() throws InterruptedException {
        if (state != null || request.secrets().isEmpty()) {
            return TargetOutcome.EXISTING;
        }
        try {
            key();
            return TargetOutcome.EXISTING;
        } catch (GitHubNotFoundException e) {
            return createMissingEnvironment();
        }
    }

    /** The environment is missing: say whether the repository is, and create the environment if allowed. */
    private TargetOutcome createMissingEnvironment() throws InterruptedException {
        try {
            client.getRepository(repository);
        } catch (GitHubNotFoundException missingRepository) {
            stoppedBy = missingRepository;
            throw missingRepository;
        }
        if (!request.options().createEnvironment()) {
            throw new MissingEnvironmentException("Environment '" + environment + "' does not exist in " + repository
                    + ". Create it under the repository's Settings > Environments, or let this step create it"
                    + " (createEnvironment: true; the token then needs Administration: write).");
        }
        state = EnvironmentState.empty();
        if (request.options().dryRun()) {
            return TargetOutcome.WOULD_CREATE;
        }
        client.createEnvironment(repository, environment.value());
        return TargetOutcome.CREATED;
    }

    private SecretResult carryOut(PlannedAction action) throws InterruptedException {
        SecretName name = action.secret();
        if (request.options().dryRun()) {
            return switch (action.action()) {
                case CREATE -> SecretResult.of(name, SecretOutcome.WOULD_CREATE);
                case UPDATE -> SecretResult.of(name, SecretOutcome.WOULD_UPDATE);
                case DELETE -> SecretResult.of(name, SecretOutcome.WOULD_DELETE);
                case KEEP -> kept(name);
                case SPARE -> spared(name);
            };
        }
        try {
            return switch (action.action()) {
                case CREATE, UPDATE -> write(name);
                case DELETE -> isOwnedOnlyPrune(name) ? deleteIfStillOwned(name) : delete(name);
                case KEEP -> kept(name);
                case SPARE -> spared(name);
            };
        } catch (GitHubApiException e) {
            stopIfFatal(e);
            return SecretResult.failed(name, e.getMessage());
        } catch (EnvironmentEnded e) {
            throw e;
        } catch (RuntimeException e) {
            // A fault of this action alone (the sealer, the record store, a bug): the next action may still succeed.
            return SecretResult.failed(name, unexpected(action.action() == Action.DELETE ? "deleting the secret"
                    : "writing the secret", e));
        }
    }

    /** A secret left as it is: unchanged, or for a removal of a secret GitHub does not hold, already gone. */
    private SecretResult kept(SecretName name) {
        return SecretResult.of(name, request.removals().contains(name) ? SecretOutcome.ALREADY_GONE
                : SecretOutcome.UNCHANGED);
    }

    private SecretResult spared(SecretName name) {
        String since = records.get(name).writtenByIfKnown()
                .map(writer -> writer.describeFor(request.job().orElse(""))).orElse("this Jenkins wrote it");
        return new SecretResult(name, SecretOutcome.KEPT, "changed on GitHub since " + since + "; not deleted");
    }

    private boolean isOwnedOnlyPrune(SecretName name) {
        return request.options().prune() == PruneMode.OWNED && !request.removals().contains(name);
    }

    /**
     * Deletes a secret that pruning found to be this sync's alone, checking that again and deleting while no other
     * sync can claim it, so that a secret another job just declared is not deleted from under it.
     */
    private SecretResult deleteIfStillOwned(SecretName name) throws InterruptedException {
        try {
            return deleteUnderLock(name);
        } catch (RecordUnreadableException e) {
            // Without the record nothing says the secret is still this sync's alone: not deleted, tried next time.
            return SecretResult.failed(name, "not deleted: " + e.getMessage());
        }
    }

    private SecretResult deleteUnderLock(SecretName name) throws InterruptedException {
        return memory.store().underLock(scope, current -> {
            SecretRecord record = current.get(name);
            if (record == null || !record.ownedOnlyBy(request.identity())) {
                return new SecretResult(name, SecretOutcome.KEPT, "another sync declares it now; not deleted");
            }
            SecretResult deleted = delete(name);
            // Forgotten under the same lock: a sync that declares the secret next writes a record of its own.
            memory.store().forget(scope, name);
            return deleted;
        });
    }

    private SecretResult delete(SecretName name) throws InterruptedException {
        boolean deleted = client.deleteSecret(repository, environment.value(), name.value());
        return SecretResult.of(name, deleted ? SecretOutcome.DELETED : SecretOutcome.ALREADY_GONE);
    }

    /**
     * Writes the secret and records GitHub's answer while no other sync of this Jenkins writes to the environment, so
     * that when syncs write the same secret, the record ends with the write GitHub applied last.
     */
    private SecretResult write(SecretName name) throws InterruptedException {
        return memory.store().ordered(scope, () -> {
            SecretResult result = send(name);
            if (writtenAt.containsKey(name)) {
                recordWrite(name);
            }
            return result;
        });
    }

    private SecretResult send(SecretName name) throws InterruptedException {
        SealingKey current = key();
        WriteReceipt receipt;
        try {
            receipt = put(name, current);
        } catch (GitHubValidationException refused) {
            // GitHub refuses a value sealed with a key it has since rotated: fetch the key again and retry once.
            // Each message says what was done about the key; GitHub's own words are in the refusal's message.
            key = null;
            SealingKey fresh;
            try {
                fresh = key();
            } catch (GitHubApiException refetch) {
                stopIfFatal(refetch);
                return SecretResult.failed(name, refused.getMessage() + " The environment's key may have changed,"
                        + " and fetching it again failed (" + refetch.getMessage() + "); run again to fetch the key"
                        + " anew.");
            }
            if (fresh.keyId().equals(current.keyId())) {
                return SecretResult.failed(name, refused.getMessage() + " The environment's key was fetched again"
                        + " and has not changed, so the key is not the cause.");
            }
            try {
                receipt = put(name, fresh);
            } catch (GitHubValidationException again) {
                return SecretResult.failed(name, again.getMessage() + " The value was sealed again with the"
                        + " environment's new key, and GitHub refused it again.");
            }
        }
        writtenAt.put(name, receipt.storedAt());
        writeTimes.check(environment, name, receipt);
        return SecretResult.of(name, receipt.outcome() == WriteOutcome.CREATED
                ? SecretOutcome.CREATED : SecretOutcome.UPDATED);
    }

    private WriteReceipt put(SecretName name, SealingKey sealingKey) throws InterruptedException {
        SealedSecret sealed;
        try {
            sealed = sealer.seal(request.secrets().get(name), sealingKey);
        } catch (InvalidSealingKeyException e) {
            throw new EnvironmentEnded(unusableKey(sealingKey.keyId(), e));
        }
        return client.putSecret(repository, environment.value(), name.value(), sealed.encryptedValueBase64(),
                sealed.keyId());
    }

    /** The environment's key, read once per sync and again only if GitHub rotated it. */
    private SealingKey key() throws InterruptedException {
        if (key == null) {
            EnvironmentPublicKey publicKey = client.getPublicKey(repository, environment.value());
            try {
                key = SealingKey.fromBase64(publicKey.keyId(), publicKey.keyBase64());
            } catch (InvalidSealingKeyException e) {
                throw new EnvironmentEnded(unusableKey(publicKey.keyId(), e));
            }
        }
        return key;
    }

    private String unusableKey(String keyId, InvalidSealingKeyException e) {
        return "GitHub handed out a public key for environment '" + environment + "' of " + repository + " (key id '"
                + shorten(keyId) + "') that cannot be used: " + e.getMessage() + ". Nothing was sealed with it;"
                + " try again later, and tell GitHub support if it persists.";
    }

    /** Records a write GitHub answered, with its time, source and writer: this sync owns it now. */
    private void recordWrite(SecretName name) throws InterruptedException {
        if (!memory.remembers()) {
            return;
        }
        SecretRecord written = SecretRecord.written(fingerprints.get(name), writtenAt.get(name),
                request.source(name).orElse(null), request.writtenBy().orElse(null));
        try {
            memory.store().update(scope, current -> {
                Map<SecretName, SecretRecord> next = new LinkedHashMap<>(current);
                next.put(name, written.withOwnersOf(current.get(name)).withOwner(request.identity()));
                return next;
            });
        } catch (RuntimeException e) {
            listener.warning("Could not record the write of secret " + name + " in environment '" + environment
                    + "' (" + unexpected("saving the record", e) + "); the next sync will write it again");
        }
    }

    /**
     * Records what this sync settled besides its writes, which were recorded as GitHub answered them: adds this sync
     * as an owner of what it found unchanged, forgets what was deleted, and ends its claims. A record that cannot be
     * saved costs a rewrite next time, so it only warns. Never throws: interrupted while waiting for another sync of
     * the environment, it warns and keeps the interruption for the next wait.
     */
    private void remember() {
        if (!memory.remembers() || request.options().dryRun() || (!claimed && !anythingSettled())) {
            return;
        }
        try {
            memory.store().update(scope, this::next);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listener.warning(e.getMessage() + "; what this sync found besides its writes is not recorded");
        } catch (RuntimeException e) {
            listener.warning("Could not save the record of environment '" + environment + "' ("
                    + unexpected("saving the record", e) + "); the next sync will write its secrets again");
        }
    }

    /** Whether any secret ended otherwise than failed: a sync refused by GitHub, or failing throughout, did not. */
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
     * delete that failed or was not reached, a secret the listing did not show, perhaps lagging). It gives up what
     * pruning settled (deleted, already gone, kept) and what it leaves to another owner.
     */
    private boolean stillOwns(SecretName name, Set<SecretName> settled) {
        if (request.secrets().containsKey(name)) {
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

    /** One listing of the environment's secrets: when each last changed on GitHub, under the names GitHub gives. */
    private Map<SecretName, Instant> listUpdatedAt() throws InterruptedException {
        Map<SecretName, Instant> updatedAt = new LinkedHashMap<>();
        for (SecretMetadata secret : client.listSecrets(repository, environment.value())) {
            updatedAt.put(SecretName.listed(secret.name()), secret.updatedAt());
        }
        return updatedAt;
    }

    private void stopIfFatal(GitHubApiException e) {
        if (e instanceof GitHubAuthenticationException || e instanceof GitHubPermissionException
                || e instanceof GitHubRateLimitException || e instanceof GitHubConnectionException) {
            stoppedBy = e;
        }
    }

    private TargetReport failedEnvironment(String reason) {
        plannedOrNamed().forEach((name, action) -> done(SecretResult.failed(name, notDone(action, reason))));
        return new TargetReport(target, TargetOutcome.FAILED, reason, results, List.of());
    }

    /** Every secret this environment was to act on: the plan's, in its order, then any other the request names. */
    private Map<SecretName, Action> plannedOrNamed() {
        Map<SecretName, Action> all = new LinkedHashMap<>();
        plan.forEach(action -> all.put(action.secret(), action.action()));
        request.secrets().keySet().forEach(name -> all.putIfAbsent(name, Action.CREATE));
        request.removals().forEach(name -> all.putIfAbsent(name, Action.DELETE));
        return all;
    }

    private static String notDone(Action action, String reason) {
        return (action == Action.DELETE ? "not deleted: " : "not written: ") + reason;
    }

    /** Every secret the request names, to set or to remove. */
    private List<SecretName> namedSecrets() {
        List<SecretName> names = new ArrayList<>(request.secrets().keySet());
        names.addAll(request.removals());
        return names;
    }

    static String notAttemptedReason(GitHubApiException cause) {
        return "not attempted, the sync stopped earlier: " + cause.getMessage();
    }

    /** A fault GitHub did not report, in words: what was being done, and the exception, its message scrubbed. */
    private String unexpected(String doing, RuntimeException e) {
        return unexpected(doing, e, client.mask());
    }

    /** As {@link #unexpected(String, RuntimeException)}: a message may quote anything, a server's words included. */
    static String unexpected(String doing, RuntimeException e, SecretMask mask) {
        return "unexpected error while " + doing + ": " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + shorten(mask.scrub(e.getMessage())));
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    /** The environment is missing and may not be created. */
    private static final class MissingEnvironmentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingEnvironmentException(String message) {
            super(message, null, false, false);
        }
    }

    /** Ends the environment with a reason in words; what was done until then keeps its outcome. */
    private static final class EnvironmentEnded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EnvironmentEnded(String reason) {
            super(reason, null, false, false);
        }
    }
}
