package io.jenkins.plugins.githubenvsecrets.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        String base = fingerprinter.fingerprint(PRODUCTION, SecretName.of("A"), value);

        assertThat(fingerprinter.fingerprint(PRODUCTION, SecretName.of("A"), value)).isEqualTo(base);
        assertThat(Set.of(base,
                fingerprinter.fingerprint(scope("staging"), SecretName.of("A"), value),
                fingerprinter.fingerprint(PRODUCTION, SecretName.of("B"), value),
                SecretFingerprinter.hmacSha256(bytes("key-2")).fingerprint(PRODUCTION, SecretName.of("A"), value),
                fingerprinter.fingerprint(PRODUCTION, SecretName.of("A"), SecretValue.of("other".toCharArray()))))
                .hasSize(5);
        assertThat(base).doesNotContain("same-value");
    }

    private FileFingerprintStore store() {
        return new FileFingerprintStore(directory.resolve("fingerprints.json"), warnings::add);
    }

    private static SecretRecord record(String fingerprint, String owner) {
        return new SecretRecord(fingerprint, T, Set.of(owner));
    }

    private static EnvironmentScope scope(String environment) {
        return new EnvironmentScope("https://api.github.com", new RepositoryCoordinates("acme", "web"),
                EnvironmentName.of(environment));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
