package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static io.jenkins.plugins.githubenvsecrets.engine.sync.Reports.outcomes;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write's time comes from the {@code Date} of GitHub's answer only when that is sane: within 5 minutes of GitHub's
 * clock as its other answers showed it. A broken {@code Date} neither hides a later change on GitHub nor makes our own
 * write look like one; the log says so once per sync.
 */
class WriteTimesTest extends RecordedSyncTest {
    private static final String FAR_AHEAD = "Fri, 01 Jan 2100 00:00:00 GMT";
    private static final String FAR_BACK = "Thu, 01 Jan 1970 00:00:00 GMT";
    private static final SyncOptions FAIL_ON_DRIFT = new SyncOptions(false, false, PruneMode.NONE, false, true);

    private final List<String> logged = new ArrayList<>();

    @BeforeEach
    void listen() {
        listener = new SyncListener() {
            @Override
            public void warning(String message) {
                logged.add(message);
            }
        };
    }

    /** Before: the record said 2100, so a change made on GitHub later counted as our own write, and was kept. */
    @Test
    void shouldNotLetADateFarAheadHideALaterChangeOnGitHub() throws Exception {
        github.addHeadersNext(2, request("PUT", ".*"), Map.of("Date", FAR_AHEAD));
        sync(job("team/api", 1).secret("A", chars("a")).secret("B", chars("b")));
        gitHubClock.advance(Duration.ofMinutes(1));
        github.putSecret("acme", "web", "production", "A", bytes("changed by hand"));
        gitHubClock.advance(Duration.ofMinutes(1));

        SyncReport next = sync(job("team/api", 2).secret("A", chars("a")).secret("B", chars("b")));

        assertThat(outcomes(next, "production")).containsEntry("A", SecretOutcome.UPDATED)
                .containsEntry("B", SecretOutcome.UNCHANGED);
        assertThat(next.driftLines()).singleElement().asString().contains("secret A: changed on GitHub since #1");
        assertThat(github.valueOf("acme", "web", "production", "A")).contains("a");
        assertThat(logged).as("one warning for both writes").singleElement().asString()
                .contains("2100-01-01T00:00:00Z", "more than 5 minutes", "(2026-11-01T08:00:00");
    }

    /** Before: the record said 1970, so every later listing looked like a change: false drift, failed builds. */
    @Test
    void shouldNotLetADateFarBackReportAFalseDrift() throws Exception {
        github.addHeadersNext(1, request("PUT", ".*"), Map.of("Date", FAR_BACK));
        sync(job("team/api", 1).secret("A", chars("a")));
        gitHubClock.advance(Duration.ofMinutes(1));

        SyncReport next = sync(job("team/api", 2).secret("A", chars("a")).options(FAIL_ON_DRIFT));

        assertThat(outcomes(next, "production")).containsEntry("A", SecretOutcome.UNCHANGED);
        assertThat(next.hasFailures()).isFalse();
        assertThat(next.driftLines()).isEmpty();
        assertThat(github.mutatingRequestCount()).isEqualTo(1);
        assertThat(logged).singleElement().asString().contains("1970-01-01T00:00:00Z");
    }

    @Test
    void shouldTrustASaneDateAndSayNothing() throws Exception {
        sync(job("team/api", 1).secret("A", chars("a")));

        assertThat(store.all()).singleElement().satisfies(recorded ->
                assertThat(recorded.record().writtenAt()).isEqualTo(START));
        assertThat(logged).isEmpty();
    }

    private static char[] chars(String text) {
        return text.toCharArray();
    }
}
