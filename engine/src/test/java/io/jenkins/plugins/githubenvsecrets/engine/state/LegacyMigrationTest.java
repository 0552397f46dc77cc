package io.jenkins.plugins.githubenvsecrets.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one file of versions 1 and 2 carried over into a file per environment on first use, nothing lost. */
class LegacyMigrationTest {
    private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");
    private static final String VERSION_1 = """
            {"format": "github-environment-secrets/fingerprints", "version": 1, "scopes": {
              "https://api.github.com acme/web production": {
                "API_KEY": {"fingerprint": "fp-1", "updatedAt": "2026-11-01T00:00:00Z", "owners": ["team/api"]},
                "OLD": {"fingerprint": "fp-2", "owners": []}}}}
            """;
    private static final String VERSION_2 = """
            {"format": "github-environment-secrets/fingerprints", "version": 2, "scopes": {
              "https://api.github.com acme/web production": {"apiUrl": "https://api.github.com",
                "repository": "Acme/Web", "environment": "Production", "secrets": {
                  "API_KEY": {"fingerprint": "fp-1", "writtenAt": "2026-11-01T00:00:00Z", "owners": ["team/api"],
                    "source": "api-key", "writtenBy": {"job": "team/api", "build": 12},
                    "lastSeenUpdatedAt": "2026-11-01T00:01:00Z"}}},
              "https://ghe.example.com/api/v3 acme/web staging eu": {"apiUrl": "https://ghe.example.com/api/v3",
                "repository": "acme/web", "environment": "staging eu", "secrets": {
                  "DB": {"fingerprint": "fp-3", "owners": ["team/db", "team/db/nightly"]}}},
              "https://api.github.com acme/broken production": {"apiUrl": "https://api.github.com",
                "repository": "acme/broken", "environment": "production", "secrets": {
                  "BAD": {"fingerprint": "fp-secret-4", "writtenAt": "not a time", "owners": []}}}}}
            """;

    @TempDir
    Path directory;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void shouldCarryAVersionOneFileOverAndKeepItsWriteTimes() throws Exception {
        Files.writeString(legacy(), VERSION_1);

        Map<SecretName, SecretRecord> records = store().load(scope("https://api.github.com", "acme/web", "production"));

        assertThat(records.get(SecretName.of("API_KEY")))
                .isEqualTo(new SecretRecord("fp-1", T, Set.of("team/api"), null, null, null));
        assertThat(records.get(SecretName.of("OLD")).writtenAt()).isNull();
        // Version 1 kept names lower case only: that is how the audit shows them until the next write.
        assertThat(store().all()).extracting(entry -> entry.scope().target().describe())
                .containsOnly("environment 'production' of acme/web");
        assertThat(Files.readString(new RecordFiles(directory).all().get(0))).contains("\"version\" : 3",
                "\"writtenAt\" : \"2026-11-01T00:00:00Z\"").doesNotContain("updatedAt");
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldGiveEachEnvironmentOfAVersionTwoFileItsOwnFileWithEverythingItHeld() throws Exception {
        Files.writeString(legacy(), VERSION_2);

        FileFingerprintStore store = store();

        assertThat(store.load(scope("https://api.github.com", "acme/web", "production")))
                .containsExactly(Map.entry(SecretName.of("API_KEY"), new SecretRecord("fp-1", T, Set.of("team/api"),
                        "api-key", new WrittenBy("team/api", 12), T.plusSeconds(60))));
        assertThat(store.load(scope("https://ghe.example.com/api/v3", "acme/web", "staging eu")))
                .containsOnlyKeys(SecretName.of("DB"))
                .hasEntrySatisfying(SecretName.of("DB"), record -> assertThat(record.owners())
                        .containsExactly("team/db", "team/db/nightly"));
        assertThat(store.all()).extracting(entry -> entry.scope().target().describe()).containsExactlyInAnyOrder(
                "environment 'Production' of Acme/Web", "environment 'staging eu' of acme/web");
        assertThat(new RecordFiles(directory).all()).hasSize(2);
        // The old file stays whole beside the new ones, the environment it could not read included.
        assertThat(legacy()).doesNotExist();
        assertThat(directory.resolve("fingerprints.json.migrated")).hasContent(VERSION_2);
        assertThat(warnings).singleElement().asString()
                .contains("'https://api.github.com acme/broken production'", "not carried over",
                        "fingerprints.json.migrated")
                .doesNotContain("fp-secret-4");
    }

    @Test
    void shouldMigrateOnceAndKeepARecordWrittenSince() throws Exception {
        RecordScope production = scope("https://api.github.com", "acme/web", "production");
        Files.writeString(legacy(), VERSION_1);
        store().update(production, current -> Map.of(SecretName.of("NEW"),
                new SecretRecord("fp-new", T, Set.of("team/api"), null, null, null)));
        // The old file is back (restored from a backup): it is carried over only into sets that have no file.
        Files.writeString(legacy(), VERSION_1);
        Path second = directory.resolve("second-start");
        Files.createDirectories(second);

        FileFingerprintStore restarted = new FileFingerprintStore(directory, warnings::add);

        assertThat(restarted.load(production)).containsOnlyKeys(SecretName.of("NEW"));
        assertThat(legacy()).exists(); // this JVM migrated once already: the next start carries it over
        FileFingerprintStore nextStart = new FileFingerprintStore(copyOf(directory, second), warnings::add);
        assertThat(nextStart.load(production)).containsOnlyKeys(SecretName.of("NEW"));
        assertThat(second.resolve("fingerprints.json.migrated-2")).hasContent(VERSION_1);
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldLeaveAFileItCannotReadAsItIsAndStartWithoutIt() throws Exception {
        Files.writeString(legacy(), "{ not json");
        RecordScope production = scope("https://api.github.com", "acme/web", "production");

        assertThat(store().load(production)).isEmpty();
        store().update(production, current -> Map.of(SecretName.of("A"),
                new SecretRecord("fp-a", T, Set.of("job"), null, null, null)));

        assertThat(legacy()).hasContent("{ not json");
        assertThat(store().load(production)).containsOnlyKeys(SecretName.of("A"));
        assertThat(warnings).singleElement().asString().contains("fingerprints.json", "not valid JSON",
                "left as it is");
    }

    private FileFingerprintStore store() {
        return new FileFingerprintStore(directory, warnings::add);
    }

    private Path legacy() {
        return directory.resolve("fingerprints.json");
    }

    /** The folder as another Jenkins start finds it: the same files, a store never used. */
    private static Path copyOf(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path path : walk.filter(path -> !path.startsWith(to)).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }

    private static RecordScope scope(String apiUrl, String repository, String environment) {
        return RecordScope.environmentSecrets(apiUrl, RepositoryCoordinates.parse(repository),
                EnvironmentName.of(environment));
    }
}
