package io.jenkins.plugins.githubenvsecrets.step;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.FILE_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.USER_PASSWORD_ID;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.OWNER;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION_LOG;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPO;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Executor;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.githubenvsecrets.JobKind;
import io.jenkins.plugins.githubenvsecrets.Leaks;
import io.jenkins.plugins.githubenvsecrets.RecordedOutcomes;
import io.jenkins.plugins.githubenvsecrets.TestCredentials;
import io.jenkins.plugins.githubenvsecrets.TestGitHub;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jenkins.model.ParameterizedJobMixIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A build aborted during a sync, as pipeline step and freestyle build step: what was written before the abort is on
 * the build's page, marked as cut short, and nothing is written after it.
 */
@WithJenkins
class AbortedSyncTest {
    private JenkinsRule j;
    private GitHubFake github;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        github = TestGitHub.start();
        TestCredentials.addAll();
    }

    @AfterEach
    void tearDown() {
        github.close();
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldRecordWhatWasWrittenBeforeTheAbort(JobKind kind) throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The fake holds the write of SECOND (never failing it) until the build has been aborted.
        github.failNext(1, request -> {
            if (request.method().equals("PUT") && request.path().endsWith("/secrets/SECOND")) {
                arrived.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return false;
        }, 500);
        Job<?, ?> job = kind.job(j, TestGitHub.productionSync(github).secretFromCredential("FIRST", TEXT_ID)
                .secretFromCredential("SECOND", FILE_ID).secretFromCredential("THIRD", USER_PASSWORD_ID));

        Run<?, ?> run;
        try {
            run = ((ParameterizedJobMixIn.ParameterizedJob<?, ?>) job).scheduleBuild2(0).waitForStart();
            assertThat(arrived.await(60, TimeUnit.SECONDS)).as("the write of SECOND reached GitHub").isTrue();
            Executor executor = run.getExecutor();
            assertThat(executor).isNotNull();
            executor.interrupt();
        } finally {
            release.countDown();
        }
        j.waitForCompletion(run);

        j.assertBuildStatus(Result.ABORTED, run);
        SecretSyncAction action = awaitRecord(run);
        assertThat(action.getSyncs()).singleElement().satisfies(sync -> assertThat(sync.isAborted()).isTrue());
        // SECOND's answer came after the abort: it is listed only if the build read it before noticing.
        assertThat(RecordedOutcomes.of(run)).startsWith("FIRST created").isSubsetOf("FIRST created",
                "SECOND created");
        j.assertLogContains(PRODUCTION_LOG + "secret FIRST created", run);
        if (kind == JobKind.FREESTYLE) {
            // A Pipeline step's log ends with the step, which its stop ends at once; the build step's goes on.
            j.assertLogContains("aborted; done before the abort, and listed on the build's page: "
                    + RecordedOutcomes.of(run).size() + " created", run);
        }
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "FIRST")).contains(TEXT);
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "THIRD")).isEmpty();
        Leaks.assertNoSecretIn(run);
    }

    /**
     * The build's record of the sync. A stopped Pipeline step ends at once, while the sync's thread goes on to notice
     * the interrupt and record what it did: the record may come a moment after the build is done.
     */
    private static SecretSyncAction awaitRecord(Run<?, ?> run) throws InterruptedException {
        for (int tries = 0; tries < 600 && run.getAction(SecretSyncAction.class) == null; tries++) {
            Thread.sleep(100);
        }
        SecretSyncAction action = run.getAction(SecretSyncAction.class);
        assertThat(action).as("the build's record of the sync").isNotNull();
        return action;
    }
}
