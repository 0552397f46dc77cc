package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.github.AccessToken;
import io.jenkins.plugins.githubenvsecrets.engine.github.FakeTime;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.state.FileFingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretFingerprinter;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.MutableClock;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TestSealer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Skipping unchanged secrets and owned-only pruning, with a real file store, against the GitHub fake. */
class SyncMemoryTest {
    private static final String TOKEN = "ghp_memoryTestToken0123456789abcd";
    private static final String VALUE_A = "value-A-s3cr3t-4711";
    private static final String VALUE_B = "value-B-s3cr3t-0815";

    @TempDir
    Path directory;

    private final FakeTime time = new FakeTime();
    private final MutableClock gitHubClock = new MutableClock(Instant.parse("2026-11-01T08:00:00Z"));
    private final List<String> warnings = new ArrayList<>();
    private GitHubFake github;
    private SyncMemory memory;

    @BeforeEach
    void setUp() {
        github = GitHubFake.start().clock(gitHubClock).addToken(TOKEN, Permission.ADMIN)
                .addRepository("acme", "web", 1).addEnvironment("acme", "web", "production")
                .addEnvironment("acme", "web", "staging");
        memory = new SyncMemory(new FileFingerprintStore(directory, warnings::add),
                SecretFingerprinter.hmacSha256("installation-key".getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void tearDown() {
        github.assertNoProtocolViolations();
        github.close();
    }

    @Test
    void shouldWriteNothingTheSecondTimeAndListEachEnvironmentOnce() throws Exception {
        SyncReport first = sync("job-a", PruneMode.NONE, false, Map.of("A", VALUE_A, "B", VALUE_B));
        assertThat(first.count(SecretOutcome.CREATED)).isEqualTo(4);
        // cold: per environment one key and two writes; GitHub's Date on each write tells when it stored it
        assertThat(github.requestCount()).isEqualTo(6);
        github.clearRequests();

        SyncReport second = sync("job-a", PruneMode.NONE, false, Map.of("A", VALUE_A, "B", VALUE_B));

        assertThat(second.count(SecretOutcome.UNCHANGED)).isEqualTo(4);
        assertThat(github.requests()).extracting(r -> r.method()).containsExactly("GET", "GET");
        assertThat(github.mutatingRequestCount()).isZero();
    }

    @Test
    void shouldRewriteAChangedValueOnly() throws Exception {
        sync("job-a", PruneMode.NONE, false, Map.of("A", VALUE_A, "B", VALUE_B));
        gitHubClock.advance(Duration.ofMinutes(5));
        github.clearRequests();

        SyncReport second = sync("job-a", PruneMode.NONE, false, Map.of("A", "changed-value", "B", VALUE_B));

        assertThat(outcomes(second, 0)).containsEntry("A", SecretOutcome.UPDATED)
                .containsEntry("B", SecretOutcome.UNCHANGED);
        assertThat(github.valueOf("acme", "web", "production", "A")).contains("changed-value");
        assertThat(github.requests("PUT")).hasSize(2);
    }

    @Test
    void shouldRewriteASecretSomeoneElseChangedOnGitHub() throws Exception {
        sync("job-a", PruneMode.NONE, false, Map.of("A", VALUE_A));
        gitHubClock.advance(Duration.ofMinutes(5));
        github.putSecret("acme", "web", "production", "A", "tampered".getBytes(StandardCharsets.UTF_8));

        SyncReport second = sync("job-a", PruneMode.NONE, false, Map.of("A", VALUE_A));

        assertThat(outcomes(second, 0)).containsEntry("A", SecretOutcome.UPDATED);
        assertThat(outcomes(second, 1)).containsEntry("A", SecretOutcome.UNCHANGED);
        assertThat(github.valueOf("acme", "web", "production", "A")).contains(VALUE_A);
    }

    @Test
    void shouldRewriteEverythingWhenForced() throws Exception {
        sync("job-a", PruneMode.NONE, false, Map.of("A", VALUE_A));

        SyncReport forced = sync("job-a", PruneMode.NONE, true, Map.of("A", VALUE_A));

        assertThat(forced.count(SecretOutcome.UPDATED)).isEqualTo(2);
    }

    @Test
    void shouldPruneOnlyWhatThisJobWroteAndKeepOtherJobsSecrets() throws Exception {
        sync("job-a", PruneMode.OWNED, false, Map.of("A", VALUE_A, "SHARED", VALUE_B));
        sync("job-b", PruneMode.OWNED, false, Map.of("B", VALUE_B, "SHARED", VALUE_B));
        github.putSecret("acme", "web", "production", "MANUAL", "by-hand".getBytes(StandardCharsets.UTF_8));

        SyncReport pruned = sync("job-a", PruneMode.OWNED, false, Map.of());

        assertThat(outcomes(pruned, 0)).containsExactly(Map.entry("A", SecretOutcome.DELETED));
        assertThat(github.secretNames("acme", "web", "production")).containsExactlyInAnyOrder(
                "B", "SHARED", "MANUAL");

        SyncReport prunedByB = sync("job-b", PruneMode.OWNED, false, Map.of());

        assertThat(outcomes(prunedByB, 0)).containsOnly(
                Map.entry("B", SecretOutcome.DELETED), Map.entry("SHARED", SecretOutcome.DELETED));
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("MANUAL");
    }

    @Test
    void shouldKeepNoValueAndNothingThatRevealsOneInTheStore() throws Exception {
        sync("job-a", PruneMode.NONE, false, Map.of("A", VALUE_A, "B", VALUE_B));

        String stored = recordFiles().stream().map(SyncMemoryTest::content).reduce("", String::concat);
        assertThat(stored).contains("\"A\"", "job-a", "fingerprint");
        for (String value : List.of(VALUE_A, VALUE_B)) {
            assertThat(stored).doesNotContain(value)
                    .doesNotContain(Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void shouldTreatACorruptRecordOfOneEnvironmentAsEmptyLeaveItAsItIsAndSaySo() throws Exception {
        sync("job-a", PruneMode.NONE, false, Map.of("A", VALUE_A));
        Path production = recordFiles().stream().filter(file -> content(file).contains("\"production\""))
                .findFirst().orElseThrow();
        Files.writeString(production, "{ not json");

        SyncReport again = sync("job-a", PruneMode.NONE, false, Map.of("A", VALUE_A));

        assertThat(outcomes(again, 0)).containsEntry("A", SecretOutcome.UPDATED);
        assertThat(outcomes(again, 1)).as("staging, whose record is whole").containsEntry("A", SecretOutcome.UNCHANGED);
        assertThat(again.hasFailures()).isFalse();
        assertThat(warnings).singleElement().asString().contains("environment 'production'", "not valid JSON",
                "left as it is", "written as if nothing were recorded");
        assertThat(production).hasContent("{ not json");
        Files.delete(production);
        assertThat(sync("job-a", PruneMode.NONE, false, Map.of("A", VALUE_A)).count(SecretOutcome.UPDATED))
                .isEqualTo(1);
        assertThat(sync("job-a", PruneMode.NONE, false, Map.of("A", VALUE_A)).count(SecretOutcome.UNCHANGED))
                .isEqualTo(2);
    }

    private List<Path> recordFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(path -> path.toString().endsWith(".json")).toList();
        }
    }

    private static String content(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SyncReport sync(String identity, PruneMode prune, boolean force, Map<String, String> secrets)
            throws InterruptedException {
        SyncRequest.Builder builder = SyncRequest.builder().repository("acme/web").environment("production")
                .environment("staging").identity(identity).options(new SyncOptions(false, false, prune, force));
        new java.util.TreeMap<>(secrets).forEach((name, value) -> builder.secret(name, value.toCharArray()));
        try (SyncRequest request = builder.build();
                GitHubClient client = GitHubClient.builder(GitHubApiUrl.parse(github.apiUrl()),
                        AccessToken.of(TOKEN.toCharArray())).clock(time).sleeper(time)
                        .mutationGap(Duration.ZERO).build()) {
            SyncReport report = new SecretSync(client, TestSealer.get(), SyncListener.NONE, memory).run(request);
            assertThat(report.toString() + warnings).doesNotContain(VALUE_A).doesNotContain(VALUE_B);
            return report;
        }
    }

    private static Map<String, SecretOutcome> outcomes(SyncReport report, int environment) {
        return report.targets().get(environment).secrets().stream()
                .collect(Collectors.toMap(r -> r.name().value(), SecretResult::outcome, (a, b) -> a,
                        LinkedHashMap::new));
    }
}
