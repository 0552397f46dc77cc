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
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.plan.EnvironmentState;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PlanRules;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PlannedAction;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.plan.SyncPlanner;
import io.jenkins.plugins.githubenvsecrets.engine.state.EnvironmentScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One environment of a sync. {@link #readState()} reads what planning needs and may run beside other environments';
 * {@link #run()} plans, then (unless dry run) seals and writes, and remembers what it wrote.
 */
final class EnvironmentSync {
    private final GitHubClient client;
    private final SecretSealer sealer;
    private final SyncListener listener;
    private final SyncMemory memory;
    private final RepositoryCoordinates repository;
    private final EnvironmentName environment;
    private final EnvironmentScope scope;
    private final SyncRequest request;
    private final List<SecretResult> results = new ArrayList<>();
    private final Map<SecretName, String> fingerprints = new LinkedHashMap<>();
    private Map<SecretName, SecretRecord> records = Map.of();
    /** The environment's secrets as listed; {@code null} when not listed (missing, failed, or not needed). */
    private EnvironmentState state;
    private boolean missing;
    private GitHubApiException readFailure;
    private SealingKey key;
    private GitHubApiException stoppedBy;

    EnvironmentSync(GitHubClient client, SecretSealer sealer, SyncListener listener, SyncMemory memory,
            RepositoryCoordinates repository, EnvironmentName environment, SyncRequest request) {
        this.client = client;
        this.sealer = sealer;
        this.listener = listener;
        this.memory = memory;
        this.repository = repository;
        this.environment = environment;
        this.request = request;
        this.scope = new EnvironmentScope(request.apiUrl().toString(), repository, environment);
    }

    EnvironmentName environment() {
        return environment;
    }

    /** An error that later environments would meet too, if one ended this environment. */
    Optional<GitHubApiException> stoppedBy() {
        return Optional.ofNullable(stoppedBy);
    }

    /** Loads what earlier syncs recorded of this environment; decides whether {@link #readState()} lists. */
    void loadRecords() {
        if (memory.remembers()) {
            records = memory.store().load(scope);
        }
    }

    /** Fingerprints the desired values; CPU only, so it can run while the environments are being read. */
    void fingerprint() {
        if (memory.remembers()) {
            request.secrets().forEach((name, value) -> fingerprints.put(name,
                    memory.fingerprinter().fingerprint(scope, name, value)));
        }
    }

    /**
     * Lists the environment's secrets when planning needs them. Makes no write and tells the listener nothing, so
     * environments can be read side by side.
     */
    void readState() throws InterruptedException {
        if (!needsListing()) {
            return;
        }
        try {
            state = EnvironmentState.of(listUpdatedAt());
        } catch (GitHubNotFoundException e) {
            missing = true;
        } catch (GitHubApiException e) {
            readFailure = e;
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

    EnvironmentReport run() throws InterruptedException {
        if (readFailure != null) {
            stopIfFatal(readFailure);
            return failedEnvironment(readFailure.getMessage());
        }
        EnvironmentOutcome outcome;
        try {
            outcome = missing ? createMissingEnvironment() : checkedByKeyIfNotListed();
        } catch (GitHubApiException e) {
            stopIfFatal(e);
            return failedEnvironment(e.getMessage());
        } catch (MissingEnvironmentException e) {
            return failedEnvironment(e.getMessage());
        }
        List<PlannedAction> plan = SyncPlanner.plan(request.secrets().keySet(), request.removals(),
                state == null ? EnvironmentState.empty() : state, rules());
        for (PlannedAction action : plan) {
            SecretResult result = stoppedBy != null
                    ? SecretResult.failed(action.secret(), notAttemptedReason(stoppedBy))
                    : carryOut(action);
            results.add(result);
            listener.secretDone(environment, result);
        }
        if (memory.remembers() && !request.options().dryRun()) {
            remember();
        }
        return new EnvironmentReport(environment, outcome, null, results);
    }

    /** The report for an environment that a fatal error in an earlier one kept from being tried. */
    EnvironmentReport notAttempted(GitHubApiException cause) {
        return new EnvironmentReport(environment, EnvironmentOutcome.FAILED, notAttemptedReason(cause),
                namedSecrets().stream().map(name -> SecretResult.failed(name, notAttemptedReason(cause))).toList());
    }

    private PlanRules rules() {
        return new PlanRules(this::unchanged, request.options().prune(), this::ownedOnlyByThisSync);
    }

    /** Same value as last written by us, and nobody has written it on GitHub since. */
    private boolean unchanged(SecretName name) {
        SecretRecord record = records.get(name);
        return !request.options().force() && record != null && record.updatedAt() != null && state != null
                && record.fingerprint().equals(fingerprints.get(name))
                && state.updatedAt(name).filter(record.updatedAt()::equals).isPresent();
    }

    private boolean ownedOnlyByThisSync(SecretName name) {
        SecretRecord record = records.get(name);
        return record != null && record.ownedOnlyBy(request.identity());
    }

    /** When the environment was not listed, reading its key (needed anyway) tells whether it exists. */
    private EnvironmentOutcome checkedByKeyIfNotListed() throws InterruptedException {
        if (state != null || request.secrets().isEmpty()) {
            return EnvironmentOutcome.EXISTING;
        }
        try {
            key();
            return EnvironmentOutcome.EXISTING;
        } catch (GitHubNotFoundException e) {
            return createMissingEnvironment();
        }
    }

    /** The environment is missing: say whether the repository is, and create the environment if allowed. */
    private EnvironmentOutcome createMissingEnvironment() throws InterruptedException {
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
            return EnvironmentOutcome.WOULD_CREATE;
        }
        client.createEnvironment(repository, environment.value());
        return EnvironmentOutcome.CREATED;
    }

    private SecretResult carryOut(PlannedAction action) throws InterruptedException {
        SecretName name = action.secret();
        if (request.options().dryRun()) {
            return SecretResult.of(name, switch (action.action()) {
                case CREATE -> SecretOutcome.WOULD_CREATE;
                case UPDATE -> SecretOutcome.WOULD_UPDATE;
                case DELETE -> SecretOutcome.WOULD_DELETE;
                case KEEP -> SecretOutcome.UNCHANGED;
            });
        }
        try {
            return switch (action.action()) {
                case CREATE, UPDATE -> write(name);
                case DELETE -> {
                    client.deleteSecret(repository, environment.value(), name.value());
                    yield SecretResult.of(name, SecretOutcome.DELETED);
                }
                case KEEP -> SecretResult.of(name, SecretOutcome.UNCHANGED);
            };
        } catch (GitHubApiException e) {
            stopIfFatal(e);
            return SecretResult.failed(name, e.getMessage());
        } catch (InvalidSealingKeyException e) {
            return SecretResult.failed(name, e.getMessage() + " (environment '" + environment + "' of " + repository
                    + "); GitHub handed out a key that cannot be used: try again later");
        }
    }

    private SecretResult write(SecretName name) throws InterruptedException {
        SealingKey current = key();
        try {
            return SecretResult.of(name, put(name, current));
        } catch (GitHubValidationException e) {
            // GitHub refuses a value sealed with a key it has since rotated: fetch the key again and retry once.
            key = null;
            if (key().keyId().equals(current.keyId())) {
                throw e;
            }
            return SecretResult.of(name, put(name, key()));
        }
    }

    private SecretOutcome put(SecretName name, SealingKey sealingKey) throws InterruptedException {
        SealedSecret sealed = sealer.seal(request.secrets().get(name), sealingKey);
        WriteOutcome outcome = client.putSecret(repository, environment.value(), name.value(),
                sealed.encryptedValueBase64(), sealed.keyId());
        return outcome == WriteOutcome.CREATED ? SecretOutcome.CREATED : SecretOutcome.UPDATED;
    }

    /** The environment's key, read once per sync and again only if GitHub rotated it. */
    private SealingKey key() throws InterruptedException {
        if (key == null) {
            EnvironmentPublicKey publicKey = client.getPublicKey(repository, environment.value());
            key = SealingKey.fromBase64(publicKey.keyId(), publicKey.keyBase64());
        }
        return key;
    }

    /**
     * Records fingerprints of what was written with GitHub's {@code updated_at} (read back in one listing), adds
     * this sync as an owner of what it declares, and forgets what was deleted.
     */
    private void remember() throws InterruptedException {
        Map<SecretName, String> written = new LinkedHashMap<>();
        List<SecretName> kept = new ArrayList<>();
        List<SecretName> deleted = new ArrayList<>();
        for (SecretResult result : results) {
            switch (result.outcome()) {
                case CREATED, UPDATED -> written.put(result.name(), fingerprints.get(result.name()));
                case UNCHANGED -> kept.add(result.name());
                case DELETED -> deleted.add(result.name());
                default -> {
                    // failed: GitHub holds whatever it held; the record, if any, still describes an older write
                }
            }
        }
        Map<SecretName, Instant> updatedAt = written.isEmpty() ? Map.of() : readBackUpdatedAt();
        String identity = request.identity();
        boolean pruning = request.options().prune() != PruneMode.NONE;
        memory.store().update(scope, current -> {
            Map<SecretName, SecretRecord> next = new LinkedHashMap<>(current);
            written.forEach((name, fingerprint) -> {
                SecretRecord earlier = next.get(name);
                next.put(name, new SecretRecord(fingerprint, updatedAt.get(name),
                        earlier == null ? Set.of() : earlier.owners()).withOwner(identity));
            });
            kept.stream().filter(request.secrets()::containsKey)
                    .forEach(name -> next.computeIfPresent(name, (n, record) -> record.withOwner(identity)));
            deleted.forEach(next::remove);
            if (pruning) {
                next.replaceAll((name, record) -> request.secrets().containsKey(name)
                        ? record : record.withoutOwner(identity));
            }
            return next;
        });
    }

    private Map<SecretName, Instant> readBackUpdatedAt() throws InterruptedException {
        try {
            return listUpdatedAt();
        } catch (GitHubApiException e) {
            listener.warning("Could not read back when GitHub stored the secrets of environment '" + environment
                    + "' (" + e.getMessage() + "); the next sync will write them again");
            return Map.of();
        }
    }

    /** One listing of the environment's secrets: when each last changed on GitHub. */
    private Map<SecretName, Instant> listUpdatedAt() throws InterruptedException {
        Map<SecretName, Instant> updatedAt = new LinkedHashMap<>();
        for (SecretMetadata secret : client.listSecrets(repository, environment.value())) {
            updatedAt.put(SecretName.of(secret.name()), secret.updatedAt());
        }
        return updatedAt;
    }

    private void stopIfFatal(GitHubApiException e) {
        if (e instanceof GitHubAuthenticationException || e instanceof GitHubPermissionException
                || e instanceof GitHubRateLimitException || e instanceof GitHubConnectionException) {
            stoppedBy = e;
        }
    }

    private EnvironmentReport failedEnvironment(String reason) {
        String notWritten = "not written: " + reason;
        return new EnvironmentReport(environment, EnvironmentOutcome.FAILED, reason,
                namedSecrets().stream().map(name -> SecretResult.failed(name, notWritten)).toList());
    }

    /** Every secret the request names, to set or to remove. */
    private List<SecretName> namedSecrets() {
        List<SecretName> names = new ArrayList<>(request.secrets().keySet());
        names.addAll(request.removals());
        return names;
    }

    private static String notAttemptedReason(GitHubApiException cause) {
        return "not attempted, the sync stopped earlier: " + cause.getMessage();
    }

    /** The environment is missing and may not be created. */
    private static final class MissingEnvironmentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingEnvironmentException(String message) {
            super(message, null, false, false);
        }
    }
}
