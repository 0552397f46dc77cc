package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static io.jenkins.plugins.githubenvsecrets.engine.sync.Reports.outcomes;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.audit.IndexedRecords;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.state.DelegatingFingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordedSecret;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import io.jenkins.plugins.githubenvsecrets.engine.state.WrittenBy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jobs renamed, moved and deleted, against the GitHub fake: a renamed job keeps what it owns and prunes it, writing
 * each secret once more; a deleted job's ownership is released; a new job under the old name inherits nothing. Only
 * the record sets that name the job are touched.
 */
class JobRelocationTest extends RecordedSyncTest {
    private static final SyncOptions PRUNE = new SyncOptions(false, false, PruneMode.OWNED);

    private final List<String> updated = new ArrayList<>();
    private IndexedRecords index;

    @BeforeEach
    void indexTheRecords() {
        github.addEnvironment("acme", "web", "staging");
        index = new IndexedRecords(new DelegatingFingerprintStore(store) {
            @Override
            public Map<SecretName, SecretRecord> update(RecordScope scope,
                    UnaryOperator<Map<SecretName, SecretRecord>> change) throws InterruptedException {
                updated.add(scope.target().describe());
                return super.update(scope, change);
            }
        });
    }

    @Test
    void shouldKeepWhatARenamedJobOwnsAndWriteEachOfItsSecretsOnceMore() throws Exception {
        sync(job("team/api", 1).secret("A", chars("a")));
        sync(job("team/api", 2).identity("team/api/nightly").secret("N", chars("n")));
        sync(SyncRequest.builder().repository("acme/web").environment("staging").job("team/worker", 1)
                .secret("W", chars("w")));
        index.current();

        index.relocateJob("team/api", "crew/api");

        assertThat(updated).as("only the record sets that name the job").containsExactly(
                "environment 'production' of acme/web");
        assertThat(owners()).containsEntry("A", "crew/api").containsEntry("N", "crew/api/nightly")
                .containsEntry("W", "team/worker");
        assertThat(record("A").writtenBy()).isEqualTo(new WrittenBy("crew/api", 1));
        assertThat(record("A").fingerprint()).as("bound to the old name").isNull();
        assertThat(index.current().ownedBy("crew/api")).hasSize(2);
        assertThat(index.current().owns("team/api")).isFalse();
        gitHubClock.advance(Duration.ofMinutes(1));
        assertThat(outcomes(sync(job("crew/api", 3).secret("A", chars("a"))), "production"))
                .containsEntry("A", SecretOutcome.UPDATED);
        gitHubClock.advance(Duration.ofMinutes(1));
        assertThat(outcomes(sync(job("crew/api", 4).secret("A", chars("a"))), "production"))
                .containsEntry("A", SecretOutcome.UNCHANGED);
        // What the job wrote under its old name is still its own to prune.
        assertThat(outcomes(sync(job("crew/api", 5).identity("crew/api/nightly").options(PRUNE)), "production"))
                .containsEntry("N", SecretOutcome.DELETED);
    }

    @Test
    void shouldReleaseADeletedJobAndGiveANewJobOfItsNameNothing() throws Exception {
        sync(job("team/worker", 1).secret("A", chars("a")));
        gitHubClock.advance(Duration.ofMinutes(1));
        sync(job("team/api", 7).secret("A", chars("a")).secret("OWN", chars("own")));
        gitHubClock.advance(Duration.ofMinutes(1));

        index.releaseJob("team/api");

        assertThat(owners()).containsEntry("A", "team/worker").containsEntry("OWN", "");
        assertThat(record("A").writtenBy()).isEqualTo(new WrittenBy("team/api", 7, true));
        assertThat(record("A").fingerprint()).isNull();
        assertThat(index.current().owns("team/api")).isFalse();
        // Changed on GitHub since: the deleted job would have called it drift since #7. A new job does not.
        github.putSecret("acme", "web", "production", "OWN", bytes("by hand"));
        gitHubClock.advance(Duration.ofMinutes(1));

        SyncReport fresh = sync(job("team/api", 1).secret("A", chars("a")).secret("OWN", chars("own")));

        assertThat(outcomes(fresh, "production")).containsEntry("A", SecretOutcome.UPDATED)
                .containsEntry("OWN", SecretOutcome.UPDATED);
        assertThat(fresh.driftLines()).isEmpty();
        assertThat(owners()).containsEntry("A", "team/api,team/worker").containsEntry("OWN", "team/api");
    }

    @Test
    void shouldTouchNothingForAJobThatOwnsNothing() throws Exception {
        sync(job("team/api", 1).secret("A", chars("a")));
        index.current();

        index.relocateJob("team/other", "crew/other");
        index.releaseJob("team/ap");

        assertThat(updated).isEmpty();
        assertThat(owners()).containsEntry("A", "team/api");
    }

    /** Each secret's owners, comma-separated. */
    private Map<String, String> owners() {
        return store.all().stream().collect(Collectors.toMap(recorded -> recorded.name().value(),
                recorded -> String.join(",", recorded.record().owners())));
    }

    private SecretRecord record(String name) {
        return store.all().stream().filter(recorded -> recorded.name().value().equals(name)).findFirst()
                .map(RecordedSecret::record).orElseThrow();
    }

    private static char[] chars(String text) {
        return text.toCharArray();
    }
}
