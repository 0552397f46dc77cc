package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import io.jenkins.plugins.githubenvsecrets.engine.github.AccessToken;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.state.InMemoryFingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretFingerprinter;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretSync;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncListener;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncMemory;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncReport;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TestSealer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Our engine as a Jenkins build would run it: each sync with a fresh client (default pacing and retries) and
 * default options (skip unchanged, prune nothing), remembering fingerprints in one store for the whole chain, to the
 * targets of a {@link TargetShape}.
 */
final class EngineRunner {
    private static final byte[] FINGERPRINT_KEY = "sync-benchmark-fingerprint-key".getBytes(StandardCharsets.UTF_8);

    private final BenchGitHub github;
    private final ScaledTime time;
    private final Optional<Duration> clientGap;
    private final SyncMemory memory = new SyncMemory(new InMemoryFingerprintStore(),
            SecretFingerprinter.hmacSha256(FINGERPRINT_KEY));
    private List<String> lastFailures = List.of();

    /** @param clientGap the client's gap between writes; empty for its default */
    EngineRunner(BenchGitHub github, ScaledTime time, Optional<Duration> clientGap) {
        this.github = github;
        this.time = time;
        this.clientGap = clientGap;
    }

    /** Syncs the secrets' current values to every environment and measures that sync alone. */
    Measurement run(BenchSecrets secrets) throws InterruptedException {
        return run(secrets, TargetShape.ENVIRONMENT_SECRETS);
    }

    /** Syncs the values to every target of the shape and measures that sync alone. */
    Measurement run(BenchSecrets secrets, TargetShape shape) throws InterruptedException {
        SyncRequest.Builder builder = builder(shape);
        for (int i = 0; i < secrets.count(); i++) {
            char[] value = secrets.value(i);
            if (shape == TargetShape.ENVIRONMENT_VARIABLES) {
                builder.variable(BenchSecrets.name(i), value);
            } else {
                builder.secret(BenchSecrets.name(i), value);
            }
            Arrays.fill(value, '\0');
        }
        return measure(builder).withWrongValues(github.wrongValues(secrets, shape));
    }

    /**
     * Syncs one value as {@code builder} says (a target, the name; the value is added here) and measures that sync
     * alone; the values left are for the caller to check.
     */
    Measurement runOne(SyncRequest.Builder builder, String name, char[] value) throws InterruptedException {
        builder.apiUrl(github.apiUrl()).secret(name, value);
        return measure(builder);
    }

    private Measurement measure(SyncRequest.Builder requestBuilder) throws InterruptedException {
        char[] token = BenchGitHub.TOKEN.toCharArray();
        GitHubClient.Builder builder = GitHubClient.builder(GitHubApiUrl.parse(github.apiUrl()), AccessToken.of(token))
                .clock(time)
                .sleeper(time);
        clientGap.ifPresent(builder::mutationGap);
        try (SyncRequest request = requestBuilder.build(); GitHubClient client = builder.build()) {
            SecretSync sync = new SecretSync(client, TestSealer.get(), SyncListener.NONE, memory);
            github.startMeasuring();
            Instant start = time.instant();
            SyncReport report = sync.run(request);
            Duration wall = Duration.between(start, time.instant());
            lastFailures = report.failureLines();
            return Measurement.of(github.seen(), wall, 0);
        } finally {
            Arrays.fill(token, '\0');
        }
    }

    /** What the last run reported as failed: names and reasons, never values. */
    List<String> lastFailures() {
        return lastFailures;
    }

    /** The request of the shape, without its values. */
    private SyncRequest.Builder builder(TargetShape shape) {
        SyncRequest.Builder builder = SyncRequest.builder().apiUrl(github.apiUrl());
        return switch (shape) {
            case ENVIRONMENT_SECRETS, ENVIRONMENT_VARIABLES -> builder
                    .repository(BenchGitHub.OWNER + "/" + BenchGitHub.REPOSITORY).environments(github.environments());
            case REPOSITORY_SECRETS -> builder.scope(TargetKind.REPOSITORY).repositories(github.repositories());
            case ORGANIZATION_SECRETS -> builder.scope(TargetKind.ORGANIZATION).organization(BenchGitHub.OWNER);
        };
    }
}
