package io.jenkins.plugins.githubenvsecrets.step;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN_ID;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.OWNER;
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
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TargetView;
import java.nio.charset.StandardCharsets;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code githubOrganizationSecret} and the freestyle build step's organization scope, against the GitHub fake: the
 * organization's secrets (decrypted) and variables, which repositories may read them, and that no secret shows.
 */
@WithJenkins
class OrganizationSecretTest {
    private static final long WEB_ID = 4242;
    private static final long API_ID = 4243;

    private JenkinsRule j;
    private GitHubFake github;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        github = TestGitHub.start().addOrganization(OWNER, 7).addRepository(OWNER, "api", API_ID);
        TestCredentials.addAll();
    }

    @AfterEach
    void tearDown() {
        github.close();
    }

    private SyncSpec sync() {
        return SyncSpec.ofOrganization(OWNER).credentialsId(TOKEN_ID).apiUrl(github.apiUrl());
    }

    private TargetView organization(Application application) {
        return github.target(new OrganizationTarget(new OrganizationName(OWNER), application));
    }

    /** Selected repositories by bare name and by owner and name, resolved to their ids; selected is implied. */
    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldPublishForTheSelectedRepositoriesOnly(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().selectedRepositories("web", "acme/api").secretFromCredential("TEXT",
                TEXT_ID).variable("REGION", "eu-west-1"), Result.SUCCESS);

        TargetView actions = organization(Application.ACTIONS);
        assertThat(actions.valueOf("TEXT")).as("TEXT as GitHub decrypts it").contains(TEXT);
        assertThat(actions.visibility(ValueKind.SECRET, "TEXT")).contains(Visibility.SELECTED);
        assertThat(actions.selectedRepositoryIds(ValueKind.SECRET, "TEXT")).containsExactlyInAnyOrder(WEB_ID,
                API_ID);
        assertThat(actions.variableValue("REGION")).contains("eu-west-1");
        assertThat(actions.visibility(ValueKind.VARIABLE, "REGION")).contains(Visibility.SELECTED);
        assertThat(actions.selectedRepositoryIds(ValueKind.VARIABLE, "REGION")).containsExactlyInAnyOrder(WEB_ID,
                API_ID);
        j.assertLogContains("organization acme for Actions, visibility selected (acme/web, acme/api)", run);
        j.assertLogContains("organization acme: secret TEXT created", run);
        j.assertLogContains("organization acme: variable REGION created", run);
        assertThat(RecordedOutcomes.of(run)).containsExactly("TEXT created", "variable REGION created");
        if (kind == JobKind.PIPELINE) {
            j.assertLogContains(JobKind.RESULT_PREFIX + "[secrets:[TEXT:created], variables:[REGION:created]]", run);
        }
        Leaks.assertNoSecretIn(run);
        github.assertNoProtocolViolations();
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldPublishCodespacesSecretsForAllRepositoriesWithCodespacesKey(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().application("codespaces").visibility("all")
                .secretFromCredential("TEXT", TEXT_ID), Result.SUCCESS);

        assertThat(organization(Application.CODESPACES).valueOf("TEXT")).contains(TEXT);
        assertThat(organization(Application.CODESPACES).visibility(ValueKind.SECRET, "TEXT"))
                .contains(Visibility.ALL);
        assertThat(organization(Application.ACTIONS).secretNames()).isEmpty();
        j.assertLogContains("organization acme (Codespaces): secret TEXT created", run);
        Leaks.assertNoSecretIn(run);
    }

    /** A visibility that differs from the one asked for is part of the change: the secret is updated. */
    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldChangeTheVisibilityOfAnExistingSecret(JobKind kind) throws Exception {
        organization(Application.ACTIONS).putSecret("TEXT", TEXT.getBytes(StandardCharsets.UTF_8));

        Run<?, ?> run = kind.run(j, sync().visibility("private").secretFromCredential("TEXT", TEXT_ID),
                Result.SUCCESS);

        assertThat(organization(Application.ACTIONS).visibility(ValueKind.SECRET, "TEXT"))
                .contains(Visibility.PRIVATE);
        j.assertLogContains("organization acme: secret TEXT updated (visibility all -> private)", run);
    }

    /** Each name is resolved before anything is written: one GitHub does not know writes nothing. */
    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldWriteNothingWhenASelectedRepositoryIsUnknown(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().selectedRepositories("web", "nope").secretFromCredential("TEXT", TEXT_ID),
                Result.FAILURE);

        j.assertLogContains("nothing was written", run);
        j.assertLogContains("acme/nope", run);
        assertThat(github.mutatingRequestCount()).as("writes").isZero();
        assertThat(organization(Application.ACTIONS).secretNames()).isEmpty();
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldRefuseSelectedRepositoriesWithAnotherVisibility(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().visibility("all").selectedRepositories("web")
                .secretFromCredential("TEXT", TEXT_ID), Result.FAILURE);

        j.assertLogContains("Selected repositories are given with visibility 'all'", run);
        assertThat(github.requestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldRefuseARepositoryOfAnotherOwner(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().selectedRepositories("other/web").secretFromCredential("TEXT", TEXT_ID),
                Result.FAILURE);

        j.assertLogContains("Selected repository other/web is not one of organization acme's", run);
        assertThat(github.requestCount()).isZero();
    }

    @Test
    void shouldRoundTripThroughTheSnippetGenerator() throws Exception {
        GitHubSecretStep step = SyncSpec.ofOrganization(OWNER).visibility("selected")
                .selectedRepositories("web", "api").application("dependabot").credentialsId(TOKEN_ID)
                .secretFromCredential("NPM_TOKEN", TEXT_ID).dryRun().step();

        new SnippetizerTester(j).assertRoundTrip(step, "githubOrganizationSecret application: 'dependabot',"
                + " credentialsId: 'github-token', dryRun: true, organization: 'acme',"
                + " secrets: [[credentialsId: 'api-key', name: 'NPM_TOKEN']], selectedRepositories: ['web', 'api'],"
                + " visibility: 'selected'");
    }
}
