package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.github.AccessToken;
import io.jenkins.plugins.githubenvsecrets.engine.github.FakeTime;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.github.Sleeper;
import io.jenkins.plugins.githubenvsecrets.engine.state.FileFingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.FingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretFingerprinter;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.MutableClock;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TestSealer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up of the tests of what the record keeps from sync to sync: a GitHub fake on a clock of its own, the real
 * file store, and syncs of acme/web's production environment as one job's builds, on fake time.
 */
abstract class RecordedSyncTest {
    static final String TOKEN = "ghp_recordedSyncToken0123456789abcdef";
    static final Instant START = Instant.parse("2026-11-01T08:00:00Z");

    @TempDir
    Path directory;

    final FakeTime time = new FakeTime();
    final MutableClock gitHubClock = new MutableClock(START);
    final List<String> warnings = new ArrayList<>();
    GitHubFake github;
    FingerprintStore store;
    /** How the client waits, the gap between its writes, and who hears of the sync; a test may change them. */
    Sleeper sleeper = time;
    Duration gap = Duration.ZERO;
    SyncListener listener = SyncListener.NONE;

    @BeforeEach
    void startGitHubAndStore() {
        github = GitHubFake.start().clock(gitHubClock).addToken(TOKEN, Permission.ADMIN)
                .addRepository("acme", "web", 1).addEnvironment("acme", "web", "production");
        store = new FileFingerprintStore(directory, warnings::add);
    }

    @AfterEach
    void stopGitHub() {
        github.assertNoProtocolViolations();
        github.close();
    }

    SyncRequest.Builder job(String job, int build) {
        return SyncRequest.builder().repository("acme/web").environment("production").job(job, build);
    }

    SyncReport sync(SyncRequest.Builder builder) throws InterruptedException {
        try (SyncRequest request = builder.build()) {
            return run(request, store);
        }
    }

    SyncReport run(SyncRequest request, FingerprintStore records) throws InterruptedException {
        return run(request, records, TOKEN, sleeper);
    }

    /** A sync with its own token and its own way of waiting, such as one that runs on another thread. */
    SyncReport run(SyncRequest request, FingerprintStore records, String token, Sleeper waits)
            throws InterruptedException {
        SyncMemory memory = new SyncMemory(records, SecretFingerprinter.hmacSha256(bytes("installation-key")));
        try (GitHubClient client = GitHubClient.builder(GitHubApiUrl.parse(github.apiUrl()),
                AccessToken.of(token.toCharArray())).clock(time).sleeper(waits).mutationGap(gap).build()) {
            SyncReport report = new SecretSync(client, TestSealer.get(), listener, memory).run(request);
            checked(report);
            return report;
        }
    }

    /** What every report of the test must satisfy, such as holding no value. */
    void checked(SyncReport report) {
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
