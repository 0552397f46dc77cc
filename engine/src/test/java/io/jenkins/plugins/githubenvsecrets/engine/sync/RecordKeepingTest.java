package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static io.jenkins.plugins.githubenvsecrets.engine.sync.Reports.outcomes;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.any;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.state.DelegatingFingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.FingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordUnreadableException;
import io.jenkins.plugins.githubenvsecrets.engine.state.WrittenBy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the record keeps when a sync does not end as planned: a prune that failed is tried again, an aborted build
 * remembers what it wrote, a write answered without a usable {@code Date} is timed by GitHub's clock, and a pruner that
 * saves late does not erase the record of a sync that wrote the secret anew. Against the GitHub fake and the real file
 * store.
 */
class RecordKeepingTest extends RecordedSyncTest {
    private static final SyncOptions PRUNE = new SyncOptions(false, false, PruneMode.OWNED);

    @Test
    void shouldTryAFailedPruneAgainOnTheNextSync() throws Exception {
        sync(job("team/api", 1).secret("OLD", chars("old")).secret("KEEP", chars("keep")));
        gitHubClock.advance(Duration.ofMinutes(1));
        github.failNext(20, request("DELETE", ".*/OLD"), 500);

        SyncReport failed = sync(job("team/api", 2).secret("KEEP", chars("keep")).options(PRUNE));

        assertThat(outcomes(failed, "production")).containsEntry("OLD", SecretOutcome.FAILED);
        github.clearFaults();
        gitHubClock.advance(Duration.ofMinutes(1));

        SyncReport again = sync(job("team/api", 3).secret("KEEP", chars("keep")).options(PRUNE));

        assertThat(outcomes(again, "production")).containsEntry("OLD", SecretOutcome.DELETED)
                .containsEntry("KEEP", SecretOutcome.UNCHANGED);
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("KEEP");
        assertThat(store.all()).extracting(recorded -> recorded.name().value()).containsExactly("KEEP");
    }

    @Test
    void shouldRememberWhatAnAbortedSyncWroteSoItsOwnWriteIsNoDrift() throws Exception {
        sync(job("team/api", 1).secret("A", chars("a1")).secret("B", chars("b1")));
        gitHubClock.advance(Duration.ofMinutes(1));
        boolean[] aborting = {false};
        gap = Duration.ofSeconds(1);
        sleeper = delay -> {
            if (aborting[0]) {
                throw new InterruptedException("the build was aborted");
            }
            time.sleep(delay);
        };
        listener = new SyncListener() {
            @Override
            public void itemDone(Target target, ValueKind kind, SecretResult result) {
            EnvironmentName environment = Reports.environmentOf(target);
                aborting[0] = true; // abort in the gap before the second write
            }
        };

        assertThatThrownBy(() -> sync(job("team/api", 2).secret("A", chars("a2")).secret("B", chars("b2"))))
                .isInstanceOf(InterruptedException.class);

        assertThat(github.valueOf("acme", "web", "production", "A")).contains("a2");
        sleeper = time;
        listener = SyncListener.NONE;
        gap = Duration.ZERO;
        gitHubClock.advance(Duration.ofMinutes(1));
        SyncReport next = sync(job("team/api", 3).secret("A", chars("a2")).secret("B", chars("b2"))
                .options(new SyncOptions(false, true, PruneMode.NONE, false, true)));
        assertThat(outcomes(next, "production")).containsEntry("A", SecretOutcome.UNCHANGED)
                .containsEntry("B", SecretOutcome.WOULD_UPDATE);
        assertThat(next.driftLines()).isEmpty();
    }

    @Test
    void shouldTimeAWriteWithoutAUsableDateByGitHubsClockNotOurs() throws Exception {
        // Our clock is months behind GitHub's; the write's answer carries a Date no one can read.
        github.addHeadersNext(1, request("PUT", ".*"), Map.of("Date", "garbage"));
        sync(job("team/api", 1).secret("A", chars("a")));
        gitHubClock.advance(Duration.ofMinutes(1));

        SyncReport next = sync(job("team/api", 2).secret("A", chars("a")));

        assertThat(outcomes(next, "production")).containsEntry("A", SecretOutcome.UNCHANGED);
        assertThat(next.driftLines()).isEmpty();
    }

    @Test
    void shouldKeepTheRecordOfASyncThatWroteTheSecretWhileAnotherPrunedIt() throws Exception {
        sync(job("team/a", 1).secret("SHARED", chars("from a")));
        gitHubClock.advance(Duration.ofMinutes(1));
        FingerprintStore racing = new DelegatingFingerprintStore(store) {
            private boolean raced;

            @Override
            public <T> T underLock(RecordScope scope, LockedAction<T> action) throws InterruptedException {
                T result = super.underLock(scope, action);
                if (!raced) {
                    // Right after team/a deleted SHARED, and before it saves its record, team/b writes SHARED.
                    raced = true;
                    gitHubClock.advance(Duration.ofSeconds(5));
                    assertThat(outcomes(sync(job("team/b", 1).secret("SHARED", chars("from b"))), "production"))
                            .containsEntry("SHARED", SecretOutcome.CREATED);
                }
                return result;
            }
        };

        try (SyncRequest request = job("team/a", 2).options(PRUNE).build()) {
            assertThat(outcomes(run(request, racing), "production")).containsEntry("SHARED", SecretOutcome.DELETED);
        }

        assertThat(github.valueOf("acme", "web", "production", "SHARED")).contains("from b");
        assertThat(store.all()).singleElement().satisfies(recorded -> {
            assertThat(recorded.name().value()).isEqualTo("SHARED");
            assertThat(recorded.record().owners()).containsExactly("team/b");
        });
    }

    @Test
    void shouldRemoveWhatIsThereAndCallTheRestAlreadyGoneWithoutClaimingIt() throws Exception {
        sync(job("team/api", 1).secret("OLD", chars("old")));
        gitHubClock.advance(Duration.ofMinutes(1));

        SyncReport removed = sync(job("team/api", 2).remove("OLD").remove("NEVER_WRITTEN"));

        assertThat(outcomes(removed, "production")).containsEntry("OLD", SecretOutcome.DELETED)
                .containsEntry("NEVER_WRITTEN", SecretOutcome.ALREADY_GONE);
        assertThat(github.secretNames("acme", "web", "production")).isEmpty();
        assertThat(store.all()).isEmpty();
    }

    /** Our clock ahead of GitHub's and no usable Date: our own earlier record must not win over our new write. */
    @Test
    void shouldRecordANewWriteOverTheRecordItLoadedEvenIfThatOneLooksLater() throws Exception {
        time.advance(Duration.ofDays(365));
        github.addHeadersNext(2, any(), Map.of("Date", "garbage"));
        sync(job("team/api", 1).secret("A", chars("v1")));
        gitHubClock.advance(Duration.ofMinutes(1));

        assertThat(outcomes(sync(job("team/api", 2).secret("A", chars("v2"))), "production"))
                .containsEntry("A", SecretOutcome.UPDATED);

        assertThat(store.all()).singleElement().satisfies(recorded ->
                assertThat(recorded.record().writtenByIfKnown()).contains(new WrittenBy("team/api", 2)));
        gitHubClock.advance(Duration.ofMinutes(1));
        assertThat(outcomes(sync(job("team/api", 3).secret("A", chars("v1"))), "production"))
                .containsEntry("A", SecretOutcome.UPDATED);
        assertThat(github.valueOf("acme", "web", "production", "A")).contains("v1");
    }

    @Test
    void shouldNotDeleteNorGiveUpASecretWhileTheRecordCannotBeRead() throws Exception {
        sync(job("team/api", 1).secret("OLD", chars("old")).secret("KEEP", chars("keep")));
        gitHubClock.advance(Duration.ofMinutes(1));
        FingerprintStore unreadableOnce = new DelegatingFingerprintStore(store) {
            @Override
            public <T> T underLock(RecordScope scope, LockedAction<T> action) {
                throw new RecordUnreadableException("the record of earlier syncs could not be read");
            }
        };

        try (SyncRequest request = job("team/api", 2).secret("KEEP", chars("keep")).options(PRUNE).build()) {
            SyncReport report = run(request, unreadableOnce);
            assertThat(outcomes(report, "production")).containsEntry("OLD", SecretOutcome.FAILED);
            assertThat(report.failureLines()).singleElement().asString().contains("not deleted", "could not be read");
        }
        assertThat(github.secretNames("acme", "web", "production")).containsExactlyInAnyOrder("OLD", "KEEP");
        gitHubClock.advance(Duration.ofMinutes(1));

        assertThat(outcomes(sync(job("team/api", 3).secret("KEEP", chars("keep")).options(PRUNE)), "production"))
                .containsEntry("OLD", SecretOutcome.DELETED);
    }

    private static char[] chars(String text) {
        return text.toCharArray();
    }
}
