package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static io.jenkins.plugins.githubenvsecrets.engine.sync.Reports.outcomes;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.githubenvsecrets.engine.audit.RecordIndex;
import io.jenkins.plugins.githubenvsecrets.engine.github.Sleeper;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.state.DelegatingFingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.FingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The record stays true when syncs run at once or GitHub refuses them: a claim needs the target read with one's own
 * token, writes of one environment are recorded in the order GitHub applied them, a prune waiting on GitHub holds up
 * no other environment, and a wait for another sync ends when the build is aborted. Against the GitHub fake and the
 * real file store; waits are on latches, never on the clock.
 */
class ConcurrentSyncsTest extends RecordedSyncTest {
    private static final String REFUSED_TOKEN = "ghp_refusedByGitHub0123456789abcdef";
    private static final long PATIENCE_SECONDS = 30; // only a broken build waits this long
    private static final SyncOptions PRUNE = new SyncOptions(false, false, PruneMode.OWNED);

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /**
     * A job that merely names another job's secret, with a token GitHub refuses, claims nothing: the owner's prune
     * deletes the secret, and the other job's page never shows it.
     */
    @Test
    void shouldLeaveNoClaimWhenGitHubRefusesTheToken() throws Exception {
        sync(job("team/a", 1).secret("SHARED", chars("from a")));
        gitHubClock.advance(Duration.ofMinutes(1));

        try (SyncRequest probe = job("team/b", 1).secret("SHARED", chars("a guess")).options(PRUNE).build()) {
            SyncReport refused = run(probe, store, REFUSED_TOKEN, time);
            assertThat(outcomes(refused, "production")).containsEntry("SHARED", SecretOutcome.FAILED);
        }

        assertThat(store.all()).singleElement().satisfies(recorded -> {
            assertThat(recorded.record().owners()).containsExactly("team/a");
            assertThat(recorded.record().claimants()).isEmpty();
        });
        assertThat(RecordIndex.of(store.all()).ownedBy("team/b")).isEmpty();
        assertThat(outcomes(sync(job("team/a", 2).options(PRUNE)), "production"))
                .containsEntry("SHARED", SecretOutcome.DELETED);
    }

    /**
     * Two builds of one job write the same secret a moment apart, answered with the same whole-second {@code Date}:
     * the second write is sent only once the first is recorded, so the record ends with the value GitHub kept, and
     * a later run with the other value writes it.
     */
    @Test
    void shouldRecordTheValueGitHubKeptWhenTwoBuildsWriteTheSameSecret() throws Exception {
        sync(job("team/api", 1).secret("A", chars("v0")));
        gitHubClock.advance(Duration.ofMinutes(1));
        CountDownLatch secondAtTheLock = new CountDownLatch(1);
        FingerprintStore racing = new DelegatingFingerprintStore(store) {
            private final Thread firstWriter = Thread.currentThread();

            @Override
            public <T> T ordered(RecordScope scope, OrderedAction<T> action) throws InterruptedException {
                if (Thread.currentThread() != firstWriter) {
                    secondAtTheLock.countDown();
                }
                return super.ordered(scope, action);
            }

            @Override
            public Map<SecretName, SecretRecord> update(RecordScope scope,
                    UnaryOperator<Map<SecretName, SecretRecord>> change) throws InterruptedException {
                if (Thread.currentThread() == firstWriter && secondAtTheLock.getCount() == 1
                        && github.requests("PUT").size() == 2) {
                    // The first build's write is answered: the second build now tries to write too.
                    Future<SyncReport> second = threads.submit(() -> {
                        try (SyncRequest request = job("team/api", 3).secret("A", chars("v2")).build()) {
                            return run(request, this);
                        }
                    });
                    assertThat(secondAtTheLock.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
                    assertThat(github.requests("PUT")).as("the second write waits for the first to be recorded")
                            .hasSize(2);
                    secondSync = second;
                }
                return super.update(scope, change);
            }
        };

        try (SyncRequest first = job("team/api", 2).secret("A", chars("v1")).build()) {
            assertThat(outcomes(run(first, racing), "production")).containsEntry("A", SecretOutcome.UPDATED);
        }
        assertThat(outcomes(secondSync.get(PATIENCE_SECONDS, TimeUnit.SECONDS), "production"))
                .containsEntry("A", SecretOutcome.UPDATED);

        assertThat(github.valueOf("acme", "web", "production", "A")).contains("v2");
        assertThat(github.requests("PUT")).hasSize(3);
        gitHubClock.advance(Duration.ofMinutes(1));
        assertThat(outcomes(sync(job("team/api", 4).secret("A", chars("v2"))), "production"))
                .containsEntry("A", SecretOutcome.UNCHANGED);
        assertThat(outcomes(sync(job("team/api", 5).secret("A", chars("v1"))), "production"))
                .containsEntry("A", SecretOutcome.UPDATED);
        assertThat(github.valueOf("acme", "web", "production", "A")).contains("v1");
    }

    private Future<SyncReport> secondSync;

    /**
     * While a prune of production waits for GitHub in the middle of its DELETE, holding production's lock: a sync of
     * staging records at once, and a sync of production that waits for the lock ends when interrupted, saying what
     * it waited for.
     */
    @Test
    void shouldHoldUpNoOtherEnvironmentWhileAPruneWaitsAndEndAWaitWhenInterrupted() throws Exception {
        github.addEnvironment("acme", "web", "staging");
        sync(job("team/api", 1).secret("OLD", chars("old")).secret("KEEP", chars("keep")));
        gitHubClock.advance(Duration.ofMinutes(1));
        github.retryAfterNext(1, request("DELETE", ".*/OLD"), 429, Duration.ofSeconds(60));
        CountDownLatch pruneWaiting = new CountDownLatch(1);
        CountDownLatch gitHubAnswers = new CountDownLatch(1);
        Sleeper slowDelete = delay -> {
            pruneWaiting.countDown();
            gitHubAnswers.await();
            time.sleep(delay);
        };
        Future<SyncReport> prune = threads.submit(() -> {
            try (SyncRequest request = job("team/api", 2).secret("KEEP", chars("keep")).options(PRUNE).build()) {
                return run(request, store, TOKEN, slowDelete);
            }
        });
        assertThat(pruneWaiting.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();

        Future<SyncReport> staging = threads.submit(() -> sync(SyncRequest.builder().repository("acme/web")
                .environment("staging").job("team/web", 1).secret("STAGED", chars("staged"))));
        assertThat(outcomes(staging.get(PATIENCE_SECONDS, TimeUnit.SECONDS), "staging"))
                .containsEntry("STAGED", SecretOutcome.CREATED);
        assertThat(store.all()).extracting(recorded -> recorded.name().value()).contains("STAGED");

        CountDownLatch atTheLock = new CountDownLatch(1);
        FingerprintStore watched = new DelegatingFingerprintStore(store) {
            @Override
            public <T> T ordered(RecordScope scope, OrderedAction<T> action) throws InterruptedException {
                atTheLock.countDown();
                return super.ordered(scope, action);
            }
        };
        CompletableFuture<SyncReport> waited = new CompletableFuture<>();
        Thread waiting = new Thread(() -> {
            try (SyncRequest request = job("team/worker", 1).secret("NEW", chars("new")).build()) {
                waited.complete(run(request, watched, TOKEN, time));
            } catch (Throwable e) {
                waited.completeExceptionally(e);
            }
        }, "a sync of production that waits");
        waiting.start();
        assertThat(atTheLock.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        waiting.interrupt(); // as aborting the build does

        assertThatThrownBy(() -> waited.get(PATIENCE_SECONDS, TimeUnit.SECONDS)).cause()
                .isInstanceOf(InterruptedException.class)
                .hasMessage("Interrupted while waiting for another sync of the secrets of environment 'production' of"
                        + " acme/web on https://api.github.com to finish writing or recording");
        assertThat(github.requests("PUT")).extracting(FakeRequest::path).noneMatch(path -> path.endsWith("/NEW"));
        gitHubAnswers.countDown();
        assertThat(outcomes(prune.get(PATIENCE_SECONDS, TimeUnit.SECONDS), "production"))
                .containsEntry("OLD", SecretOutcome.DELETED);
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("KEEP");
    }

    /**
     * A build aborted while it writes its first environment never reaches the second, where it had claimed another
     * job's secret: the claim still ends with its sync, so the owner's prune deletes the secret there.
     */
    @Test
    void shouldEndTheClaimsOfTargetsNotReachedWhenTheSyncIsInterrupted() throws Exception {
        github.addEnvironment("acme", "web", "staging");
        sync(both("team/a", 1).secret("SHARED", chars("from a")));
        gitHubClock.advance(Duration.ofMinutes(1));
        listener = new SyncListener() {
            @Override
            public void itemDone(Target target, ValueKind kind, SecretResult result) {
                Thread.currentThread().interrupt(); // as aborting the build does, after its first write
            }
        };

        assertThatThrownBy(() -> sync(both("team/b", 1).secret("NEW", chars("new")).secret("SHARED", chars("from b"))))
                .isInstanceOf(InterruptedException.class);
        Thread.interrupted();
        listener = SyncListener.NONE;

        // Staging was not reached: its only write is team/a's.
        assertThat(github.requests("PUT")).extracting(FakeRequest::path).filteredOn(path -> path.contains("/staging/"))
                .containsExactly("/repos/acme/web/environments/staging/secrets/SHARED");
        assertThat(store.all()).filteredOn(recorded -> recorded.scope().target().describe().contains("staging"))
                .singleElement().satisfies(recorded -> {
                    assertThat(recorded.name().value()).isEqualTo("SHARED");
                    assertThat(recorded.record().owners()).containsExactly("team/a");
                    assertThat(recorded.record().claimants()).isEmpty();
                });
        assertThat(outcomes(sync(SyncRequest.builder().repository("acme/web").environment("staging")
                .job("team/a", 2).options(PRUNE)), "staging")).containsEntry("SHARED", SecretOutcome.DELETED);
    }

    private SyncRequest.Builder both(String job, int build) {
        return SyncRequest.builder().repository("acme/web").environment("production").environment("staging")
                .job(job, build);
    }

    private static char[] chars(String text) {
        return text.toCharArray();
    }
}
