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

/**
 * Runs a {@link SyncRequest} against GitHub, environment after environment. A failed secret does not stop the others;
 * an error that would fail every later request too (bad token, missing permission, rate limit, GitHub unreachable)
 * stops the sync, and the report marks what was not attempted.
 */
public final class SecretSync {
    private final GitHubClient client;
    private final SecretSealer sealer;
    private final SyncListener listener;

    public SecretSync(GitHubClient client, SyncListener listener) {
        this(client, new SecretSealer(), listener);
    }

    SecretSync(GitHubClient client, SecretSealer sealer, SyncListener listener) {
        this.client = Objects.requireNonNull(client, "client");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * @throws GitHubApiException only if a repository given by id cannot be resolved; nothing was written then.
     *     Every other failure is in the report.
     * @throws InterruptedException if the caller is interrupted (a build aborted); the listener has been told of
     *     every secret finished until then
     */
    public SyncReport run(SyncRequest request) throws InterruptedException {
        RepositoryCoordinates repository = coordinatesOf(request.repository());
        List<EnvironmentReport> reports = new ArrayList<>();
        GitHubApiException stoppedBy = null;
        for (EnvironmentName environment : request.environments()) {
            listener.environmentStarted(environment);
            EnvironmentSync sync = new EnvironmentSync(client, sealer, listener, repository, environment, request);
            EnvironmentReport report = stoppedBy == null ? sync.run() : sync.notAttempted(stoppedBy);
            if (stoppedBy == null) {
                stoppedBy = sync.stoppedBy().orElse(null);
            }
            reports.add(report);
            listener.environmentDone(report);
        }
        return new SyncReport(repository, request.options().dryRun(), reports);
    }

    private RepositoryCoordinates coordinatesOf(RepositoryReference reference) throws InterruptedException {
        if (reference.coordinates().isPresent()) {
            return reference.coordinates().get();
        }
        return client.getRepository(reference.id().getAsLong()).coordinates();
    }
}
