package io.jenkins.plugins.githubenvsecrets.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFingerprintStoreTest {
    private static final EnvironmentScope PRODUCTION = scope("Production");
    private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path directory;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void shouldKeepRecordsAcrossInstancesAndIgnoreCaseInScopes() {
        FileFingerprintStore store = store();
        store.update(PRODUCTION, current -> Map.of(SecretName.of("A"), record("fp-a", "job")));

        assertThat(store().load(scope("PRODUCTION"))).containsEntry(SecretName.of("A"), record("fp-a", "job"));
        assertThat(store().load(scope("staging"))).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldLoseNoUpdateUnderConcurrentSyncs() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> updates = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                SecretName name = SecretName.of("S" + i);
                FileFingerprintStore store = store();
                updates.add(pool.submit(() -> store.update(PRODUCTION, current -> {
                    Map<SecretName, SecretRecord> next = new HashMap<>(current);
                    next.put(name, record("fp", "job"));
                    return next;
                })));
            }
            for (Future<?> update : updates) {
                update.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(store().load(PRODUCTION)).hasSize(200);
        try (var files = Files.list(directory)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void shouldReportAForeignFileMoveItAsideAndStartEmpty() throws Exception {
        Files.writeString(directory.resolve("fingerprints.json"), "{\"format\":\"something-else\",\"scopes\":{}}");

        assertThat(store().load(PRODUCTION)).isEmpty();
        assertThat(warnings).singleElement().asString().contains("fingerprints.json").contains("another format");
        assertThat(Files.exists(directory.resolve("fingerprints.json"))).isFalse();
    }

    @Test
    void shouldFingerprintTheSameValueDifferentlyPerScopeNameAndKey() {
        SecretFingerprinter fingerprinter = SecretFingerprinter.hmacSha256(bytes("key-1"));
        SecretValue value = SecretValue.of("same-value".toCharArray());
        String base = fingerprinter.fingerprint(PRODUCTION, "team/api", SecretName.of("A"), value);

        assertThat(fingerprinter.fingerprint(PRODUCTION, "team/api", SecretName.of("A"), value)).isEqualTo(base);
        assertThat(Set.of(base,
                fingerprinter.fingerprint(scope("staging"), "team/api", SecretName.of("A"), value),
                fingerprinter.fingerprint(PRODUCTION, "team/api", SecretName.of("B"), value),
                fingerprinter.fingerprint(PRODUCTION, "team/worker", SecretName.of("A"), value),
                SecretFingerprinter.hmacSha256(bytes("key-2"))
                        .fingerprint(PRODUCTION, "team/api", SecretName.of("A"), value),
                fingerprinter.fingerprint(PRODUCTION, "team/api", SecretName.of("A"),
                        SecretValue.of("other".toCharArray()))))
                .hasSize(6);
        assertThat(base).doesNotContain("same-value");
    }

    @Test
    void shouldKeepSourceWriterAndTimesAndListEveryRecordWithItsEnvironmentAsGiven() {
        SecretRecord full = new SecretRecord("fp", T, Set.of("team/api"), "deploy-key", new WrittenBy("team/api", 12),
                T.plusSeconds(60));
        store().update(PRODUCTION, current -> Map.of(SecretName.of("A"), full));
        store().update(scope("staging"), current -> Map.of(SecretName.of("B"), record("fp-b", "team/worker")));

        assertThat(store().load(PRODUCTION)).containsEntry(SecretName.of("A"), full);
        assertThat(store().all()).extracting(entry -> entry.scope().environment().value() + " " + entry.name()
                + " " + entry.record().sourceIfKnown().orElse("?"))
                .containsExactlyInAnyOrder("Production A deploy-key", "staging B ?");
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldReadAVersionOneFileAndKeepItsWriteTimes() throws Exception {
        Files.writeString(directory.resolve("fingerprints.json"), """
                {"format": "github-environment-secrets/fingerprints", "version": 1, "scopes": {
                  "https://api.github.com acme/web production": {
                    "API_KEY": {"fingerprint": "fp-1", "updatedAt": "2026-11-01T00:00:00Z", "owners": ["team/api"]},
                    "OLD": {"fingerprint": "fp-2", "owners": []}}}}
                """);

        Map<SecretName, SecretRecord> records = store().load(PRODUCTION);

        assertThat(records.get(SecretName.of("API_KEY")))
                .isEqualTo(new SecretRecord("fp-1", T, Set.of("team/api"), null, null, null));
        assertThat(records.get(SecretName.of("OLD")).writtenAt()).isNull();
        // Version 1 kept names lower case only: that is how the audit shows them until the next write.
        assertThat(store().all()).extracting(entry -> entry.scope().repository() + " " + entry.scope().environment())
                .containsOnly("acme/web production");
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldRewriteAVersionOneFileAsVersionTwoOnTheNextUpdate() throws Exception {
        Files.writeString(directory.resolve("fingerprints.json"), """
                {"format": "github-environment-secrets/fingerprints", "version": 1, "scopes": {
                  "https://api.github.com acme/web production": {
                    "API_KEY": {"fingerprint": "fp-1", "updatedAt": "2026-11-01T00:00:00Z", "owners": ["team/api"]}}}}
                """);

        store().update(scope("staging"), current -> Map.of(SecretName.of("B"), record("fp-b", "job")));

        String file = Files.readString(directory.resolve("fingerprints.json"));
        assertThat(file).contains("\"version\" : 2").contains("\"writtenAt\" : \"2026-11-01T00:00:00Z\"")
                .doesNotContain("updatedAt\"");
        assertThat(store().load(PRODUCTION)).containsKey(SecretName.of("API_KEY"));
    }

    @Test
    void shouldHoldOffOtherUpdatesWhileAnActionRunsUnderTheLock() throws Exception {
        store().update(PRODUCTION, current -> Map.of(SecretName.of("A"), record("fp", "team/api")));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Map<SecretName, SecretRecord>> claimed = store().underLock(PRODUCTION, current -> {
                Future<Map<SecretName, SecretRecord>> claim = pool.submit(() -> store().update(PRODUCTION,
                        records -> Map.of(SecretName.of("A"), records.get(SecretName.of("A")).withOwner("team/b"))));
                Thread.sleep(200);
                assertThat(claim).isNotDone();
                assertThat(current.get(SecretName.of("A")).ownedOnlyBy("team/api")).isTrue();
                return claim;
            });
            assertThat(claimed.get().get(SecretName.of("A")).owners()).containsExactly("team/api", "team/b");
        } finally {
            pool.shutdown();
        }
    }

    /** The audit reads while a sync holds the lock through a request to GitHub, and never repairs the file. */
    @Test
    void shouldListEveryRecordWithoutWaitingForTheLockAndLeaveAnUnreadableFileAlone() throws Exception {
        store().update(PRODUCTION, current -> Map.of(SecretName.of("A"), record("fp", "team/api")));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            List<RecordedSecret> listed = store().underLock(PRODUCTION, current -> {
                try {
                    return pool.submit(() -> store().all()).get(10, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    throw new AssertionError("the listing waited for the lock", e);
                }
            });
            assertThat(listed).extracting(recorded -> recorded.name().value()).containsExactly("A");
        } finally {
            pool.shutdown();
        }

        Path file = directory.resolve("fingerprints.json");
        Files.writeString(file, "{ not json");

        assertThat(store().all()).isEmpty();
        assertThat(file).hasContent("{ not json");
    }

    /** A read that fails (not a missing file) must not let an update overwrite every other environment's records. */
    @Test
    void shouldLeaveARecordItCannotReadAsItIs() throws Exception {
        Path file = directory.resolve("fingerprints.json");
        Files.createDirectory(file); // reading it fails with an IOException, as a passing I/O error would

        Map<SecretName, SecretRecord> updated = store().update(PRODUCTION,
                current -> Map.of(SecretName.of("A"), record("fp", "team/api")));

        assertThat(updated).containsOnlyKeys(SecretName.of("A"));
        assertThat(file).isDirectory();
        assertThatThrownBy(() -> store().underLock(PRODUCTION, current -> current))
                .isInstanceOf(RecordUnreadableException.class).hasMessageContaining("could not be read");
        assertThat(warnings).isNotEmpty().allSatisfy(warning -> assertThat(warning).contains("left as it is"));
    }

    @Test
    void shouldForgetOneRecordOnly() {
        store().update(PRODUCTION, current -> Map.of(SecretName.of("A"), record("fp-a", "job"),
                SecretName.of("B"), record("fp-b", "job")));

        store().forget(PRODUCTION, SecretName.of("A"));

        assertThat(store().load(PRODUCTION)).containsOnlyKeys(SecretName.of("B"));
    }

    private FileFingerprintStore store() {
        return new FileFingerprintStore(directory.resolve("fingerprints.json"), warnings::add);
    }

    private static SecretRecord record(String fingerprint, String owner) {
        return new SecretRecord(fingerprint, T, Set.of(owner), null, null, null);
    }

    private static EnvironmentScope scope(String environment) {
        return new EnvironmentScope("https://api.github.com", new RepositoryCoordinates("acme", "web"),
                EnvironmentName.of(environment));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
