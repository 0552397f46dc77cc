package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.crypto.SecretSealer;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Runs a {@link SyncRequest} against GitHub, for every target of it alike: environments of repositories,
 * repositories, or an organization. First the request is resolved (repository ids, the ids of selected repositories),
 * then every target is read side by side (reads are cheap and GitHub allows them concurrently), planned, and only then
 * written, one target after another, since writes must go one at a time anyway. Whatever GitHub shows wrong with the
 * request before the first write (a repository or organization that does not exist, a selected repository it does not
 * know) is a problem of the request: nothing is written anywhere, and the report lists the problems.
 *
 * <p>A failed secret or variable does not stop the others, and a failed target does not stop the other targets; a
 * refusal that would fail every later request too (bad token, rate limit, GitHub unreachable) stops the sync, and the
 * report marks what was not attempted. Whatever goes wrong after validation ends in the report, which names every
 * secret and variable of the request with an outcome, per target.
 *
 * <p>Whatever a server sends is scrubbed of the token and of every value of the request, variables' included, before
 * it becomes part of a reason: the client's mask covers them, or the sync gives the client the values before the
 * first request.
 */
public final class SecretSync {
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
     * @return the outcome of every secret and variable the request names, in every target; never throws for a failure
     * @throws InterruptedException if the caller is interrupted (a build aborted); the listener has been told of
     *     everything finished until then
     */
    public SyncReport run(SyncRequest request) throws InterruptedException {
        maskValues(request);
        TargetResolver.Resolved resolved = new TargetResolver(client).resolve(request);
        WriteTimeWarning writeTimes = new WriteTimeWarning(listener);
        List<TargetSync> syncs = resolved.targets().stream().map(target -> new TargetSync(client, sealer, listener,
                memory, request, target, resolved.access(), writeTimes)).toList();
        List<String> problems = new ArrayList<>(resolved.problems());
        if (problems.isEmpty()) {
            prepare(syncs);
            // Environments of one missing repository show the same problem: it is said once.
            syncs.stream().flatMap(sync -> sync.problem().stream()).distinct().forEach(problems::add);
        }
        String refusal = problems.isEmpty() ? null : "not attempted: GitHub showed " + (problems.size() == 1
                ? "a problem" : problems.size() + " problems") + " with the request, so nothing was written";
        int drifted = refusal == null && request.options().failOnDrift()
                ? syncs.stream().mapToInt(TargetSync::drifted).sum() : 0;
        List<TargetReport> reports = new ArrayList<>();
        String stoppedBy = refusal;
        for (int next = 0; next < syncs.size(); next++) {
            TargetSync sync = syncs.get(next);
            listener.targetStarted(sync.target());
            TargetReport report;
            if (stoppedBy != null) {
                report = sync.notAttempted(stoppedBy);
            } else if (drifted > 0) {
                report = sync.refusedForDrift(drifted);
            } else {
                try {
                    report = sync.run();
                } catch (InterruptedException e) {
                    // Aborted: the claims of this target and of those not reached end with the sync all the same.
                    syncs.subList(next, syncs.size()).forEach(TargetSync::abandon);
                    throw e;
                }
                stoppedBy = sync.stoppedBy().map(Stop::notAttempted).orElse(null);
            }
            reports.add(report);
            listener.targetDone(report);
        }
        return new SyncReport(request.options().dryRun(), problems, reports);
    }

    /**
     * Makes the client's mask cover every value of the request: a client built with the sync's mask (the one that
     * guards its log) already does; any other is given one mask of the values and its token, compiled once.
     */
    private void maskValues(SyncRequest request) {
        SecretMask mask = client.mask();
        if (Stream.of(ValueKind.values()).flatMap(kind -> request.values(kind).values().stream())
                .allMatch(value -> covers(mask, value))) {
            return;
        }
        SecretMask.Builder masked = SecretMask.builder();
        Stream.of(ValueKind.values()).forEach(kind -> request.values(kind).forEach((name, value) -> {
            if (!value.isDestroyed()) {
                char[] chars = value.copyChars();
                try {
                    masked.add(name.value(), chars);
                } finally {
                    Arrays.fill(chars, '\0');
                }
            }
        }));
        client.maskAlso(masked);
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
     * Reads every target side by side, and meanwhile fingerprints the values on this thread, so that the CPU work
     * hides behind the network's latency; then claims, in each target read, what the sync declares; then plans each
     * target (an organization's may read the selections it compares). Each stage keeps its own failures for the
     * report.
     */
    private static void prepare(List<TargetSync> syncs) throws InterruptedException {
        syncs.forEach(TargetSync::loadRecords);
        Parallel.run(syncs, TargetSync::read, () -> syncs.forEach(TargetSync::prepare));
        try {
            for (TargetSync sync : syncs) {
                sync.claim();
            }
            Parallel.run(syncs, TargetSync::plan, () -> { });
        } catch (InterruptedException e) {
            syncs.forEach(TargetSync::abandon);
            throw e;
        }
    }
}
