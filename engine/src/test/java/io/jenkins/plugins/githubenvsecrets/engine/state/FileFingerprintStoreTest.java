package io.jenkins.plugins.githubenvsecrets.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file per record set, in Jenkins' layout for fingerprints, locked per set; the version 3 format. */
class FileFingerprintStoreTest {
    private static final RecordScope PRODUCTION = scope("Production");
    private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path directory;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void shouldKeepRecordsAcrossInstancesAndIgnoreCaseInScopes() throws Exception {
        FileFingerprintStore store = store();
        store.update(PRODUCTION, current -> Map.of(SecretName.of("A"), record("fp-a", "job")));

        assertThat(store().load(scope("PRODUCTION"))).containsEntry(SecretName.of("A"), record("fp-a", "job"));
        assertThat(store().load(scope("staging"))).isEmpty();
        assertThat(warnings).isEmpty();
    }

    /** As Jenkins keeps fingerprints: the SHA-256 of the set's key, two folder levels, and the key in the file. */
    @Test
    void shouldKeepEachSetInItsOwnFileUnderTheHashOfItsKey() throws Exception {
        store().update(PRODUCTION, current -> Map.of(SecretName.of("A"), record("fp-a", "job")));
        store().update(scope("staging"), current -> Map.of(SecretName.of("B"), record("fp-b", "job")));

        String hex = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(
                "https://api.github.com repos/acme/web/environments/production secrets"
                        .getBytes(StandardCharsets.UTF_8)));
        Path file = directory.resolve("records").resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4))
                .resolve(hex.substring(4) + ".json");
        assertThat(file).isRegularFile();
        assertThat(Files.readString(file)).contains("\"version\" : 3",
                "\"key\" : \"https://api.github.com repos/acme/web/environments/production secrets\"",
                "\"environment\" : \"Production\"", "\"kind\" : \"secrets\"").doesNotContain("staging");
        assertThat(recordFiles()).hasSize(2);
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
        assertThat(recordFiles()).hasSize(1);
        try (Stream<Path> walk = Files.walk(directory)) {
            assertThat(walk.filter(path -> path.toString().endsWith(".tmp"))).as("temporary files").isEmpty();
        }
    }

    /** Keys, files and formats name any target, so the scopes to come need no other layout. */
    @Test
    void shouldKeepTheRecordsOfRepositoriesAndOrganizationsAsWell() throws Exception {
        RecordScope repository = new RecordScope("https://api.github.com",
                new RepositoryTarget(RepositoryCoordinates.parse("acme/web"), Application.DEPENDABOT),
                ValueKind.SECRET);
        RecordScope organization = new RecordScope("https://api.github.com",
                new OrganizationTarget(new OrganizationName("Acme"), Application.ACTIONS), ValueKind.VARIABLE);
        store().update(repository, current -> Map.of(SecretName.of("R"), record("fp-r", "job")));
        store().update(organization, current -> Map.of(SecretName.of("O"),
                new SecretRecord(null, T, Set.of("job"), null, new WrittenBy("job", 1), null)));

        assertThat(store().load(repository)).containsOnlyKeys(SecretName.of("R"));
        assertThat(store().load(organization).get(SecretName.of("O")).fingerprint()).isNull();
        assertThat(store().all()).extracting(recorded -> recorded.scope().key()).containsExactlyInAnyOrder(
                "https://api.github.com repos/acme/web/dependabot secrets",
                "https://api.github.com orgs/acme/actions variables");
        assertThat(store().all()).extracting(RecordedSecret::scope).containsExactlyInAnyOrder(repository, organization)
                .extracting(scope -> scope.target().describe())
                .containsExactlyInAnyOrder("repository acme/web (Dependabot)", "organization Acme");
        assertThat(warnings).isEmpty();
    }

    /** An organization's record keeps which repositories its write let read: optional fields of version 3. */
    @Test
    void shouldKeepTheVisibilityAndTheSelectedIdsThatAnOrganizationsWriteSent() throws Exception {
        RecordScope organization = new RecordScope("https://api.github.com",
                new OrganizationTarget(new OrganizationName("acme"), Application.ACTIONS), ValueKind.SECRET);
        SecretRecord selected = SecretRecord.written("fp-s", T, "key", new WrittenBy("job", 1))
                .withAccess(RepositoryAccess.selected(List.of(42L, 7L))).withOwner("job");
        SecretRecord everyone = SecretRecord.written("fp-a", T, "key", new WrittenBy("job", 1))
                .withAccess(RepositoryAccess.all()).withOwner("job");
        store().update(organization, current -> Map.of(SecretName.of("S"), selected, SecretName.of("A"), everyone));

        assertThat(store().load(organization)).containsEntry(SecretName.of("S"), selected)
                .containsEntry(SecretName.of("A"), everyone);
        String saved = Files.readString(recordFiles().get(0));
        assertThat(saved).contains("\"visibility\" : \"selected\"", "\"selectedRepositoryIds\" : [ 42, 7 ]",
                "\"visibility\" : \"all\"");
        assertThat(saved.split("selectedRepositoryIds", -1)).hasSize(2);

        Files.writeString(recordFiles().get(0), saved.replace("\"visibility\" : \"all\"",
                "\"visibility\" : \"public\""));
        assertThat(store().load(organization)).isEmpty();
        assertThat(warnings).singleElement().asString().contains("a name, a time or a field is not valid");
    }

    /** A later version adds optional fields: this one keeps them, but drops a record's with a new write. */
    @Test
    void shouldKeepFieldsOfALaterVersionUntilANewWriteReplacesTheRecord() throws Exception {
        store().update(PRODUCTION, current -> Map.of(SecretName.of("A"), record("fp-a", "team/api"),
                SecretName.of("B"), record("fp-b", "team/api")));
        Path file = recordFiles().get(0);
        Files.writeString(file, Files.readString(file)
                .replace("\"records\" : {", "\"selectedRepositories\" : [ 1, 2 ], \"records\" : {")
                .replace("\"fingerprint\" : \"fp-a\",", "\"fingerprint\" : \"fp-a\", \"rotation\" : \"monthly\",")
                .replace("\"fingerprint\" : \"fp-b\",", "\"fingerprint\" : \"fp-b\", \"rotation\" : \"never\","));

        Map<SecretName, SecretRecord> loaded = store().load(PRODUCTION);
        assertThat(loaded.get(SecretName.of("A")).laterFields()).containsEntry("rotation", "\"monthly\"");
        assertThat(loaded.get(SecretName.of("A")).toString()).contains("rotation").doesNotContain("monthly");
        store().update(PRODUCTION, current -> {
            Map<SecretName, SecretRecord> next = new HashMap<>(current);
            next.put(SecretName.of("A"), next.get(SecretName.of("A")).withOwner("team/worker"));
            next.put(SecretName.of("B"), SecretRecord.written("fp-b2", T, "key", new WrittenBy("team/api", 2))
                    .withOwnersOf(next.get(SecretName.of("B"))));
            return next;
        });

        String saved = Files.readString(file);
        assertThat(saved).contains("\"selectedRepositories\" : [ 1, 2 ]", "\"rotation\" : \"monthly\"",
                "team/worker").doesNotContain("\"never\"");
        assertThat(warnings).isEmpty();
    }

    /**
     * A file that cannot be read affects its own set only: reported naming the set, never with a fingerprint, left
     * as it is, never overwritten, and no decision is taken on it; every other set goes on.
     */
    @Test
    void shouldLeaveAnUnreadableFileOfOneSetAsItIsAndGoOnWithTheOthers() throws Exception {
        store().update(PRODUCTION, current -> Map.of(SecretName.of("A"), record("fp-secret-a", "job")));
        store().update(scope("staging"), current -> Map.of(SecretName.of("B"), record("fp-secret-b", "job")));
        Path production = store().files().pathOf(PRODUCTION);
        String corrupt = Files.readString(production).replace("\"records\"", "\"records\" [ fp-secret-a");
        Files.writeString(production, corrupt);

        assertThat(store().load(PRODUCTION)).isEmpty();
        assertThat(store().update(PRODUCTION, current -> Map.of(SecretName.of("C"), record("fp-c", "job"))))
                .containsOnlyKeys(SecretName.of("C"));
        assertThatThrownBy(() -> store().underLock(PRODUCTION, current -> current))
                .isInstanceOf(RecordUnreadableException.class)
                .hasMessageContaining("environment 'Production' of acme/web").hasMessageContaining("not valid JSON");
        assertThat(store().load(scope("staging"))).containsOnlyKeys(SecretName.of("B"));
        assertThat(store().all()).extracting(recorded -> recorded.name().value()).containsExactly("B");

        assertThat(production).hasContent(corrupt);
        assertThat(warnings).isNotEmpty().allSatisfy(warning -> assertThat(warning).contains(production.toString())
                .contains("left as it is").doesNotContain("fp-secret"));
        assertThat(warnings).anySatisfy(warning -> assertThat(warning)
                .contains("secrets of environment 'Production' of acme/web on https://api.github.com"));
    }

    /** A build log shows the sentence, naming the set; the file, under the Jenkins home, stays apart. */
    @Test
    void shouldTellTheFileApartFromTheSentenceThatNamesTheSet() throws Exception {
        store().update(PRODUCTION, current -> Map.of(SecretName.of("A"), record("fp-secret-a", "job")));
        Path production = store().files().pathOf(PRODUCTION);
        Files.writeString(production, "{ not json");
        List<StoreWarning> told = new ArrayList<>();
        FileFingerprintStore store = FileFingerprintStore.withWarnings(directory, told::add);

        assertThat(store.load(PRODUCTION)).isEmpty();
        assertThatThrownBy(() -> store.underLock(PRODUCTION, current -> current))
                .isInstanceOf(RecordUnreadableException.class)
                .hasMessage("the records of the secrets of environment 'Production' of acme/web on"
                        + " https://api.github.com could not be read (not valid JSON)");

        assertThat(told).singleElement().satisfies(warning -> {
            assertThat(warning.message()).isEqualTo("Cannot read the records of the secrets of environment"
                    + " 'Production' of acme/web on https://api.github.com (not valid JSON): the file is left as it"
                    + " is, and until it is repaired or removed these secrets are written as if nothing were"
                    + " recorded, none is pruned as a sync's own, and nothing is recorded for them");
            assertThat(warning.file()).isEqualTo(production);
            assertThat(warning.withFile()).isEqualTo(warning.message() + "; file " + production);
        });
        assertThat(told.get(0).message()).doesNotContain(directory.toString());
    }

    @Test
    void shouldLeaveAFileOfALaterVersionAlone() throws Exception {
        store().update(PRODUCTION, current -> Map.of(SecretName.of("A"), record("fp-a", "job")));
        Path file = store().files().pathOf(PRODUCTION);
        String later = Files.readString(file).replace("\"version\" : 3", "\"version\" : 4");
        Files.writeString(file, later);

        store().update(PRODUCTION, current -> Map.of(SecretName.of("B"), record("fp-b", "job")));

        assertThat(file).hasContent(later);
        assertThat(warnings).singleElement().asString().contains("of version 4, which a later version");
    }

    /** A hash collision, or a file copied by hand: the file names its own key, so it is never taken for another's. */
    @Test
    void shouldRecogniseTheRecordsOfAnotherSetWhereOnesOwnBelong() throws Exception {
        store().update(scope("staging"), current -> Map.of(SecretName.of("B"), record("fp-b", "job")));
        Path production = store().files().pathOf(PRODUCTION);
        Files.createDirectories(production.getParent());
        Files.copy(store().files().pathOf(scope("staging")), production);

        assertThat(store().load(PRODUCTION)).isEmpty();
        store().update(PRODUCTION, current -> Map.of(SecretName.of("A"), record("fp-a", "job")));

        assertThat(store().load(scope("staging"))).containsOnlyKeys(SecretName.of("B"));
        assertThat(store().all()).extracting(recorded -> recorded.name().value()).containsExactly("B");
        assertThat(warnings).anySatisfy(warning -> assertThat(warning)
                .contains("holds the records of the secrets of environment 'staging'"));
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
                        SecretValue.of("other".toCharArray())),
                fingerprinter.fingerprint(new RecordScope("https://api.github.com",
                        new RepositoryTarget(RepositoryCoordinates.parse("acme/web"), Application.ACTIONS),
                        ValueKind.SECRET), "team/api", SecretName.of("A"), value)))
                .hasSize(7);
        assertThat(base).doesNotContain("same-value");
    }

    /** Environment secrets stay bound to what versions 1 and 2 bound them to: records carried over keep matching. */
    @Test
    void shouldBindEnvironmentFingerprintsAsEarlierVersionsDid() {
        assertThat(PRODUCTION.fingerprintBinding()).isEqualTo("https://api.github.com acme/web production");
    }

    @Test
    void shouldKeepSourceWriterAndTimesAndListEveryRecordWithItsEnvironmentAsGiven() throws Exception {
        SecretRecord full = new SecretRecord("fp", T, Set.of("team/api"), "deploy-key", new WrittenBy("team/api", 12),
                T.plusSeconds(60), Set.of("team/worker"), Map.of());
        store().update(PRODUCTION, current -> Map.of(SecretName.of("A"), full));
        store().update(scope("staging"), current -> Map.of(SecretName.of("B"), record("fp-b", "team/worker")));

        assertThat(store().load(PRODUCTION)).containsEntry(SecretName.of("A"), full);
        assertThat(store().all()).extracting(entry -> entry.scope().target().describe() + " " + entry.name()
                + " " + entry.record().sourceIfKnown().orElse("?"))
                .containsExactlyInAnyOrder("environment 'Production' of acme/web A deploy-key",
                        "environment 'staging' of acme/web B ?");
        assertThat(warnings).isEmpty();
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

    /** One set's lock never holds up another set, nor a read of its own set. */
    @Test
    void shouldNeitherWaitForTheLockOfAnotherSetNorToRead() throws Exception {
        store().update(PRODUCTION, current -> Map.of(SecretName.of("A"), record("fp", "team/api")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            String done = store().underLock(PRODUCTION, current -> {
                try {
                    pool.submit(() -> store().update(scope("staging"),
                            records -> Map.of(SecretName.of("B"), record("fp-b", "team/api"))))
                            .get(10, TimeUnit.SECONDS);
                    assertThat(pool.submit(() -> store().load(PRODUCTION)).get(10, TimeUnit.SECONDS))
                            .containsOnlyKeys(SecretName.of("A"));
                } catch (ExecutionException | TimeoutException e) {
                    throw new AssertionError("waited for the lock of another set", e);
                }
                return "done";
            });
            assertThat(done).isEqualTo("done");
        } finally {
            pool.shutdown();
        }
        assertThat(store().load(scope("staging"))).containsOnlyKeys(SecretName.of("B"));
    }

    /** The audit reads while a sync holds the lock through a request to GitHub, and never repairs a file. */
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

        Path file = store().files().pathOf(PRODUCTION);
        Files.writeString(file, "{ not json");

        assertThat(store().all()).isEmpty();
        assertThat(file).hasContent("{ not json");
    }

    /** A read that fails (not a missing file) must not let an update overwrite the set's records. */
    @Test
    void shouldLeaveARecordItCannotReadAsItIs() throws Exception {
        Path file = store().files().pathOf(PRODUCTION);
        Files.createDirectories(file); // reading it fails with an IOException, as a passing I/O error would

        Map<SecretName, SecretRecord> updated = store().update(PRODUCTION,
                current -> Map.of(SecretName.of("A"), record("fp", "team/api")));

        assertThat(updated).containsOnlyKeys(SecretName.of("A"));
        assertThat(file).isDirectory();
        assertThatThrownBy(() -> store().underLock(PRODUCTION, current -> current))
                .isInstanceOf(RecordUnreadableException.class).hasMessageContaining("could not be read");
        assertThat(warnings).isNotEmpty().allSatisfy(warning -> assertThat(warning).contains("left as it is"));
    }

    @Test
    void shouldForgetOneRecordOnlyAndRemoveTheFileOfAnEmptySet() throws Exception {
        store().update(PRODUCTION, current -> Map.of(SecretName.of("A"), record("fp-a", "job"),
                SecretName.of("B"), record("fp-b", "job")));

        store().forget(PRODUCTION, SecretName.of("A"));

        assertThat(store().load(PRODUCTION)).containsOnlyKeys(SecretName.of("B"));
        store().forget(PRODUCTION, SecretName.of("B"));
        assertThat(recordFiles()).isEmpty();
    }

    @Test
    void shouldTellItsListenersOfEverySaveOnceAndOfNoUnchangedSet() throws Exception {
        List<String> saves = new ArrayList<>();
        FileFingerprintStore store = store();
        store.addListener((scope, records) -> saves.add(scope.target().describe() + " " + records.keySet()));

        store.update(PRODUCTION, current -> Map.of(SecretName.of("A"), record("fp-a", "job")));
        store().update(PRODUCTION, current -> current);
        store().forget(PRODUCTION, SecretName.of("A"));

        assertThat(saves).containsExactly("environment 'Production' of acme/web [A]",
                "environment 'Production' of acme/web []");
    }

    private FileFingerprintStore store() {
        return new FileFingerprintStore(directory, warnings::add);
    }

    private List<Path> recordFiles() throws Exception {
        return new RecordFiles(directory).all();
    }

    private static SecretRecord record(String fingerprint, String owner) {
        return new SecretRecord(fingerprint, T, Set.of(owner), null, null, null);
    }

    private static RecordScope scope(String environment) {
        return RecordScope.environmentSecrets("https://api.github.com", new RepositoryCoordinates("acme", "web"),
                EnvironmentName.of(environment));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
