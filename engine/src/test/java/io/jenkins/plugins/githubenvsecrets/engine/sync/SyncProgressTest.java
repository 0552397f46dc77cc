package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static io.jenkins.plugins.githubenvsecrets.engine.sync.Reports.environment;
import static io.jenkins.plugins.githubenvsecrets.engine.sync.Reports.outcomes;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.github.AccessToken;
import io.jenkins.plugins.githubenvsecrets.engine.github.FakeTime;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TestSealer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A sync that its caller interrupts (a build aborted) throws; what it told its listener until then is still a report,
 * so that the build can show what was written before the abort.
 */
class SyncProgressTest {
    private static final String TOKEN = "ghp_progressTestToken0123456789abc";

    private final FakeTime time = new FakeTime();
    private final GitHubFake github = GitHubFake.start().addToken(TOKEN, Permission.WRITE)
            .addRepository("acme", "web", 1).addEnvironment("acme", "web", "production")
            .addEnvironment("acme", "web", "staging");
    private final List<String> told = new ArrayList<>();

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void shouldReportWhatWasDoneBeforeTheSyncWasInterrupted() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The fake holds the first write to staging until the sync's thread has been interrupted.
        github.failNext(1, holding(request -> request.method().equals("PUT")
                && request.path().equals("/repos/acme/web/environments/staging/secrets/A"), arrived, release), 500);
        SyncProgress progress = new SyncProgress(new Recording());
        AtomicReference<Throwable> ended = new AtomicReference<>();

        Thread sync = new Thread(() -> {
            try (SyncRequest request = SyncRequest.builder().repository("acme/web").environment("production")
                    .environment("staging").secret("A", "value-a".toCharArray()).secret("B", "value-b".toCharArray())
                    .build(); GitHubClient client = client()) {
                new SecretSync(client, TestSealer.get(), progress).run(request);
            } catch (Throwable e) {
                ended.set(e);
            }
        });
        try {
            sync.start();
            assertThat(arrived.await(30, TimeUnit.SECONDS)).as("the write to staging reached GitHub").isTrue();
            sync.interrupt();
        } finally {
            release.countDown();
        }
        sync.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(sync.isAlive()).isFalse();
        assertThat(ended.get()).isInstanceOf(InterruptedException.class);
        SyncReport soFar = progress.soFar(false);
        assertThat(soFar.targets()).hasSize(2);
        assertThat(outcomes(soFar, "production")).containsExactly(Map.entry("A", SecretOutcome.CREATED),
                Map.entry("B", SecretOutcome.CREATED));
        // Staging was under way: the write GitHub held was answered after the interrupt, which the client notices
        // while it reads that answer or at the latest before it sends the next write.
        assertThat(environment(soFar, "staging").outcome()).isEqualTo(TargetOutcome.EXISTING);
        assertThat(environment(soFar, "staging").secrets()).extracting(result -> result.name() + " "
                + result.outcome().label()).isSubsetOf("A created");
        assertThat(github.secretNames("acme", "web", "staging")).containsExactly("A");
        // Every event still reached the listener the progress wraps.
        assertThat(told).startsWith("start production", "production A created", "production B created",
                "done production", "start staging").hasSize(5 + environment(soFar, "staging").secrets().size());
    }

    @Test
    void shouldReportEveryTargetOfASyncThatEndedAsTheReportDoes() throws Exception {
        SyncProgress progress = new SyncProgress(new Recording());
        SyncReport report;
        try (SyncRequest request = SyncRequest.builder().repository("acme/web").environment("production")
                .environment("staging").secret("A", "value-a".toCharArray()).build(); GitHubClient client = client()) {
            report = new SecretSync(client, TestSealer.get(), progress).run(request);
        }

        assertThat(progress.soFar(false)).isEqualTo(report);
    }

    private GitHubClient client() {
        return GitHubClient.builder(GitHubApiUrl.parse(github.apiUrl()), AccessToken.of(TOKEN.toCharArray()))
                .clock(time).sleeper(time).mutationGap(Duration.ZERO).build();
    }

    /** Matches no request, but holds the one {@code which} matches until {@code release}: no fault, only a delay. */
    private static Predicate<FakeRequest> holding(Predicate<FakeRequest> which, CountDownLatch arrived,
            CountDownLatch release) {
        return request -> {
            if (which.test(request)) {
                arrived.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return false;
        };
    }

    private final class Recording implements SyncListener {
        @Override
        public void targetStarted(Target target) {
            told.add("start " + Reports.environmentOf(target));
        }

        @Override
        public void itemDone(Target target, ValueKind kind, SecretResult result) {
            told.add(Reports.environmentOf(target) + " " + result.name() + " " + result.outcome().label());
        }

        @Override
        public void targetDone(TargetReport report) {
            told.add("done " + report.environment().orElseThrow());
        }
    }
}
