package io.jenkins.plugins.githubenvsecrets.step;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.OWNER;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION_LOG;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPO;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import hudson.util.Secret;
import io.jenkins.plugins.githubenvsecrets.JobKind;
import io.jenkins.plugins.githubenvsecrets.Leaks;
import io.jenkins.plugins.githubenvsecrets.RecordedOutcomes;
import io.jenkins.plugins.githubenvsecrets.SyncSpec;
import io.jenkins.plugins.githubenvsecrets.TestCredentials;
import io.jenkins.plugins.githubenvsecrets.TestGitHub;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A secret the job wrote and someone then changed on GitHub: the next build says so in the log, on the build page and
 * (on request) in the step's result, writes the Jenkins value back, or with {@code failOnDrift} writes nothing.
 */
@WithJenkins
class DriftTest {
    private static final String BY_HAND = "changed-by-hand-7d31";

    private JenkinsRule j;
    private GitHubFake github;
    private MutableClock gitHubClock;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        gitHubClock = new MutableClock(Instant.now());
        github = TestGitHub.start().clock(gitHubClock);
        TestCredentials.addAll();
    }

    @AfterEach
    void tearDown() {
        github.close();
    }

    private SyncSpec sync() {
        return TestGitHub.productionSync(github).secretFromCredential("TEXT", TEXT_ID);
    }

    /** Builds {@code spec} once, then changes TEXT on GitHub a minute later, as a person would by hand. */
    private Job<?, ?> writtenThenChangedByHand(JobKind kind, SyncSpec spec) throws Exception {
        Job<?, ?> job = kind.job(j, spec);
        kind.build(j, job, Result.SUCCESS);
        gitHubClock.advance(Duration.ofMinutes(1));
        github.putSecret(OWNER, REPO, PRODUCTION, "TEXT", BY_HAND.getBytes(StandardCharsets.UTF_8));
        gitHubClock.advance(Duration.ofMinutes(1));
        github.clearRequests();
        return job;
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldWriteTheJenkinsValueBackAndSaySinceWhichBuild(JobKind kind) throws Exception {
        Job<?, ?> job = writtenThenChangedByHand(kind, sync());

        Run<?, ?> second = kind.build(j, job, Result.SUCCESS);

        j.assertLogContains(PRODUCTION_LOG + "secret TEXT updated (changed on GitHub since #1)", second);
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "TEXT")).contains(TEXT);
        assertThat(drifts(second)).containsExactly("TEXT changed on GitHub since #1");

        Run<?, ?> third = kind.build(j, job, Result.SUCCESS);

        j.assertLogContains(PRODUCTION_LOG + "secret TEXT unchanged", third);
        assertThat(drifts(third)).isEmpty();
        Leaks.assertNoSecretIn(second);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldWriteNothingWhenFailOnDriftIsSet(JobKind kind) throws Exception {
        Job<?, ?> job = writtenThenChangedByHand(kind, sync().secretFromCredential("OTHER", TEXT_ID).failOnDrift());

        Run<?, ?> refused = kind.build(j, job, Result.FAILURE);

        assertThat(github.requests("PUT")).isEmpty();
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "TEXT")).contains(BY_HAND);
        j.assertLogContains(PRODUCTION_LOG + "secret TEXT failed: changed on GitHub since #1; nothing was written"
                + " (failOnDrift)", refused);
        j.assertLogContains(PRODUCTION_LOG + "secret OTHER failed: not written: failOnDrift is set, and 1 secret or"
                + " variable of this sync was changed on GitHub since this Jenkins wrote it", refused);
        Leaks.assertNoSecretIn(refused);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldSayTheSameInADryRun(JobKind kind) throws Exception {
        Job<?, ?> job = writtenThenChangedByHand(kind, sync());
        kind.configure(job, sync().dryRun());

        Run<?, ?> dryRun = kind.build(j, job, Result.SUCCESS);

        j.assertLogContains(PRODUCTION_LOG + "secret TEXT would-update (changed on GitHub since #1)", dryRun);
        assertThat(github.requests("PUT")).isEmpty();
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "TEXT")).contains(BY_HAND);
    }

    @Test
    void shouldReturnDriftInTheDetailedResult() throws Exception {
        Job<?, ?> job = writtenThenChangedByHand(JobKind.PIPELINE, sync().detailedResult());

        Run<?, ?> second = JobKind.PIPELINE.build(j, job, Result.SUCCESS);

        j.assertLogContains(JobKind.RESULT_PREFIX + "[TEXT:[outcome:updated, drifted:true, since:#1]]", second);
        Run<?, ?> third = JobKind.PIPELINE.build(j, job, Result.SUCCESS);
        j.assertLogContains(JobKind.RESULT_PREFIX + "[TEXT:[outcome:unchanged, drifted:false]]", third);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldNotTakeAnotherJobsSecretForDrift(JobKind kind) throws Exception {
        writtenThenChangedByHand(kind, sync());
        Job<?, ?> other = kind.job(j, sync());

        Run<?, ?> run = kind.build(j, other, Result.SUCCESS);

        j.assertLogContains(PRODUCTION_LOG + "secret TEXT updated", run);
        j.assertLogNotContains("changed on GitHub since", run);
        assertThat(drifts(run)).isEmpty();
    }

    /**
     * Two jobs own the secret; the other one wrote it last. Its name may be out of this job's readers' sight, so the
     * log, the build page and the step's result say "another job wrote it".
     */
    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldNeverNameAnotherJobThatWroteTheSecret(JobKind kind) throws Exception {
        Job<?, ?> job = kind.job(j, kind == JobKind.PIPELINE ? sync().detailedResult() : sync());
        kind.build(j, job, Result.SUCCESS);
        Job<?, ?> other = writtenThenChangedByHand(kind, sync());

        Run<?, ?> run = kind.build(j, job, Result.SUCCESS);

        j.assertLogContains(PRODUCTION_LOG + "secret TEXT updated (changed on GitHub since another job wrote it)", run);
        j.assertLogNotContains(other.getFullName() + " #", run);
        assertThat(drifts(run)).containsExactly("TEXT changed on GitHub since another job wrote it");
        if (kind == JobKind.PIPELINE) {
            j.assertLogContains(JobKind.RESULT_PREFIX + "[TEXT:[outcome:updated, drifted:true, since:another job"
                    + " wrote it]]", run);
        }
        Leaks.assertNoSecretIn(run);
    }

    /**
     * The step's detailed result is masked as the log is. A value that reads like the engine's own words stands for
     * any text of the report that holds a value; a script that echoes the result shows no more than the log.
     */
    @Test
    void shouldMaskTheDetailedResultAsTheLogIs() throws Exception {
        TestCredentials.add(new StringCredentialsImpl(CredentialsScope.GLOBAL, "phrase", "phrase",
                Secret.fromString("since #1; not deleted")));
        Job<?, ?> job = writtenThenChangedByHand(JobKind.PIPELINE, sync());
        JobKind.PIPELINE.configure(job, TestGitHub.productionSync(github).secretFromCredential("PHRASE", "phrase")
                .prune().detailedResult());

        Run<?, ?> run = JobKind.PIPELINE.build(j, job, Result.SUCCESS);

        j.assertLogContains(PRODUCTION_LOG + "secret TEXT kept (changed on GitHub ****)", run);
        j.assertLogContains(JobKind.RESULT_PREFIX + "[PHRASE:[outcome:created, drifted:false], TEXT:[outcome:kept,"
                + " drifted:false, reason:changed on GitHub ****]]", run);
        j.assertLogNotContains("not deleted", run);
        assertThat(github.secretNames(OWNER, REPO, PRODUCTION)).containsExactlyInAnyOrder("PHRASE", "TEXT");
    }

    /** What the build page shows as drift, as {@code NAME changed on GitHub since #1}. */
    private static List<String> drifts(Run<?, ?> run) {
        return RecordedOutcomes.items(run).filter(secret -> secret.getDrift() != null)
                .map(secret -> secret.getName() + " " + secret.getDrift()).toList();
    }
}
