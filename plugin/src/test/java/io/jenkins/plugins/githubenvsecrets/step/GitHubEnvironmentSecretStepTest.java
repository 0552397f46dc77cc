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

/**
 * What only the Pipeline step does: several environments and repositories, its result's shape, its snippet. What the
 * freestyle build step does too is in the tests run as both.
 */
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
                .addEnvironment("acme", "web", "production")
                .addRepository("acme", "api", 4243)
                .addEnvironment("acme", "api", "staging")
                .addEnvironment("acme", "api", "production"));
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

    /** Keyed by repository, then environment; each repository is written even when another one fails. */
    @Test
    void shouldPublishToEnvironmentsOfSeveralRepositoriesAndReturnOutcomesByRepository() throws Exception {
        github.failNext(1, put -> "PUT".equals(put.method())
                && put.path().equals("/repos/acme/api/environments/production/secrets/API_KEY"), 403);

        Run<?, ?> run = JobKind.PIPELINE.run(j, SyncSpec.ofEnvironmentsOf("acme/web", "acme/api")
                .environments("staging", "production").credentialsId(TOKEN_ID).apiUrl(github.apiUrl())
                .secretFromCredential("API_KEY", TEXT_ID).failOnError(false), Result.SUCCESS);

        assertThat(github.valueOf("acme", "web", "production", "API_KEY")).contains(TEXT);
        assertThat(github.valueOf("acme", "api", "staging", "API_KEY")).contains(TEXT);
        assertThat(github.valueOf("acme", "api", "production", "API_KEY")).isEmpty();
        j.assertLogContains(JobKind.RESULT_PREFIX + "[acme/web:[staging:[API_KEY:created], production:[API_KEY:"
                + "created]], acme/api:[staging:[API_KEY:created], production:[API_KEY:failed]]]", run);
        j.assertLogContains("environment(s) 'staging', 'production' of acme/web, acme/api", run);
        Leaks.assertNoSecretIn(run);
    }

    @Test
    void shouldSplitTheResultByKindWhenTheStepListsVariables() throws Exception {
        Run<?, ?> run = JobKind.PIPELINE.run(j, new SyncSpec("acme/web").environments("staging")
                .credentialsId(TOKEN_ID).apiUrl(github.apiUrl()).secretFromCredential("API_KEY", TEXT_ID)
                .variable("REGION", "eu-west-1"), Result.SUCCESS);

        j.assertLogContains(JobKind.RESULT_PREFIX
                + "[staging:[secrets:[API_KEY:created], variables:[REGION:created]]]", run);
        Leaks.assertNoSecretIn(run);
    }

    @Test
    void shouldRefuseRepositoryTogetherWithRepositories() throws Exception {
        SyncSpec spec = new SyncSpec("acme/web").alsoRepositories("acme/api").environment("staging")
                .credentialsId(TOKEN_ID).apiUrl(github.apiUrl()).secretFromCredential("API_KEY", TEXT_ID);

        Run<?, ?> run = JobKind.PIPELINE.run(j, spec, Result.FAILURE);

        j.assertLogContains("Give repository or repositories, not both", run);
        assertThat(github.requestCount()).isZero();
    }

    @Test
    void shouldRoundTripRepositoriesAndVariablesThroughTheSnippetGenerator() throws Exception {
        GitHubSecretStep step = SyncSpec.ofEnvironmentsOf("acme/web", "acme/api").environment("production")
                .variable("REGION", "eu-west-1").variableFromEnv("TAG", "BUILD_TAG").failOnError(false).step();

        new SnippetizerTester(j).assertRoundTrip(step, "githubEnvironmentSecret environment: 'production',"
                + " failOnError: false, repositories: ['acme/web', 'acme/api'],"
                + " variables: [[name: 'REGION', value: 'eu-west-1'], [fromEnv: 'BUILD_TAG', name: 'TAG']]");
    }
}
