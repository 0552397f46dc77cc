package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.audit.RecordIndex;
import io.jenkins.plugins.githubenvsecrets.engine.audit.RecordRow;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.state.DelegatingFingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.FingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import io.jenkins.plugins.githubenvsecrets.engine.state.WrittenBy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * "Changed on GitHub since this Jenkins wrote it", one definition for skipping, pruning and drift; fingerprints bound
 * to the job; ownership checked under the store's lock. Against the GitHub fake, with a real file store.
 */
class DriftAndOwnershipTest extends RecordedSyncTest {
    private static final String VALUE = "drift-value-s3cr3t-4711";
    private static final String OTHER = "other-value-s3cr3t-0815";

    @Test
    void shouldRecordGitHubsTimeOfTheWriteWithSourceAndWriterAndReadNothingBack() throws Exception {
        SyncReport report = sync(job("team/api", 7).secret("API_KEY", VALUE.toCharArray(), "api-key-credential"));

        assertThat(report.count(SecretOutcome.CREATED)).isEqualTo(1);
        assertThat(github.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "GET /repos/acme/web/environments/production/secrets/public-key",
                "PUT /repos/acme/web/environments/production/secrets/API_KEY");
        assertThat(store.all()).singleElement().satisfies(entry -> {
            assertThat(entry.record().writtenAt()).isEqualTo(START);
            assertThat(entry.record().sourceIfKnown()).contains("api-key-credential");
            assertThat(entry.record().writtenByIfKnown()).contains(new WrittenBy("team/api", 7));
            assertThat(entry.record().owners()).containsExactly("team/api");
        });
    }

    @Test
    void shouldTakeALaggingListingForOurOwnWriteNeitherRewritingNorReportingDrift() throws Exception {
        sync(job("team/api", 1).secret("API_KEY", OTHER.toCharArray()));
        gitHubClock.advance(Duration.ofMinutes(10));
        sync(job("team/api", 2).secret("API_KEY", VALUE.toCharArray()));
        github.listingLag(Duration.ofSeconds(5));
        gitHubClock.advance(Duration.ofSeconds(2));
        github.clearRequests();

        SyncReport next = sync(job("team/api", 3).secret("API_KEY", VALUE.toCharArray()));

        // The listing still shows the first write's time; the record knows GitHub's time of the second.
        assertThat(result(next, "API_KEY").outcome()).isEqualTo(SecretOutcome.UNCHANGED);
        assertThat(result(next, "API_KEY").driftIfAny()).isEmpty();
        assertThat(github.mutatingRequestCount()).isZero();
    }

    @Test
    void shouldReportAWriteBySomeoneElseAMinuteLaterAsDriftAndRestoreTheValue() throws Exception {
        sync(job("team/api", 12).secret("API_KEY", VALUE.toCharArray()));
        gitHubClock.advance(Duration.ofMinutes(1));
        github.putSecret("acme", "web", "production", "API_KEY", bytes("changed by hand"));

        SyncReport dryRun = sync(job("team/api", 13).secret("API_KEY", VALUE.toCharArray())
                .options(new SyncOptions(false, true, PruneMode.NONE)));
        SyncReport restored = sync(job("team/api", 14).secret("API_KEY", VALUE.toCharArray()));

        assertThat(result(dryRun, "API_KEY").describe()).isEqualTo("would-update (changed on GitHub since #12)");
        assertThat(result(restored, "API_KEY").describe()).isEqualTo("updated (changed on GitHub since #12)");
        assertThat(restored.driftLines()).singleElement().asString()
                .contains("secret API_KEY: changed on GitHub since #12");
        assertThat(github.valueOf("acme", "web", "production", "API_KEY")).contains(VALUE);
    }

    @Test
    void shouldWriteNothingAndFailEverySecretWhenFailOnDriftFindsDrift() throws Exception {
        sync(job("team/api", 12).secret("API_KEY", VALUE.toCharArray()).secret("DB", OTHER.toCharArray()));
        gitHubClock.advance(Duration.ofMinutes(1));
        github.putSecret("acme", "web", "production", "API_KEY", bytes("changed by hand"));
        github.clearRequests();

        SyncReport report = sync(job("team/api", 13).secret("API_KEY", "new value".toCharArray())
                .secret("DB", "new db".toCharArray()).options(new SyncOptions(false, false, PruneMode.NONE, false,
                        true)));

        assertThat(report.hasFailures()).isTrue();
        assertThat(result(report, "API_KEY").failureReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("changed on GitHub since #12").contains("failOnDrift"));
        assertThat(result(report, "DB").failureReason()).hasValueSatisfying(reason -> assertThat(reason)
                .isEqualTo("not written: failOnDrift is set, and 1 secret or variable of this sync was changed on"
                        + " GitHub since this Jenkins wrote it"));
        assertThat(github.mutatingRequestCount()).isZero();
        assertThat(github.valueOf("acme", "web", "production", "API_KEY")).contains("changed by hand");
    }

    @Test
    void shouldNeverTellAnotherJobThatItsGuessIsUnchanged() throws Exception {
        sync(job("team/a", 1).secret("DB_PASSWORD", VALUE.toCharArray()));
        gitHubClock.advance(Duration.ofMinutes(1));

        SyncOptions dryRun = new SyncOptions(false, true, PruneMode.NONE);
        SyncReport rightGuess = sync(job("team/b", 1).secret("DB_PASSWORD", VALUE.toCharArray()).options(dryRun));
        SyncReport wrongGuess = sync(job("team/b", 2).secret("DB_PASSWORD", OTHER.toCharArray()).options(dryRun));
        SyncReport sameJob = sync(job("team/a", 2).secret("DB_PASSWORD", VALUE.toCharArray()).options(dryRun));

        assertThat(result(rightGuess, "DB_PASSWORD").outcome()).isEqualTo(SecretOutcome.WOULD_UPDATE);
        assertThat(result(wrongGuess, "DB_PASSWORD").outcome()).isEqualTo(SecretOutcome.WOULD_UPDATE);
        assertThat(result(sameJob, "DB_PASSWORD").outcome()).isEqualTo(SecretOutcome.UNCHANGED);

        SyncReport written = sync(job("team/b", 3).secret("DB_PASSWORD", VALUE.toCharArray()));
        assertThat(result(written, "DB_PASSWORD").outcome()).isEqualTo(SecretOutcome.UPDATED);
    }

    @Test
    void shouldKeepAnOwnedSecretThatWasChangedOnGitHubInsteadOfPruningIt() throws Exception {
        sync(job("team/api", 12).secret("OLD", VALUE.toCharArray()).secret("KEEP", OTHER.toCharArray()));
        gitHubClock.advance(Duration.ofMinutes(1));
        github.putSecret("acme", "web", "production", "OLD", bytes("taken over by hand"));

        SyncReport pruned = sync(job("team/api", 13).secret("KEEP", OTHER.toCharArray())
                .options(new SyncOptions(false, false, PruneMode.OWNED)));

        assertThat(result(pruned, "OLD").describe()).isEqualTo("kept (changed on GitHub since #12; not deleted)");
        assertThat(github.secretNames("acme", "web", "production")).containsExactlyInAnyOrder("OLD", "KEEP");
        assertThat(github.requests("DELETE")).isEmpty();
    }

    @Test
    void shouldReportADeleteThatFindsNothingAsAlreadyGone() throws Exception {
        sync(job("team/api", 1).secret("OLD", VALUE.toCharArray()));
        github.failNext(1, request("DELETE", ".*/OLD"), 404);

        SyncReport pruned = sync(job("team/api", 2).options(new SyncOptions(false, false, PruneMode.OWNED)));

        assertThat(result(pruned, "OLD").outcome()).isEqualTo(SecretOutcome.ALREADY_GONE);
        assertThat(pruned.hasFailures()).isFalse();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void shouldNotPruneASecretThatAnotherJobClaimedWhileThePlanWasMade() throws Exception {
        sync(job("team/a", 1).secret("SHARED", VALUE.toCharArray()));
        // Job B claims SHARED between job A's planning and its delete: the store's lock must see it.
        FingerprintStore racing = new ClaimingBeforeLock(store, "team/b", false);

        SyncReport pruned;
        try (SyncRequest request = job("team/a", 2).options(new SyncOptions(false, false, PruneMode.OWNED))
                .build()) {
            pruned = run(request, racing);
        }

        assertThat(result(pruned, "SHARED").describe()).isEqualTo("kept (another sync declares it now; not deleted)");
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("SHARED");
    }

    /**
     * Job B claims what it declares once it has listed the environment, so that a prune deciding meanwhile spares it;
     * but a claim is no ownership: B's page never shows it, and when every write of B fails, the claim is gone.
     */
    @Test
    void shouldClaimDeclaredSecretsBeforeWritingSoThatAConcurrentPruneSparesThemButOwnOnlyWhatItWrote()
            throws Exception {
        sync(job("team/a", 1).secret("SHARED", VALUE.toCharArray()));
        github.failNext(5, request("PUT", ".*"), 500); // every try of job B's write fails
        List<SecretRecord> duringTheWrite = new ArrayList<>();
        List<RecordRow> onTheJobsPage = new ArrayList<>();
        sleeper = delay -> { // the client waits between the tries of B's write
            if (duringTheWrite.isEmpty()) {
                duringTheWrite.add(store.load(scope()).get(SecretName.of("SHARED")));
                onTheJobsPage.addAll(RecordIndex.of(store.all()).ownedBy("team/b"));
            }
            time.sleep(delay);
        };

        SyncReport failed = sync(job("team/b", 1).secret("SHARED", VALUE.toCharArray()));

        assertThat(result(failed, "SHARED").outcome()).isEqualTo(SecretOutcome.FAILED);
        assertThat(duringTheWrite).singleElement().satisfies(record -> {
            assertThat(record.claimants()).containsExactly("team/b");
            assertThat(record.ownedOnlyBy("team/a")).as("what a prune of team/a decides on").isFalse();
        });
        assertThat(onTheJobsPage).as("team/b's page while it only claims the secret").isEmpty();
        SecretRecord after = store.load(scope()).get(SecretName.of("SHARED"));
        assertThat(after.owners()).containsExactly("team/a");
        assertThat(after.claimants()).isEmpty();
    }

    @Test
    void shouldNotPruneASecretThatAnotherSyncClaimedWhileThePlanWasMade() throws Exception {
        sync(job("team/a", 1).secret("SHARED", VALUE.toCharArray()));
        FingerprintStore racing = new ClaimingBeforeLock(store, "team/b", true);

        SyncReport pruned;
        try (SyncRequest request = job("team/a", 2).options(new SyncOptions(false, false, PruneMode.OWNED))
                .build()) {
            pruned = run(request, racing);
        }

        assertThat(result(pruned, "SHARED").describe()).isEqualTo("kept (another sync declares it now; not deleted)");
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("SHARED");
    }

    /** Another job's write is "another job wrote it": a job's readers may not be allowed to see the other job. */
    @Test
    void shouldNeverNameAnotherJobInDriftOrInAKeptSecret() throws Exception {
        sync(job("team/a", 1).secret("SHARED", VALUE.toCharArray()));
        gitHubClock.advance(Duration.ofMinutes(1));
        sync(job("team/b", 7).secret("SHARED", OTHER.toCharArray()));
        gitHubClock.advance(Duration.ofMinutes(1));
        github.putSecret("acme", "web", "production", "SHARED", bytes("changed by hand"));
        gitHubClock.advance(Duration.ofMinutes(1));

        SyncReport drifted = sync(job("team/a", 2).secret("SHARED", VALUE.toCharArray())
                .options(new SyncOptions(false, true, PruneMode.NONE)));
        sync(job("team/b", 8).secret("B_ONLY", OTHER.toCharArray())
                .options(new SyncOptions(false, false, PruneMode.OWNED)));
        SyncReport pruned = sync(job("team/a", 3).secret("A_ONLY", VALUE.toCharArray())
                .options(new SyncOptions(false, false, PruneMode.OWNED)));

        assertThat(result(drifted, "SHARED").describe())
                .isEqualTo("would-update (changed on GitHub since another job wrote it)");
        assertThat(result(drifted, "SHARED").driftIfAny()).hasValueSatisfying(drift ->
                assertThat(drift.since()).isEqualTo("another job wrote it"));
        assertThat(result(pruned, "SHARED").describe())
                .isEqualTo("kept (changed on GitHub since another job wrote it; not deleted)");
        assertThat(drifted.toString() + drifted.driftLines() + pruned + pruned.failureLines()).doesNotContain("team/b");
        assertThat(github.secretNames("acme", "web", "production")).contains("SHARED");
    }

    @Override
    void checked(SyncReport report) {
        assertThat(report.toString() + report.failureLines() + report.driftLines() + warnings)
                .doesNotContain(VALUE).doesNotContain(OTHER).doesNotContain(TOKEN);
    }

    private RecordScope scope() {
        return store.all().get(0).scope();
    }

    private static SecretResult result(SyncReport report, String name) {
        return report.targets().get(0).secrets().stream().filter(r -> r.name().value().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in " + outcomes(report)));
    }

    private static Map<String, String> outcomes(SyncReport report) {
        return report.targets().get(0).secrets().stream().collect(Collectors.toMap(r -> r.name().value(),
                SecretResult::describe, (a, b) -> a, LinkedHashMap::new));
    }

    /** The real store, but another job owns, or claims, every record just before a sync takes the lock. */
    private static final class ClaimingBeforeLock extends DelegatingFingerprintStore {
        private final FingerprintStore store;
        private final String otherJob;
        private final boolean onlyClaim;

        ClaimingBeforeLock(FingerprintStore store, String otherJob, boolean onlyClaim) {
            super(store);
            this.store = store;
            this.otherJob = otherJob;
            this.onlyClaim = onlyClaim;
        }

        @Override
        public <T> T underLock(RecordScope scope, LockedAction<T> action) throws InterruptedException {
            store.update(scope, current -> {
                Map<SecretName, SecretRecord> claimed = new LinkedHashMap<>(current);
                claimed.replaceAll((name, record) -> onlyClaim ? record.withClaim(otherJob)
                        : record.withOwner(otherJob));
                return claimed;
            });
            return store.underLock(scope, action);
        }
    }
}
