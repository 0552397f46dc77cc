package io.jenkins.plugins.githubenvsecrets.config;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN_AS_PASSWORD_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.security.AccessDeniedException3;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.githubenvsecrets.TestCredentials;
import io.jenkins.plugins.githubenvsecrets.credentials.SecretSource;
import io.jenkins.plugins.githubenvsecrets.step.EnvironmentScope;
import io.jenkins.plugins.githubenvsecrets.step.GitHubEnvironmentSecretStep;
import io.jenkins.plugins.githubenvsecrets.step.GitHubOrganizationSecretStep;
import io.jenkins.plugins.githubenvsecrets.step.GitHubRepositorySecretStep;
import io.jenkins.plugins.githubenvsecrets.step.GitHubSecretBuilder;
import io.jenkins.plugins.githubenvsecrets.step.OrganizationScope;
import io.jenkins.plugins.githubenvsecrets.step.VariableSource;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The form methods answer only users who may configure the job (or administer Jenkins, outside a job): others get no
 * credential list, no validation, and no connection test. And they answer POST only.
 */
@WithJenkins
class FormPermissionTest {
    private static final String SCOPE_URL = "descriptorByName/" + EnvironmentScope.class.getName();

    private JenkinsRule j;
    private FreeStyleProject job;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE).everywhere().to("configurer")
                .grant(Jenkins.ADMINISTER).everywhere().to("admin"));
        job = j.createFreeStyleProject("job");
        TestCredentials.addAll();
    }

    @Test
    void shouldListCredentialsOnlyToUsersWhoMayConfigure() throws Exception {
        var builder = j.jenkins.getDescriptorByType(GitHubSecretBuilder.DescriptorImpl.class);
        var secret = j.jenkins.getDescriptorByType(SecretSource.DescriptorImpl.class);

        assertThat(values(as("reader", () -> builder.doFillCredentialsIdItems(job, "", "")))).containsExactly("");
        assertThat(values(as("reader", () -> secret.doFillCredentialsIdItems(job, TEXT_ID))))
                .containsExactly(TEXT_ID);
        assertThat(values(as("configurer", () -> builder.doFillCredentialsIdItems(job, "", ""))))
                .contains("", TOKEN_ID, TOKEN_AS_PASSWORD_ID);
        assertThat(values(as("configurer", () -> secret.doFillCredentialsIdItems(job, ""))))
                .contains(TEXT_ID, TestCredentials.FILE_ID, TestCredentials.USER_PASSWORD_ID,
                        TestCredentials.SSH_KEY_ID);
    }

    @Test
    void shouldValidateOnlyForUsersWhoMayConfigure() throws Exception {
        var step = j.jenkins.getDescriptorByType(GitHubEnvironmentSecretStep.DescriptorImpl.class);
        var secret = j.jenkins.getDescriptorByType(SecretSource.DescriptorImpl.class);

        assertThat(as("reader", () -> step.doCheckRepository(job, "not a repository")).kind)
                .isEqualTo(FormValidation.Kind.OK);
        assertThat(as("configurer", () -> step.doCheckRepository(job, "not a repository")).kind)
                .isEqualTo(FormValidation.Kind.ERROR);
        assertThat(as("reader", () -> secret.doCheckName(job, "GITHUB_TOKEN")).kind)
                .isEqualTo(FormValidation.Kind.OK);
        assertThat(as("configurer", () -> secret.doCheckName(job, "GITHUB_TOKEN")).renderHtml())
                .contains("reserved by GitHub");
        assertThat(as("configurer", () -> step.doCheckApiUrl(job, "http://github.example.com")).renderHtml())
                .contains("must use https");
    }

    /** The fields of the repository and organization scopes and of variables, in the steps' and scopes' forms. */
    @Test
    void shouldAnswerTheScopeAndVariableFieldsOnlyToUsersWhoMayConfigure() throws Exception {
        var repositoryStep = j.jenkins.getDescriptorByType(GitHubRepositorySecretStep.DescriptorImpl.class);
        var organizationStep = j.jenkins.getDescriptorByType(GitHubOrganizationSecretStep.DescriptorImpl.class);
        var organizationScope = j.jenkins.getDescriptorByType(OrganizationScope.DescriptorImpl.class);
        var variable = j.jenkins.getDescriptorByType(VariableSource.DescriptorImpl.class);

        assertThat(values(as("reader", () -> repositoryStep.doFillApplicationItems(job, "dependabot"))))
                .containsExactly("dependabot");
        assertThat(values(as("configurer", () -> repositoryStep.doFillApplicationItems(job, "dependabot"))))
                .containsExactly("actions", "dependabot", "codespaces");
        assertThat(values(as("reader", () -> organizationScope.doFillVisibilityItems(job, "")))).isEmpty();
        assertThat(values(as("configurer", () -> organizationStep.doFillVisibilityItems(job, ""))))
                .containsExactly("", "all", "private", "selected");
        assertThat(as("reader", () -> organizationStep.doCheckOrganization(job, "-acme")).kind)
                .isEqualTo(FormValidation.Kind.OK);
        assertThat(as("configurer", () -> organizationScope.doCheckOrganization(job, "-acme")).kind)
                .isEqualTo(FormValidation.Kind.ERROR);
        assertThat(as("reader", () -> variable.doCheckName(job, "GITHUB_REGION")).kind)
                .isEqualTo(FormValidation.Kind.OK);
        assertThat(as("configurer", () -> variable.doCheckName(job, "GITHUB_REGION")).renderHtml())
                .contains("Variable name", "reserved by GitHub");
        assertThatThrownBy(() -> as("reader", () -> organizationStep.doTestConnection(job, "acme", "", "", "",
                "", TOKEN_ID))).isInstanceOf(AccessDeniedException3.class);
        assertThatThrownBy(() -> as("reader", () -> repositoryStep.doTestConnection(job, "acme/web", "", "",
                TOKEN_ID))).isInstanceOf(AccessDeniedException3.class);
    }

    @Test
    void shouldWarnAboutAServerBuildsWouldRefuse() throws Exception {
        var step = j.jenkins.getDescriptorByType(GitHubEnvironmentSecretStep.DescriptorImpl.class);
        String ghe = "https://ghe.example.com/api/v3";

        FormValidation refused = as("configurer", () -> step.doCheckApiUrl(job, ghe));
        assertThat(refused.kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(refused.renderHtml()).contains("ghe.example.com", "Allowed GitHub servers");
        assertThat(as("configurer", () -> step.doCheckApiUrl(job, "https://api.github.com")).kind)
                .isEqualTo(FormValidation.Kind.OK);

        GitHubEnvironmentSecretsConfiguration.get().setAllowedServers(List.of(new AllowedGitHubServer(ghe)));

        assertThat(as("configurer", () -> step.doCheckApiUrl(job, ghe)).kind).isEqualTo(FormValidation.Kind.OK);
    }

    /** A repository URL names its server too, and a build takes the server from it. */
    @Test
    void shouldWarnAboutARepositoryOnAServerBuildsWouldRefuse() throws Exception {
        var step = j.jenkins.getDescriptorByType(GitHubEnvironmentSecretStep.DescriptorImpl.class);
        var scope = j.jenkins.getDescriptorByType(EnvironmentScope.DescriptorImpl.class);
        String onGhe = "https://ghe.example.com/acme/web";

        for (FormValidation refused : List.of(as("configurer", () -> step.doCheckRepository(job, onGhe)),
                as("configurer", () -> scope.doCheckRepository(job, "git@ghe.example.com:acme/web.git")))) {
            assertThat(refused.kind).isEqualTo(FormValidation.Kind.WARNING);
            assertThat(refused.renderHtml()).contains("Builds will refuse ghe.example.com", "Allowed GitHub servers");
        }
        assertThat(as("configurer", () -> step.doCheckRepository(job, "https://github.com/acme/web")).kind)
                .isEqualTo(FormValidation.Kind.OK);
        assertThat(as("configurer", () -> step.doCheckRepository(job, "acme/web")).kind)
                .isEqualTo(FormValidation.Kind.OK);
        assertThat(as("reader", () -> step.doCheckRepository(job, onGhe)).kind).isEqualTo(FormValidation.Kind.OK);

        GitHubEnvironmentSecretsConfiguration.get().setAllowedServers(
                List.of(new AllowedGitHubServer("https://ghe.example.com/api/v3")));

        assertThat(as("configurer", () -> step.doCheckRepository(job, onGhe)).kind)
                .isEqualTo(FormValidation.Kind.OK);
    }

    @Test
    void shouldRefuseTheConnectionTestToUsersWhoCannotConfigure() throws Exception {
        var scope = j.jenkins.getDescriptorByType(EnvironmentScope.DescriptorImpl.class);

        assertThatThrownBy(() -> as("reader", () -> scope.doTestConnection(job, "acme/web", "production", "",
                TOKEN_ID))).isInstanceOf(AccessDeniedException3.class);
        assertThatThrownBy(() -> as("configurer", () -> scope.doTestConnection(null, "acme/web", "production",
                "", TOKEN_ID))).isInstanceOf(AccessDeniedException3.class);
    }

    @Test
    void shouldAnswerOverHttpOnlyToPostFromAllowedUsers() throws Exception {
        j.jenkins.setCrumbIssuer(null);

        assertThat(post("reader", "testConnection", "repository", "acme/web", "environment", "production",
                "credentialsId", TOKEN_ID).getWebResponse().getStatusCode()).isEqualTo(403);
        Page check = post("configurer", "checkRepository", "value", "not a repository");
        assertThat(check.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(check.getWebResponse().getContentAsString()).contains("not of the form owner/name");

        JenkinsRule.WebClient web = j.createWebClient().login("configurer");
        web.setThrowExceptionOnFailingStatusCode(false);
        Page get = web.goTo(job.getUrl() + SCOPE_URL + "/checkRepository?value=acme/web", null);
        assertThat(get.getWebResponse().getStatusCode()).isIn(404, 405);
    }

    @Test
    void shouldCheckGlobalDefaultsOnlyForAdministrators() throws Exception {
        GitHubEnvironmentSecretsConfiguration configuration = GitHubEnvironmentSecretsConfiguration.get();

        assertThat(as("configurer", () -> configuration.doCheckApiUrl("http://github.example.com")).kind)
                .isEqualTo(FormValidation.Kind.OK);
        assertThat(as("admin", () -> configuration.doCheckApiUrl("http://github.example.com")).kind)
                .isEqualTo(FormValidation.Kind.ERROR);
        assertThat(values(as("configurer", () -> configuration.doFillCredentialsIdItems("", "")))).containsExactly("");
        assertThat(values(as("admin", () -> configuration.doFillCredentialsIdItems("", "")))).contains(TOKEN_ID);
    }

    private Page post(String user, String method, String... parameters) throws Exception {
        JenkinsRule.WebClient web = j.createWebClient().login(user);
        web.setThrowExceptionOnFailingStatusCode(false);
        WebRequest request = new WebRequest(new URL(j.getURL(), job.getUrl() + SCOPE_URL + "/" + method),
                HttpMethod.POST);
        List<NameValuePair> pairs = new ArrayList<>();
        for (int i = 0; i < parameters.length; i += 2) {
            pairs.add(new NameValuePair(parameters[i], parameters[i + 1]));
        }
        request.setRequestParameters(pairs);
        return web.getPage(request);
    }

    @SuppressWarnings("try") // the context is what the block runs in; it is not used by name
    private static <T> T as(String user, Callable<T> call) throws Exception {
        try (ACLContext ignored = ACL.as2(User.getById(user, true).impersonate2())) {
            return call.call();
        }
    }

    private static List<String> values(ListBoxModel model) {
        return model.stream().map(option -> option.value).toList();
    }
}
