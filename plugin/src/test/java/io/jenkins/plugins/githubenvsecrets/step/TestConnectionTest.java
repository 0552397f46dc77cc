package io.jenkins.plugins.githubenvsecrets.step;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN_ID;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.OWNER;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPOSITORY;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.model.FreeStyleProject;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.githubenvsecrets.Leaks;
import io.jenkins.plugins.githubenvsecrets.TestCredentials;
import io.jenkins.plugins.githubenvsecrets.TestGitHub;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FineGrainedPermission;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Grant;
import io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Test connection for each scope, from the steps' and the scopes' descriptors alike: the engine's check reads what
 * the scope needs (an environment, a key of the chosen application, the variables, the selected repositories), each
 * request once, and says what it found; a token without variable permissions is warned, not refused; nothing is
 * written, and neither the token nor its echo shows.
 */
@WithJenkins
class TestConnectionTest {
    private static final String SECRETS_ONLY = "ghp_SecretsOnlyFineGrained7d21c0";
    private static final String SECRETS_ONLY_ID = "secrets-only";

    private JenkinsRule j;
    private GitHubFake github;
    private FreeStyleProject job;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        github = TestGitHub.start().addOrganization(OWNER, 7).addRepository(OWNER, "api", 4243)
                .addFineGrainedToken(SECRETS_ONLY, Grant.read(FineGrainedPermission.ENVIRONMENTS),
                        Grant.read(FineGrainedPermission.DEPENDABOT_SECRETS));
        TestCredentials.addAll();
        TestCredentials.add(new StringCredentialsImpl(CredentialsScope.GLOBAL, SECRETS_ONLY_ID, "secrets only",
                Secret.fromString(SECRETS_ONLY)));
        job = j.createFreeStyleProject();
    }

    @AfterEach
    void tearDown() {
        github.close();
    }

    @Test
    void shouldReadAnEnvironmentsKeyAndVariables() throws Exception {
        var step = j.jenkins.getDescriptorByType(GitHubEnvironmentSecretStep.DescriptorImpl.class);

        FormValidation tested = step.doTestConnection(job, REPOSITORY, PRODUCTION, github.apiUrl(), TOKEN_ID);

        assertThat(tested.kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(tested.renderHtml()).contains("may read its public key", "may read its 0 variables");
        assertThat(github.mutatingRequestCount()).isZero();
    }

    @Test
    void shouldWarnOfAMissingEnvironmentOnce() throws Exception {
        var scope = j.jenkins.getDescriptorByType(EnvironmentScope.DescriptorImpl.class);

        FormValidation tested = scope.doTestConnection(job, REPOSITORY, "staging", github.apiUrl(), TOKEN_ID);

        assertThat(tested.kind).isEqualTo(FormValidation.Kind.WARNING);
        String html = tested.renderHtml();
        assertThat(html).contains("Environment &#039;staging&#039; does not exist in acme/web", "createEnvironment");
        assertThat(html.indexOf("does not exist")).isEqualTo(html.lastIndexOf("does not exist"));
    }

    /** A token that may read secrets but not variables: the secrets' finding holds, the variables' is a warning. */
    @Test
    void shouldWarnNotRefuseWhenOnlyVariablesAreOutOfReach() throws Exception {
        github.addFineGrainedToken(SECRETS_ONLY, Grant.read(FineGrainedPermission.SECRETS));

        FormValidation tested = j.jenkins.getDescriptorByType(RepositoryScope.DescriptorImpl.class)
                .doTestConnection(job, REPOSITORY, "actions", github.apiUrl(), SECRETS_ONLY_ID);

        assertThat(tested.kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(tested.renderHtml()).contains("may read its public key",
                "For variables only, which a sync without variables does not need");
    }

    @Test
    void shouldCheckTheKeyOfTheChosenApplication() throws Exception {
        var step = j.jenkins.getDescriptorByType(GitHubRepositorySecretStep.DescriptorImpl.class);

        FormValidation dependabot = step.doTestConnection(job, REPOSITORY, "dependabot", github.apiUrl(),
                SECRETS_ONLY_ID);

        assertThat(dependabot.kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(dependabot.renderHtml()).contains("Repository acme/web (Dependabot): the token may read its"
                + " public key", "Dependabot secrets: write");
        assertThat(github.requests("GET")).anySatisfy(get -> assertThat(get.path())
                .isEqualTo("/repos/acme/web/dependabot/secrets/public-key"));
    }

    @Test
    void shouldCheckAnOrganizationAndItsSelectedRepositories() throws Exception {
        var step = j.jenkins.getDescriptorByType(GitHubOrganizationSecretStep.DescriptorImpl.class);

        FormValidation tested = step.doTestConnection(job, OWNER, "", "web\napi", "actions", github.apiUrl(),
                TOKEN_ID);
        FormValidation unknown = j.jenkins.getDescriptorByType(OrganizationScope.DescriptorImpl.class)
                .doTestConnection(job, OWNER, "selected", "web\nnope", "", github.apiUrl(), TOKEN_ID);

        assertThat(tested.kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(tested.renderHtml()).contains("Organization acme: the token may read its public key",
                "All 2 selected repositories exist");
        assertThat(unknown.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(unknown.renderHtml()).contains("nope");
    }

    @Test
    void shouldRefuseAFormThatIsNotValidBeforeAnyRequest() throws Exception {
        var step = j.jenkins.getDescriptorByType(GitHubOrganizationSecretStep.DescriptorImpl.class);

        FormValidation tested = step.doTestConnection(job, OWNER, "all", "web", "actions", github.apiUrl(),
                TOKEN_ID);

        assertThat(tested.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(tested.renderHtml()).contains("they go only with visibility &#039;selected&#039;");
        assertThat(github.requestCount()).isZero();
    }

    @Test
    void shouldNameTheCredentialWhoseTokenMayNotReadTheKey() throws Exception {
        var step = j.jenkins.getDescriptorByType(GitHubRepositorySecretStep.DescriptorImpl.class);

        FormValidation tested = step.doTestConnection(job, REPOSITORY, "actions", github.apiUrl(), SECRETS_ONLY_ID);

        assertThat(tested.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(tested.getMessage()).contains("HTTP 403. The token of credential &#039;secrets-only&#039; may not"
                + " do this.", "&#039;Secrets: write&#039;");
        Leaks.assertNoSecretIn(tested.renderHtml());
    }

    /** A person waits: one attempt, however the server answers, and its echo of the token is masked. */
    @Test
    void shouldTryOnceAndShowNoEchoOfTheToken() throws Exception {
        github.echoNext(3, RequestMatchers.request("GET", ".*/public-key"), 502, "text/plain",
                echo -> "bad gateway for " + echo.authorization());
        var step = j.jenkins.getDescriptorByType(GitHubRepositorySecretStep.DescriptorImpl.class);

        FormValidation tested = step.doTestConnection(job, REPOSITORY, "", github.apiUrl(), TOKEN_ID);

        assertThat(tested.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(github.requests("GET")).filteredOn(get -> get.path().endsWith("/public-key")).hasSize(1);
        Leaks.assertNoSecretIn(tested.renderHtml());
    }
}
