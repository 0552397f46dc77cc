package io.jenkins.plugins.githubenvsecrets.step;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.FILE;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.FILE_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN_ID;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.OWNER;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPO;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPOSITORY;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.githubenvsecrets.JobKind;
import io.jenkins.plugins.githubenvsecrets.Leaks;
import io.jenkins.plugins.githubenvsecrets.RecordedOutcomes;
import io.jenkins.plugins.githubenvsecrets.SyncSpec;
import io.jenkins.plugins.githubenvsecrets.TestCredentials;
import io.jenkins.plugins.githubenvsecrets.TestGitHub;
import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TargetView;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code githubRepositorySecret} and the freestyle build step's repository scope, against the GitHub fake: what the
 * repository holds (secrets decrypted with the key of their application, variables as stored), what the log and the
 * build say, and that no secret shows.
 */
@WithJenkins
class RepositorySecretTest {
    private static final RepositoryCoordinates WEB = RepositoryCoordinates.parse(REPOSITORY);

    private JenkinsRule j;
    private GitHubFake github;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        github = TestGitHub.start().addRepository(OWNER, "api", 4243);
        TestCredentials.addAll();
    }

    @AfterEach
    void tearDown() {
        github.close();
    }

    private SyncSpec sync() {
        return SyncSpec.ofRepository(REPOSITORY).credentialsId(TOKEN_ID).apiUrl(github.apiUrl());
    }

    private TargetView repository(String name, Application application) {
        return github.target(new RepositoryTarget(new RepositoryCoordinates(OWNER, name), application));
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldPublishActionsSecretsAndVariablesOfTheRepository(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().secretFromCredential("TEXT", TEXT_ID).secretFromCredential("FILE", FILE_ID)
                .variable("REGION", "eu-west-1"), Result.SUCCESS);

        TargetView actions = repository(REPO, Application.ACTIONS);
        assertThat(actions.valueOf("TEXT")).as("TEXT as GitHub decrypts it").contains(TEXT);
        assertThat(actions.valueOf("FILE")).as("FILE as GitHub decrypts it").contains(FILE);
        assertThat(actions.variableValue("REGION")).contains("eu-west-1");
        j.assertLogContains("repository acme/web: secret TEXT created", run);
        j.assertLogContains("repository acme/web: variable REGION created", run);
        j.assertLogContains("done: secrets: 2 created; variables: 1 created", run);
        assertThat(RecordedOutcomes.of(run)).containsExactly("TEXT created", "FILE created",
                "variable REGION created");
        if (kind == JobKind.PIPELINE) {
            j.assertLogContains(JobKind.RESULT_PREFIX
                    + "[secrets:[TEXT:created, FILE:created], variables:[REGION:created]]", run);
        }
        Leaks.assertNoSecretIn(run);
        github.assertNoProtocolViolations();
    }

    /** Dependabot keeps its own secrets under its own key: Actions' secrets stay as they were. */
    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldPublishDependabotSecretsWithDependabotsKey(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().application("dependabot").secretFromCredential("NPM_TOKEN", TEXT_ID),
                Result.SUCCESS);

        assertThat(repository(REPO, Application.DEPENDABOT).valueOf("NPM_TOKEN")).contains(TEXT);
        assertThat(repository(REPO, Application.ACTIONS).secretNames()).isEmpty();
        assertThat(github.requests("PUT")).singleElement().satisfies(put -> assertThat(put.path())
                .isEqualTo("/repos/acme/web/dependabot/secrets/NPM_TOKEN"));
        j.assertLogContains("repository acme/web (Dependabot): secret NPM_TOKEN created", run);
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldRefuseVariablesForDependabotBeforeSendingAnything(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().application("dependabot").secretFromCredential("NPM_TOKEN", TEXT_ID)
                .variable("REGION", "eu-west-1"), Result.FAILURE);

        j.assertLogContains("Dependabot has no variables", run);
        assertThat(github.requestCount()).isZero();
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldRefuseAnApplicationGitHubDoesNotKnow(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().application("pages").secretFromCredential("TEXT", TEXT_ID),
                Result.FAILURE);

        j.assertLogContains("Application 'pages' is not known: use actions, dependabot, codespaces", run);
        assertThat(github.requestCount()).isZero();
    }

    /** The result is keyed by repository, and each repository is written even when another fails. */
    @Test
    void shouldPublishToSeveralRepositoriesAndReturnOutcomesByRepository() throws Exception {
        github.failNext(1, put -> "PUT".equals(put.method()) && put.path().startsWith("/repos/acme/api/"), 403);

        Run<?, ?> run = JobKind.PIPELINE.run(j, SyncSpec.ofRepositories(REPOSITORY, "acme/api")
                .credentialsId(TOKEN_ID).apiUrl(github.apiUrl()).secretFromCredential("TEXT", TEXT_ID)
                .failOnError(false), Result.SUCCESS);

        assertThat(repository(REPO, Application.ACTIONS).valueOf("TEXT")).contains(TEXT);
        assertThat(repository("api", Application.ACTIONS).valueOf("TEXT")).isEmpty();
        j.assertLogContains(JobKind.RESULT_PREFIX + "[acme/web:[TEXT:created], acme/api:[TEXT:failed]]", run);
        Leaks.assertNoSecretIn(run);
    }

    @Test
    void shouldRefuseRepositoryTogetherWithRepositories() throws Exception {
        Run<?, ?> run = JobKind.PIPELINE.run(j, sync().alsoRepositories("acme/api")
                .secretFromCredential("TEXT", TEXT_ID), Result.FAILURE);

        j.assertLogContains("Give repository or repositories, not both", run);
        assertThat(github.requestCount()).isZero();
    }

    @Test
    void shouldRoundTripThroughTheSnippetGenerator() throws Exception {
        GitHubSecretStep step = SyncSpec.ofRepositories(REPOSITORY, "acme/api").application("dependabot")
                .credentialsId(TOKEN_ID).secretFromCredential("NPM_TOKEN", TEXT_ID).prune().step();

        new SnippetizerTester(j).assertRoundTrip(step, "githubRepositorySecret application: 'dependabot',"
                + " credentialsId: 'github-token', prune: true, repositories: ['acme/web', 'acme/api'],"
                + " secrets: [[credentialsId: 'api-key', name: 'NPM_TOKEN']]");
    }

    @Test
    void shouldRoundTripVariablesAndTheResultOptionsThroughTheSnippetGenerator() throws Exception {
        GitHubSecretStep step = sync().apiUrl(null).variable("REGION", "eu-west-1").variableFromEnv("TAG", "BUILD_TAG")
                .detailedResult().failOnError(false).step();

        new SnippetizerTester(j).assertRoundTrip(step, "githubRepositorySecret credentialsId: 'github-token',"
                + " detailedResult: true, failOnError: false, repository: 'acme/web',"
                + " variables: [[name: 'REGION', value: 'eu-west-1'], [fromEnv: 'BUILD_TAG', name: 'TAG']]");
    }
}
