package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.crypto.SecretSealer;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryReference;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a {@link SyncRequest} against GitHub. Environments are read side by side (reads are cheap and GitHub allows
 * them concurrently), then written one after another, since writes must go one at a time anyway. A failed secret
 * does not stop the others; an error that would fail every later request too (bad token, missing permission, rate
 * limit, GitHub unreachable) stops the sync, and the report marks what was not attempted. Whatever goes wrong after
 * validation ends in the report, which names every secret of the request with an outcome.
 *
 * <p>Whatever a server sends is scrubbed of the token and of every value of the request before it becomes part of a
 * reason: the client's mask covers them, or the sync gives the client the values before the first request.
 */
public final class SecretSync {
    /** Environments read at once; a sync names a handful. */
    private static final int MAX_PARALLEL_READS = 4;

    private final GitHubClient client;
    private final SecretSealer sealer;
    private final SyncListener listener;
    private final SyncMemory memory;

    /** A sync that remembers nothing: every secret is written every time. */
    public SecretSync(GitHubClient client, SecretSealer sealer, SyncListener listener) {
        this(client, sealer, listener, SyncMemory.NONE);
    }

    /**
     * A sync that skips unchanged secrets and can prune only its own, using {@code memory}. The sealer is loaded
     * before, so that a controller without libsodium fails before any request.
     */
    public SecretSync(GitHubClient client, SecretSealer sealer, SyncListener listener, SyncMemory memory) {
        this.client = Objects.requireNonNull(client, "client");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.memory = Objects.requireNonNull(memory, "memory");
    }

    /**
     * @return the outcome of every secret the request names, in every environment; never throws for a failure
     * @throws InterruptedException if the caller is interrupted (a build aborted); the listener has been told of
     *     every secret finished until then
     */
    public SyncReport run(SyncRequest request) throws InterruptedException {
        maskValues(request);
        List<String> problems = new ArrayList<>();
        List<RepositoryCoordinates> repositories = new ArrayList<>();
        for (RepositoryReference reference : request.repositories()) {
            try {
                repositories.add(coordinatesOf(reference));
            } catch (GitHubApiException e) {
                problems.add(e.getMessage());
            } catch (RuntimeException e) {
                problems.add(EnvironmentSync.unexpected("resolving repository " + reference, e, client.mask()));
            }
        }
        if (!problems.isEmpty()) {
            return new SyncReport(request.options().dryRun(), problems, List.of());
        }
        List<EnvironmentSync> syncs = new ArrayList<>();
        WriteTimeWarning writeTimes = new WriteTimeWarning(listener);
        for (RepositoryCoordinates repository : repositories) {
            for (EnvironmentName environment : request.environments()) {
                syncs.add(new EnvironmentSync(client, sealer, listener, memory, repository, environment, request,
                        writeTimes));
            }
        }
        prepareAll(syncs);
        int drifted = request.options().failOnDrift()
                ? syncs.stream().mapToInt(sync -> sync.drifted().size()).sum() : 0;
        List<TargetReport> reports = new ArrayList<>();
        String stoppedBy = null;
        for (EnvironmentSync sync : syncs) {
            listener.targetStarted(sync.target());
            TargetReport report;
            if (stoppedBy != null) {
                report = sync.notAttempted(stoppedBy);
            } else if (drifted > 0) {
                report = sync.refusedForDrift(drifted);
            } else {
                report = sync.run();
                stoppedBy = sync.stoppedBy().map(EnvironmentSync::notAttemptedReason).orElse(null);
            }
            reports.add(report);
            listener.targetDone(report);
        }
        return new SyncReport(request.options().dryRun(), List.of(), reports);
    }

    /**
     * Makes the client's mask cover every value of the request: a client built with the sync's mask (the one that
     * guards its log) already does; any other is given one mask of the values and its token, compiled once.
     */
    private void maskValues(SyncRequest request) {
        SecretMask mask = client.mask();
        if (request.secrets().values().stream().allMatch(value -> covers(mask, value))) {
            return;
        }
        SecretMask.Builder values = SecretMask.builder();
        request.secrets().forEach((name, value) -> {
            if (!value.isDestroyed()) {
                char[] chars = value.copyChars();
                try {
                    values.add(name.value(), chars);
                } finally {
                    Arrays.fill(chars, '\0');
                }
            }
        });
        client.maskAlso(values);
    }

    /** A value already cleared has nothing left to hide; the sync reports it when it cannot seal it. */
    private static boolean covers(SecretMask mask, SecretValue value) {
        if (value.isDestroyed()) {
            return true;
        }
        char[] chars = value.copyChars();
        try {
            return mask.covers(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /**
     * Reads every environment's state side by side, and meanwhile fingerprints the values on this thread, so that
     * the CPU work hides behind the network's latency; then claims, in each environment read, what the sync declares.
     * Each step keeps its own failures for the report.
     */
    private static void prepareAll(List<EnvironmentSync> syncs) throws InterruptedException {
        syncs.forEach(EnvironmentSync::loadRecords);
        ExecutorService readers = Executors.newFixedThreadPool(Math.min(syncs.size(), MAX_PARALLEL_READS),
                runnable -> {
                    Thread thread = new Thread(runnable, "github-environment-secrets-reader");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<Void>> reads = new ArrayList<>();
            for (EnvironmentSync sync : syncs) {
                reads.add(readers.submit(() -> {
                    sync.readState();
                    return null;
                }));
            }
            syncs.forEach(EnvironmentSync::fingerprint);
            for (Future<Void> read : reads) {
                read.get();
            }
        } catch (ExecutionException e) {
            // readState keeps every exception but an interruption and an Error for the report.
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Reading an environment failed", e.getCause());
        } finally {
            readers.shutdownNow();
        }
        try {
            for (EnvironmentSync sync : syncs) {
                sync.claim();
            }
        } catch (InterruptedException e) {
            syncs.forEach(EnvironmentSync::abandon);
            throw e;
        }
    }

    private RepositoryCoordinates coordinatesOf(RepositoryReference reference) throws InterruptedException {
        if (reference.coordinates().isPresent()) {
            return reference.coordinates().get();
        }
        return client.getRepository(reference.id().getAsLong()).coordinates();
    }
}
