package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.crypto.SecretSealer;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubNotFoundException;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sync of one target, whatever it is (an environment of a repository, a repository, an organization), as a short
 * sequence of named stages: {@link #loadRecords()}, {@link #read()} beside {@link #prepare()}, {@link #claim()},
 * {@link #plan()}; then, one target after another, {@link #run()} (or {@link #notAttempted(String)},
 * {@link #refusedForDrift(int)}). Its secrets and its variables are each a {@link KindSync}; what is the target's own
 * is here: whether it exists (a repository or organization that does not is a problem of the request, an environment
 * may be created), and the outcome.
 */
final class TargetSync {
    private final GitHubClient client;
    private final SyncRequest request;
    private final Target target;
    private final List<KindSync> kinds = new ArrayList<>();
    private TargetOutcome outcome = TargetOutcome.EXISTING;
    private boolean environmentMissing;
    /** What GitHub showed wrong with the request here: the repository or organization does not exist. */
    private String problem;
    private Stop stoppedBy;

    TargetSync(GitHubClient client, SecretSealer sealer, SyncListener listener, SyncMemory memory,
            SyncRequest request, Target target, OrganizationAccess access, WriteTimeWarning writeTimes) {
        this.client = client;
        this.request = request;
        this.target = target;
        kinds.add(new KindSync(new SecretGateway(client, sealer, target, request, memory), client, listener, memory,
                request, target, access, writeTimes));
        if (target.kind().supports(target.application(), ValueKind.VARIABLE)) {
            kinds.add(new KindSync(new VariableGateway(client, target, request), client, listener, memory, request,
                    target, access, writeTimes));
        }
    }

    Target target() {
        return target;
    }

    void loadRecords() {
        kinds.forEach(KindSync::loadRecords);
    }

    void prepare() {
        active().forEach(KindSync::prepare);
    }

    /**
     * Reads each kind (listing, or the key ahead of writes), then settles what a 404 meant: for an environment, a
     * missing repository (a problem of the request) or a missing environment (created, if allowed, when the target
     * runs); for a repository or an organization, that it is missing or hidden from the token.
     */
    void read() throws InterruptedException {
        for (KindSync kind : active()) {
            kind.read();
        }
        List<KindSync> missing = active().stream().filter(kind -> kind.notFound().isPresent()).toList();
        if (missing.isEmpty()) {
            return;
        }
        if (!(target instanceof EnvironmentTarget environment)) {
            problem = missing.get(0).notFound().orElseThrow().getMessage();
            return;
        }
        try {
            client.getRepository(environment.repository());
        } catch (GitHubNotFoundException e) {
            problem = e.getMessage();
            return;
        } catch (GitHubApiException e) {
            missing.forEach(kind -> kind.readFailed(e));
            return;
        } catch (RuntimeException e) {
            String reason = Texts.unexpected("reading the repository", e, client.mask());
            missing.forEach(kind -> kind.preparationFailed(reason));
            return;
        }
        if (missing.size() == active().size()) {
            environmentMissing = true;
        } else {
            missing.forEach(kind -> kind.readFailed(kind.notFound().orElseThrow()));
        }
    }

    void claim() throws InterruptedException {
        for (KindSync kind : active()) {
            kind.claim();
        }
    }

    void plan() throws InterruptedException {
        if (problem != null) {
            return;
        }
        for (KindSync kind : active()) {
            kind.plan();
        }
    }

    /** What GitHub showed wrong with the request at this target, if anything: nothing is written anywhere then. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** How many declared secrets and variables this sync owns and someone changed on GitHub since. */
    int drifted() {
        return active().stream().mapToInt(kind -> kind.drifted().size()).sum();
    }

    /**
     * A refusal that holds for the token as a whole, if one ended this target, and where it was met: later targets
     * are not attempted.
     */
    Optional<Stop> stoppedBy() {
        return Optional.ofNullable(stoppedBy);
    }

    /**
     * Carries out the target's plan. When nothing of it can be done (its environment is missing, or every kind failed
     * to be read or prepared) the target fails as a whole: its report says why, and each name points to it.
     */
    TargetReport run() throws InterruptedException {
        if (environmentMissing) {
            try {
                outcome = createMissingEnvironment((EnvironmentTarget) target);
            } catch (MissingEnvironmentException e) {
                return failed(e.getMessage());
            } catch (GitHubApiException e) {
                if (KindSync.holdsForTheToken(e)) {
                    stoppedBy = new Stop(e, target.describe());
                }
                return failed(e.getMessage());
            } catch (RuntimeException e) {
                return failed(Texts.unexpected("creating the environment", e, client.mask()));
            }
        }
        if (!active().isEmpty() && active().stream().allMatch(kind -> kind.failureBeforeRun().isPresent())) {
            active().stream().flatMap(kind -> kind.readFailure().stream()).filter(KindSync::holdsForTheToken)
                    .findFirst().ifPresent(e -> stoppedBy = new Stop(e, target.describe()));
            return failed(failureBeforeRun());
        }
        Map<ValueKind, List<SecretResult>> results = new LinkedHashMap<>();
        for (KindSync kind : active()) {
            results.put(kind.kind(), stoppedBy != null ? kind.notAttempted(stoppedBy.notAttempted()) : kind.run());
            if (stoppedBy == null) {
                stoppedBy = kind.stoppedBy().orElse(null);
            }
        }
        return report(outcome, null, results);
    }

    /** Why no kind can be done: one reason, or each kind's when they differ. */
    private String failureBeforeRun() {
        List<KindSync> failed = active();
        List<String> reasons = failed.stream().map(kind -> kind.failureBeforeRun().orElseThrow()).distinct().toList();
        if (reasons.size() == 1) {
            return reasons.get(0);
        }
        return failed.stream().map(kind -> kind.kind().pathSegment() + ": " + kind.failureBeforeRun().orElseThrow())
                .collect(Collectors.joining("; "));
    }

    /** Every secret and variable fails with {@code reason} as it is: the sync stopped, or GitHub showed problems. */
    TargetReport notAttempted(String reason) {
        return report(TargetOutcome.FAILED, reason, each(kind -> kind.notAttempted(reason)));
    }

    /** Nothing is written: {@code failOnDrift} found drift here or in another target. */
    TargetReport refusedForDrift(int driftedInSync) {
        return report(TargetOutcome.EXISTING, null, each(kind -> kind.refusedForDrift(driftedInSync)));
    }

    /** Ends the claims of a sync interrupted before it ran this target, or while it ran it. */
    void abandon() {
        kinds.forEach(KindSync::abandon);
    }

    /** The target itself failed (its environment missing or not created, or not read): nothing of it was tried. */
    private TargetReport failed(String reason) {
        return report(TargetOutcome.FAILED, reason, each(KindSync::failedWithTarget));
    }

    /** The environment is missing: created if allowed (in a dry run, it would be). */
    private TargetOutcome createMissingEnvironment(EnvironmentTarget environment) throws InterruptedException {
        if (!request.options().createEnvironment()) {
            throw new MissingEnvironmentException("Environment '" + environment.environment() + "' does not exist in "
                    + environment.repository() + ". Create it under the repository's Settings > Environments, or let"
                    + " the sync create it (" + Texts.CREATE_ENVIRONMENT + "); the token then needs "
                    + Texts.CREATE_PERMISSION + ".");
        }
        if (request.options().dryRun()) {
            return TargetOutcome.WOULD_CREATE;
        }
        client.createEnvironment(environment.repository(), environment.environment().value());
        return TargetOutcome.CREATED;
    }

    private Map<ValueKind, List<SecretResult>> each(Function<KindSync, List<SecretResult>> action) {
        Map<ValueKind, List<SecretResult>> results = new LinkedHashMap<>();
        active().forEach(kind -> results.put(kind.kind(), action.apply(kind)));
        return results;
    }

    private TargetReport report(TargetOutcome targetOutcome, String error, Map<ValueKind, List<SecretResult>> results) {
        return new TargetReport(target, targetOutcome, error, results.getOrDefault(ValueKind.SECRET, List.of()),
                results.getOrDefault(ValueKind.VARIABLE, List.of()));
    }

    private List<KindSync> active() {
        return kinds.stream().filter(KindSync::active).toList();
    }

    /** The environment is missing and may not be created. */
    private static final class MissingEnvironmentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingEnvironmentException(String message) {
            super(message, null, false, false);
        }
    }
}
