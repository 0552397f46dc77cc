package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.crypto.InvalidSealingKeyException;
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
import io.jenkins.plugins.githubenvsecrets.engine.plan.Action;
import io.jenkins.plugins.githubenvsecrets.engine.plan.EnvironmentState;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PlanRules;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PlannedAction;
import io.jenkins.plugins.githubenvsecrets.engine.plan.SyncPlanner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One environment of a sync: read its state, plan, then (unless dry run) seal and write, collecting results. */
final class EnvironmentSync {
    private final GitHubClient client;
    private final SecretSealer sealer;
    private final SyncListener listener;
    private final RepositoryCoordinates repository;
    private final EnvironmentName environment;
    private final SyncRequest request;
    private final List<SecretResult> results = new ArrayList<>();
    private SealingKey key;
    private GitHubApiException stoppedBy;

    EnvironmentSync(GitHubClient client, SecretSealer sealer, SyncListener listener, RepositoryCoordinates repository,
            EnvironmentName environment, SyncRequest request) {
        this.client = client;
        this.sealer = sealer;
        this.listener = listener;
        this.repository = repository;
        this.environment = environment;
        this.request = request;
    }

    /** An error that later environments would meet too, if one ended this environment. */
    Optional<GitHubApiException> stoppedBy() {
        return Optional.ofNullable(stoppedBy);
    }

    EnvironmentReport run() throws InterruptedException {
        EnvironmentOutcome outcome;
        EnvironmentState state;
        try {
            Optional<EnvironmentState> existing = readState();
            if (existing.isPresent()) {
                outcome = EnvironmentOutcome.EXISTING;
                state = existing.get();
            } else {
                outcome = createMissingEnvironment();
                state = EnvironmentState.empty();
            }
        } catch (GitHubApiException e) {
            stopIfFatal(e);
            return failedEnvironment(e.getMessage());
        } catch (MissingEnvironmentException e) {
            return failedEnvironment(e.getMessage());
        }
        List<PlannedAction> plan = SyncPlanner.plan(request.secrets().keySet(), request.removals(), state,
                rules());
        for (PlannedAction action : plan) {
            SecretResult result = stoppedBy != null
                    ? SecretResult.failed(action.secret(), notAttemptedReason(stoppedBy))
                    : carryOut(action);
            results.add(result);
            listener.secretDone(environment, result);
        }
        return new EnvironmentReport(environment, outcome, null, results);
    }

    /** The report for an environment that a fatal error in an earlier one kept from being tried. */
    EnvironmentReport notAttempted(GitHubApiException cause) {
        return new EnvironmentReport(environment, EnvironmentOutcome.FAILED, notAttemptedReason(cause),
                namedSecrets().stream().map(name -> SecretResult.failed(name, notAttemptedReason(cause))).toList());
    }

    private PlanRules rules() {
        return PlanRules.writeAll().withPruneMode(request.options().prune());
    }

    /** The environment's secrets, or empty if the environment does not exist. */
    private Optional<EnvironmentState> readState() throws InterruptedException {
        try {
            Map<SecretName, Instant> updatedAt = new LinkedHashMap<>();
            for (SecretMetadata secret : client.listSecrets(repository, environment.value())) {
                updatedAt.put(SecretName.of(secret.name()), secret.updatedAt());
            }
            return Optional.of(EnvironmentState.of(updatedAt));
        } catch (GitHubNotFoundException e) {
            // The repository or the environment is missing; ask which, so the message can say what to fix.
            try {
                client.getRepository(repository);
            } catch (GitHubNotFoundException missingRepository) {
                stoppedBy = missingRepository;
                throw missingRepository;
            }
            return Optional.empty();
        }
    }

    private EnvironmentOutcome createMissingEnvironment() throws InterruptedException {
        if (!request.options().createEnvironment()) {
            throw new MissingEnvironmentException("Environment '" + environment + "' does not exist in " + repository
                    + ". Create it under the repository's Settings > Environments, or let this step create it"
                    + " (createEnvironment: true; the token then needs Administration: write).");
        }
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
        var sealed = sealer.seal(request.secrets().get(name), sealingKey);
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
