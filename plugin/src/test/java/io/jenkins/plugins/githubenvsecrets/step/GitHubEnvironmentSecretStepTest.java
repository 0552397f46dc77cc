package io.jenkins.plugins.githubenvsecrets.step;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN_ID;
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
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** What only the pipeline step does: several environments, its result's shape, its snippet. */
@WithJenkins
class GitHubEnvironmentSecretStepTest {
    private JenkinsRule j;
    private GitHubFake github;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        github = TestGitHub.allow(GitHubFake.start()
                .addToken(TOKEN, Permission.WRITE)
                .addRepository("acme", "web", 4242)
                .addEnvironment("acme", "web", "staging")
                .addEnvironment("acme", "web", "production"));
        TestCredentials.addAll();
    }

    @AfterEach
    void tearDown() {
        github.close();
    }

    @Test
    void shouldPublishToSeveralEnvironmentsAndReturnOutcomesByEnvironment() throws Exception {
        Run<?, ?> run = JobKind.PIPELINE.run(j, new SyncSpec("acme/web").environments("staging", "production")
                .credentialsId(TOKEN_ID).apiUrl(github.apiUrl()).secretFromCredential("API_KEY", TEXT_ID),
                Result.SUCCESS);

        assertThat(github.valueOf("acme", "web", "staging", "API_KEY")).contains(TEXT);
        assertThat(github.valueOf("acme", "web", "production", "API_KEY")).contains(TEXT);
        j.assertLogContains(JobKind.RESULT_PREFIX + "[staging:[API_KEY:created], production:[API_KEY:created]]", run);
        assertThat(RecordedOutcomes.of(run)).containsExactly("API_KEY created", "API_KEY created");
        Leaks.assertNoSecretIn(run);
    }

    @Test
    void shouldRefuseEnvironmentTogetherWithEnvironments() throws Exception {
        SyncSpec spec = new SyncSpec("acme/web").environment("staging").environments("production")
                .credentialsId(TOKEN_ID).apiUrl(github.apiUrl()).secretFromCredential("API_KEY", TEXT_ID);

        Run<?, ?> run = JobKind.PIPELINE.run(j, spec, Result.FAILURE);

        j.assertLogContains("Give environment or environments, not both", run);
        assertThat(github.requestCount()).isZero();
    }

    @Test
    void shouldRecordEachSyncOfOneBuild() throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(syncTo("staging") + syncTo("production"), true));

        Run<?, ?> run = j.buildAndAssertSuccess(job);

        List<SyncRecord> syncs = run.getAction(SecretSyncAction.class).getSyncs();
        assertThat(syncs).extracting(sync -> sync.getTargets().get(0).getEnvironment())
                .containsExactly("staging", "production");
        assertThat(run.getActions(SecretSyncAction.class)).hasSize(1);
    }

    private String syncTo(String environment) {
        return "githubEnvironmentSecret repository: 'acme/web', environment: '" + environment + "', credentialsId: '"
                + TOKEN_ID + "', apiUrl: '" + github.apiUrl() + "', secrets: [[name: 'API_KEY', credentialsId: '"
                + TEXT_ID + "']]\n";
    }

    @Test
    void shouldRoundTripThroughTheSnippetGenerator() throws Exception {
        GitHubSecretStep step = new SyncSpec("acme/web").environment("production")
                .credentialsId(TOKEN_ID).secretFromCredential("API_KEY", TEXT_ID).secretFromEnv("TOKEN", "BOUND")
                .usernameFromCredential("LOGIN", "deploy-login").dryRun().step();

        new SnippetizerTester(j).assertRoundTrip(step, "githubEnvironmentSecret credentialsId: 'github-token',"
                + " dryRun: true, environment: 'production', repository: 'acme/web',"
                + " secrets: [[credentialsId: 'api-key', name: 'API_KEY'], [fromEnv: 'BOUND', name: 'TOKEN'],"
                + " [credentialsId: 'deploy-login', name: 'LOGIN', usernameAsValue: true]]");
    }

    @Test
    void shouldRoundTripEnvironmentsThroughTheSnippetGenerator() throws Exception {
        GitHubSecretStep step = new SyncSpec("acme/web").environments("staging", "production")
                .apiUrl("https://github.example.com/api/v3").prune().createEnvironment().step();

        new SnippetizerTester(j).assertRoundTrip(step, "githubEnvironmentSecret apiUrl:"
                + " 'https://github.example.com/api/v3', createEnvironment: true,"
                + " environments: ['staging', 'production'], prune: true, repository: 'acme/web'");
    }

    @Test
    void shouldRoundTripPruneAllForceAndSyncIdentityThroughTheSnippetGenerator() throws Exception {
        GitHubSecretStep step = new SyncSpec("acme/web").environment("production").pruneAll().force()
                .syncIdentity("team/deploy-web").step();

        new SnippetizerTester(j).assertRoundTrip(step, "githubEnvironmentSecret environment: 'production',"
                + " force: true, pruneAll: true, repository: 'acme/web', syncIdentity: 'team/deploy-web'");
    }
}
