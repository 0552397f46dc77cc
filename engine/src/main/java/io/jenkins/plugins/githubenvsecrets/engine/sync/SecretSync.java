package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.crypto.SecretSealer;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryReference;
import java.util.ArrayList;
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
 * limit, GitHub unreachable) stops the sync, and the report marks what was not attempted.
 */
public final class SecretSync {
    /** Environments read at once; a sync names a handful. */
    private static final int MAX_PARALLEL_READS = 4;

    private final GitHubClient client;
    private final SecretSealer sealer;
    private final SyncListener listener;
    private final SyncMemory memory;

    /** A sync that remembers nothing: every secret is written every time. */
    public SecretSync(GitHubClient client, SyncListener listener) {
        this(client, listener, SyncMemory.NONE);
    }

    /** A sync that skips unchanged secrets and can prune only its own, using {@code memory}. */
    public SecretSync(GitHubClient client, SyncListener listener, SyncMemory memory) {
        this.client = Objects.requireNonNull(client, "client");
        this.sealer = new SecretSealer();
        this.listener = Objects.requireNonNull(listener, "listener");
        this.memory = Objects.requireNonNull(memory, "memory");
    }

    /**
     * @throws GitHubApiException only if a repository given by id cannot be resolved; nothing was written then.
     *     Every other failure is in the report.
     * @throws InterruptedException if the caller is interrupted (a build aborted); the listener has been told of
     *     every secret finished until then
     */
    public SyncReport run(SyncRequest request) throws InterruptedException {
        RepositoryCoordinates repository = coordinatesOf(request.repository());
        List<EnvironmentSync> syncs = new ArrayList<>();
        for (EnvironmentName environment : request.environments()) {
            syncs.add(new EnvironmentSync(client, sealer, listener, memory, repository, environment, request));
        }
        prepareAll(syncs);
        List<EnvironmentReport> reports = new ArrayList<>();
        GitHubApiException stoppedBy = null;
        for (EnvironmentSync sync : syncs) {
            EnvironmentReport report;
            if (stoppedBy == null) {
                listener.environmentStarted(sync.environment());
                report = sync.run();
                stoppedBy = sync.stoppedBy().orElse(null);
            } else {
                report = sync.notAttempted(stoppedBy);
            }
            reports.add(report);
            listener.environmentDone(report);
        }
        return new SyncReport(repository, request.options().dryRun(), reports);
    }

    /**
     * Reads every environment's state side by side, and meanwhile fingerprints the values on this thread, so that
     * the CPU work hides behind the network's latency.
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
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("Reading an environment failed", e.getCause());
        } finally {
            readers.shutdownNow();
        }
    }

    private RepositoryCoordinates coordinatesOf(RepositoryReference reference) throws InterruptedException {
        if (reference.coordinates().isPresent()) {
            return reference.coordinates().get();
        }
        return client.getRepository(reference.id().getAsLong()).coordinates();
    }
}
