package io.jenkins.plugins.githubenvsecrets.step;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.FILE_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.OWNER;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION_LOG;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPO;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.githubenvsecrets.JobKind;
import io.jenkins.plugins.githubenvsecrets.Leaks;
import io.jenkins.plugins.githubenvsecrets.RecordedOutcomes;
import io.jenkins.plugins.githubenvsecrets.SyncSpec;
import io.jenkins.plugins.githubenvsecrets.TestCredentials;
import io.jenkins.plugins.githubenvsecrets.TestGitHub;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code failOnError: false}: a Pipeline gets every item's outcome, failed ones with their reason masked as the log is,
 * instead of a failed build; a request that is not valid still fails, as nothing was sent. By default, and always in
 * a freestyle job, a failed item fails the build.
 */
@WithJenkins
class FailOnErrorTest {
    private JenkinsRule j;
    private GitHubFake github;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        github = TestGitHub.start();
        TestCredentials.addAll();
        // GitHub's answer to SECOND echoes FIRST's value, which the result must not show either.
        github.refuseNext(1, RequestMatchers.request("PUT", ".*/secrets/SECOND"), 403,
                "Resource not accessible by integration near " + TEXT);
    }

    @AfterEach
    void tearDown() {
        github.close();
    }

    private SyncSpec sync() {
        return TestGitHub.productionSync(github).secretFromCredential("FIRST", TEXT_ID)
                .secretFromCredential("SECOND", FILE_ID);
    }

    @Test
    void shouldReturnEveryOutcomeWithTheMaskedReasonInsteadOfFailing() throws Exception {
        Run<?, ?> run = JobKind.PIPELINE.run(j, sync().failOnError(false).detailedResult(), Result.SUCCESS);

        j.assertLogContains(JobKind.RESULT_PREFIX + "[FIRST:[outcome:created, drifted:false], SECOND:[outcome:failed,"
                + " drifted:false, reason:", run);
        j.assertLogContains("Resource not accessible by integration near ****", run);
        j.assertLogContains(PRODUCTION_LOG + "secret SECOND failed:", run);
        j.assertLogContains("failOnError is false, so the build goes on; these were not published:", run);
        j.assertLogContains("acme/web environment 'production' secret SECOND:", run);
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "FIRST")).contains(TEXT);
        assertThat(RecordedOutcomes.of(run)).containsExactly("FIRST created", "SECOND failed");
        Leaks.assertNoSecretIn(run);
    }

    @Test
    void shouldReturnTheFailedLabelWithoutDetails() throws Exception {
        Run<?, ?> run = JobKind.PIPELINE.run(j, sync().failOnError(false), Result.SUCCESS);

        j.assertLogContains(JobKind.RESULT_PREFIX + "[FIRST:created, SECOND:failed]", run);
        Leaks.assertNoSecretIn(run);
    }

    /** The script decides: here it marks the build unstable, as the help's example does. */
    @Test
    void shouldLetTheScriptActOnAFailedItem() throws Exception {
        String script = "def result = githubEnvironmentSecret repository: 'acme/web', environment: 'production',"
                + " credentialsId: '" + TestCredentials.TOKEN_ID + "', apiUrl: '" + github.apiUrl() + "',"
                + " failOnError: false, detailedResult: true,"
                + " secrets: [[name: 'FIRST', credentialsId: '" + TEXT_ID + "'],"
                + " [name: 'SECOND', credentialsId: '" + FILE_ID + "']]\n"
                + "if (result.SECOND.outcome == 'failed') { unstable \"SECOND: ${result.SECOND.reason}\" }\n";
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(script, true));

        Run<?, ?> run = j.buildAndAssertStatus(Result.UNSTABLE, job);

        j.assertLogContains("SECOND: ", run);
        j.assertLogContains("Resource not accessible by integration near ****", run);
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldFailTheBuildByDefault(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync(), Result.FAILURE);

        j.assertLogContains("Some secrets or variables were not published:", run);
        j.assertLogContains("Resource not accessible by integration near ****", run);
        assertThat(RecordedOutcomes.of(run)).containsExactly("FIRST created", "SECOND failed");
        Leaks.assertNoSecretIn(run);
    }

    @Test
    void shouldStillFailARequestThatIsNotValid() throws Exception {
        Run<?, ?> run = JobKind.PIPELINE.run(j, sync().secretFromCredential("MISSING", "no-such-credential")
                .failOnError(false), Result.FAILURE);

        j.assertLogContains("Secret MISSING: credential 'no-such-credential' was not found", run);
        assertThat(github.requestCount()).isZero();
    }
}
