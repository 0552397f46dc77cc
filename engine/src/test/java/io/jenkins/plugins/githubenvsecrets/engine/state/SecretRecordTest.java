package io.jenkins.plugins.githubenvsecrets.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one definition of "changed on GitHub since this Jenkins wrote it". */
class SecretRecordTest {
    private static final Instant WRITTEN = Instant.parse("2026-11-01T08:00:00Z");

    @ParameterizedTest(name = "listed {0} -> changed {1}")
    @CsvSource({
            "2026-11-01T08:00:00Z, false", // our write, listed as GitHub stated it
            "2026-11-01T08:00:02Z, false", // within the tolerance: GitHub's two clocks a moment apart
            "2026-11-01T08:00:03Z, true",  // later than that: someone wrote after us
            "2026-11-01T07:55:00Z, false", // a listing that lags our write still shows the time before it
            "2026-11-01T09:00:00Z, true",
    })
    void shouldCountOnlyALaterUpdateAsAChange(String listed, boolean changed) {
        SecretRecord record = new SecretRecord("fp", WRITTEN, Set.of("job"), null, null, null);

        assertThat(record.changedOnGitHubSince(Instant.parse(listed))).isEqualTo(changed);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-01T08:00:00Z", "2020-01-01T00:00:00Z"})
    void shouldCountAnUnknownWriteTimeAsChanged(String listed) {
        SecretRecord record = new SecretRecord("fp", null, Set.of("job"), null, null, null);

        assertThat(record.changedOnGitHubSince(Instant.parse(listed))).isTrue();
    }

    @Test
    void shouldNotShowItsFingerprint() {
        SecretRecord record = new SecretRecord("fp-c2VjcmV0", WRITTEN, Set.of("team/api"), "api-key",
                new WrittenBy("team/api", 4), WRITTEN);

        assertThat(record.toString()).doesNotContain("fp-c2VjcmV0").contains("team/api #4", "api-key");
        assertThat(new RecordedSecret(RecordScope.environmentSecrets("https://api.github.com",
                RepositoryCoordinates.parse("acme/web"), EnvironmentName.of("production")), SecretName.of("A"), record)
                .toString()).doesNotContain("fp-c2VjcmV0");
    }

    @Test
    void shouldBeOwnedOnlyByASyncThatNobodyElseClaims() {
        SecretRecord owned = new SecretRecord("fp", WRITTEN, Set.of("team/a"), null, null, null);

        assertThat(owned.ownedOnlyBy("team/a")).isTrue();
        assertThat(owned.withClaim("team/b").ownedOnlyBy("team/a")).isFalse();
        assertThat(owned.withClaim("team/b").withoutClaim("team/b").ownedOnlyBy("team/a")).isTrue();
        assertThat(owned.withClaim("team/b").withOwner("team/b").claimants()).isEmpty();
        assertThat(owned.withClaim("team/a").claimants()).as("an owner needs no claim").isEmpty();
    }

    /** A job renamed keeps what it owns; what it wrote, fingerprinted under the old name, is written once more. */
    @Test
    void shouldFollowARenamedJobAndForgetTheFingerprintsBoundToItsOldName() {
        SecretRecord record = new SecretRecord("fp", WRITTEN, Set.of("team/api", "team/api/nightly", "team/apis"),
                "key", new WrittenBy("team/api", 4), WRITTEN, Set.of("team/api/backend"), Map.of());

        SecretRecord moved = record.withJobMoved("team/api", "crew/api");

        assertThat(moved.owners()).containsExactly("crew/api", "crew/api/nightly", "team/apis");
        assertThat(moved.claimants()).containsExactly("crew/api/backend");
        assertThat(moved.writtenBy()).isEqualTo(new WrittenBy("crew/api", 4));
        assertThat(moved.fingerprint()).isNull();
        assertThat(moved.writtenAt()).isEqualTo(WRITTEN);
        assertThat(record.withJobMoved("team/other", "crew/other")).isEqualTo(record);
    }

    @Test
    void shouldReleaseADeletedJobsClaimsAndFingerprintsButSayWhatItWrote() {
        SecretRecord written = new SecretRecord("fp", WRITTEN, Set.of("team/api", "team/worker"), "key",
                new WrittenBy("team/api", 4), WRITTEN, Set.of("team/api/nightly"), Map.of());
        SecretRecord coOwned = new SecretRecord("fp-w", WRITTEN, Set.of("team/api", "team/worker"), "key",
                new WrittenBy("team/worker", 9), WRITTEN);

        SecretRecord released = written.withJobDeleted("team/api");

        assertThat(released.owners()).containsExactly("team/worker");
        assertThat(released.claimants()).isEmpty();
        assertThat(released.fingerprint()).isNull();
        assertThat(released.writtenBy()).isEqualTo(new WrittenBy("team/api", 4, true));
        assertThat(released.writtenBy().describeFor("team/api")).as("a job of its name now").isEqualTo("another job wrote it");
        assertThat(released.involves("team/api")).as("a new job of that name").isFalse();
        assertThat(coOwned.withJobDeleted("team/api").fingerprint()).isEqualTo("fp-w");
        assertThat(released.withJobMoved("team/api", "crew/api")).as("another job of the old name").isEqualTo(released);
    }
}
