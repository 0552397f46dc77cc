package io.jenkins.plugins.githubenvsecrets.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.state.DelegatingFingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.FileFingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.FingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordedSecret;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import io.jenkins.plugins.githubenvsecrets.engine.state.WrittenBy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index over the record files: read once, then kept up to date with each save, so that no view reads a file.
 * Speed is measured by the records benchmark, not here; this checks what the index says, and that it reads nothing.
 */
class IndexedRecordsTest {
    private static final String GITHUB = "https://api.github.com";
    private static final Instant WRITTEN = Instant.parse("2026-11-01T08:00:00Z");

    @TempDir
    Path directory;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void shouldReadTheRecordsOnceAndFollowEverySaveAfterwards() throws Exception {
        CountingStore store = new CountingStore(files());
        put(store, scope("acme/web", "production"), "A", "team/api");
        IndexedRecords index = new IndexedRecords(store);

        assertThat(index.current().rows()).extracting(RecordRow::name).containsExactly("A");
        put(store, scope("acme/web", "production"), "B", "team/worker");
        put(files(), scope("acme/web", "staging"), "C", "team/api"); // another instance on the same folder
        store.forget(scope("acme/web", "production"), SecretName.of("A"));

        RecordIndex now = index.current();
        assertThat(now.rows()).extracting(row -> row.environment() + " " + row.name())
                .containsExactly("production B", "staging C");
        assertThat(now.ownedBy("team/api")).extracting(RecordRow::name).containsExactly("C");
        assertThat(now.ownedBy("team/worker")).extracting(RecordRow::name).containsExactly("B");
        assertThat(store.reads).hasValue(1);
        assertThat(warnings).isEmpty();
    }

    /** A save while the index is first read from the files is applied after it, not lost. */
    @Test
    void shouldKeepASaveMadeWhileTheRecordsAreFirstRead() throws Exception {
        FingerprintStore files = files();
        put(files, scope("acme/web", "production"), "A", "team/api");
        FingerprintStore racing = new DelegatingFingerprintStore(files) {
            @Override
            public List<RecordedSecret> all() {
                List<RecordedSecret> read = super.all();
                try {
                    put(files, scope("acme/web", "production"), "LATE", "team/api");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return read;
            }
        };

        RecordIndex index = new IndexedRecords(racing).current();

        assertThat(index.rows()).extracting(RecordRow::name).containsExactly("A", "LATE");
    }

    /**
     * 100,000 records in 100 files: the rows, filters and each job's rows are right, and no view, nor the question
     * of whether a job has a page of secrets, reads the store again; a save changes the snapshot readers get.
     */
    @Test
    void shouldAnswerEveryViewOfAHundredThousandRecordsWithoutReadingAFile() throws Exception {
        CountingStore store = new CountingStore(files());
        for (int r = 0; r < 100; r++) {
            int repository = r;
            store.update(scope("acme/repo" + r, "production"), current -> {
                Map<SecretName, SecretRecord> records = new HashMap<>();
                for (int s = 0; s < 1_000; s++) {
                    String job = "team/job" + ((repository + s) % 50);
                    records.put(SecretName.of("SECRET_" + s), new SecretRecord("fp-" + repository + "-" + s, WRITTEN,
                            Set.of(job), "credential-" + (s % 7), new WrittenBy(job, s), null));
                }
                return records;
            });
        }
        IndexedRecords indexed = new IndexedRecords(store);
        RecordIndex index = indexed.current();

        assertThat(index.size()).isEqualTo(100_000);
        assertThat(index.rows()).hasSize(100_000).isSortedAccordingTo((a, b) -> {
            int byRepository = a.repository().compareTo(b.repository());
            return byRepository != 0 ? byRepository : a.name().compareTo(b.name());
        });
        // Each answer against a count over the generated records: job k owns secret s of repository r when
        // (r + s) % 50 == k, and credential-c holds s % 7 == c.
        assertThat(index.filter(new RecordFilter(null, "ACME/REPO7", null, null, null, null))).hasSize(1_000)
                .allMatch(row -> row.repository().equals("acme/repo7"));
        assertThat(index.filter(new RecordFilter(null, "acme/repo7", null, null, "credential-3", null)))
                .hasSize(143);
        assertThat(index.filter(new RecordFilter(null, null, null, "SECRET_42", null, null))).hasSize(100);
        assertThat(index.ownedBy("team/job4")).hasSize(2_000)
                .allMatch(row -> row.owners().equals(List.of("team/job4")))
                .isEqualTo(index.filter(new RecordFilter(null, null, null, null, null, "team/job4")));
        assertThat(index.ownedBy("team/job50")).isEmpty();
        for (int view = 0; view < 10_000; view++) {
            assertThat(indexed.current().owns("team/job" + (view % 60))).isEqualTo(view % 60 < 50);
        }
        assertThat(store.reads).as("reads of the store, after the first").hasValue(1);

        store.forget(scope("acme/repo7", "production"), SecretName.of("SECRET_42"));

        assertThat(indexed.current().size()).isEqualTo(99_999);
        assertThat(index.size()).as("a snapshot already handed out stays as it was").isEqualTo(100_000);
        assertThat(indexed.current().filter(new RecordFilter(null, null, null, "SECRET_42", null, null)))
                .hasSize(99).noneMatch(row -> row.repository().equals("acme/repo7"));
        assertThat(store.reads).hasValue(1);
        assertThat(warnings).isEmpty();
    }

    private FileFingerprintStore files() {
        return new FileFingerprintStore(directory, warnings::add);
    }

    private static void put(FingerprintStore store, RecordScope scope, String name, String owner)
            throws InterruptedException {
        store.update(scope, current -> {
            Map<SecretName, SecretRecord> next = new HashMap<>(current);
            next.put(SecretName.of(name), new SecretRecord("fp-" + name, WRITTEN, Set.of(owner), "key",
                    new WrittenBy(owner, 1), null));
            return next;
        });
    }

    private static RecordScope scope(String repository, String environment) {
        return RecordScope.environmentSecrets(GITHUB, RepositoryCoordinates.parse(repository),
                EnvironmentName.of(environment));
    }

    /** Counts every read of the store: the index must read it once, whatever the views. */
    private static final class CountingStore extends DelegatingFingerprintStore {
        final AtomicInteger reads = new AtomicInteger();

        CountingStore(FingerprintStore store) {
            super(store);
        }

        @Override
        public List<RecordedSecret> all() {
            reads.incrementAndGet();
            return super.all();
        }

        @Override
        public Map<SecretName, SecretRecord> load(RecordScope scope) {
            reads.incrementAndGet();
            return super.load(scope);
        }
    }
}
