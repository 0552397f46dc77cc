package io.jenkins.plugins.githubenvsecrets.step;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.Result;
import hudson.model.StringParameterDefinition;
import hudson.util.FormValidation;
import io.jenkins.plugins.githubenvsecrets.Leaks;
import io.jenkins.plugins.githubenvsecrets.SyncSpec;
import io.jenkins.plugins.githubenvsecrets.TestCredentials;
import io.jenkins.plugins.githubenvsecrets.TestGitHub;
import io.jenkins.plugins.githubenvsecrets.credentials.SecretSource;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import java.nio.file.Files;
import java.util.List;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * What only the freestyle build step does: its form with a choice of scope, build parameters (in the environment
 * only), and the build page.
 */
@WithJenkins
class GitHubSecretBuilderTest {
    @Test
    void shouldKeepEveryFieldOfAnEnvironmentThroughTheConfigurationForm(JenkinsRule j) throws Exception {
        TestCredentials.addAll();
        GitHubSecretBuilder before = new SyncSpec("acme/web").environment("production")
                .credentialsId(TOKEN_ID).apiUrl("https://github.example.com/api/v3")
                .secretFromCredential("API_KEY", TEXT_ID).secretFromEnv("FROM_ENV", "SOME_VARIABLE")
                .usernameFromCredential("LOGIN", "deploy-login").variable("REGION", "eu-west-1")
                .variableFromEnv("TAG", "BUILD_TAG").createEnvironment().prune().pruneAll().force()
                .syncIdentity("team/deploy-web").dryRun().failOnDrift().builder();

        GitHubSecretBuilder after = j.configRoundtrip(before);

        j.assertEqualDataBoundBeans(before, after);
        assertThat(after.getScope()).isInstanceOf(EnvironmentScope.class);
        assertThat(((EnvironmentScope) after.getScope()).isCreateEnvironment()).isTrue();
        assertThat(after.getSecrets()).extracting(SecretSource::getName).containsExactly("API_KEY", "FROM_ENV",
                "LOGIN");
        assertThat(after.getVariables()).extracting(VariableSource::getName, VariableSource::getValue,
                VariableSource::getFromEnv).containsExactly(tuple("REGION", "eu-west-1", ""),
                        tuple("TAG", "", "BUILD_TAG"));
        assertThat(after.isPruneAll()).isTrue();
        assertThat(after.isForce()).isTrue();
        assertThat(after.getSyncIdentity()).isEqualTo("team/deploy-web");
    }

    @Test
    void shouldKeepARepositoryAndItsApplicationThroughTheConfigurationForm(JenkinsRule j) throws Exception {
        GitHubSecretBuilder before = SyncSpec.ofRepository("acme/web").application("dependabot")
                .credentialsId(TOKEN_ID).secretFromCredential("NPM_TOKEN", TEXT_ID).builder();

        GitHubSecretBuilder after = j.configRoundtrip(before);

        j.assertEqualDataBoundBeans(before, after);
        RepositoryScope scope = (RepositoryScope) after.getScope();
        assertThat(scope.getRepository()).isEqualTo("acme/web");
        assertThat(scope.getApplication()).isEqualTo("dependabot");
    }

    /** The selected repositories go through a text area, a name per line, and come back as the list they were. */
    @Test
    void shouldKeepAnOrganizationItsVisibilityAndItsSelectedRepositoriesThroughTheConfigurationForm(JenkinsRule j)
            throws Exception {
        GitHubSecretBuilder before = SyncSpec.ofOrganization("acme").visibility("selected")
                .selectedRepositories("web", "acme/api").application("codespaces").credentialsId(TOKEN_ID)
                .secretFromCredential("DEPLOY_KEY", TEXT_ID).builder();

        GitHubSecretBuilder after = j.configRoundtrip(before);

        j.assertEqualDataBoundBeans(before, after);
        OrganizationScope scope = (OrganizationScope) after.getScope();
        assertThat(scope.getOrganization()).isEqualTo("acme");
        assertThat(scope.getVisibility()).isEqualTo("selected");
        assertThat(scope.getSelectedRepositories()).containsExactly("web", "acme/api");
        assertThat(scope.getApplication()).isEqualTo("codespaces");
    }

    @Test
    void shouldKeepAnOrganizationWithoutSelectedRepositoriesThroughTheConfigurationForm(JenkinsRule j)
            throws Exception {
        GitHubSecretBuilder before = SyncSpec.ofOrganization("acme").visibility("private")
                .secretFromCredential("DEPLOY_KEY", TEXT_ID).builder();

        GitHubSecretBuilder after = j.configRoundtrip(before);

        j.assertEqualDataBoundBeans(before, after);
        assertThat(((OrganizationScope) after.getScope()).getSelectedRepositories()).isEmpty();
    }

    @Test
    void shouldKeepNoSecretValueInTheJobConfiguration(JenkinsRule j) throws Exception {
        TestCredentials.addAll();
        FreeStyleProject job = j.createFreeStyleProject();
        job.getBuildersList().add(new SyncSpec("acme/web").environment("production").credentialsId(TOKEN_ID)
                .secretFromCredential("API_KEY", TEXT_ID).variable("REGION", "eu-west-1").builder());
        j.configRoundtrip(job);

        String config = Files.readString(job.getConfigFile().getFile().toPath());

        assertThat(config).contains("<repository>acme/web</repository>", "<credentialsId>api-key</credentialsId>",
                "<value>eu-west-1</value>").doesNotContain(TEXT, TOKEN);
    }

    @Test
    void shouldSayInTheFormThatOnlyTheEnvironmentTakesBuildParameters(JenkinsRule j) throws Exception {
        var builder = j.jenkins.getDescriptorByType(GitHubSecretBuilder.DescriptorImpl.class);
        var environment = j.jenkins.getDescriptorByType(EnvironmentScope.DescriptorImpl.class);
        var repository = j.jenkins.getDescriptorByType(RepositoryScope.DescriptorImpl.class);
        var organization = j.jenkins.getDescriptorByType(OrganizationScope.DescriptorImpl.class);
        FreeStyleProject job = j.createFreeStyleProject();

        List<FormValidation> refused = List.of(environment.doCheckRepository(job, "${TARGET_REPOSITORY}"),
                repository.doCheckRepository(job, "${TARGET_REPOSITORY}"),
                organization.doCheckOrganization(job, "${TARGET_ORGANIZATION}"),
                builder.doCheckApiUrl(job, "${GITHUB_API}"));

        assertThat(refused).allSatisfy(check -> {
            assertThat(check.kind).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(check.getMessage()).contains("Build parameters are not expanded here");
        });
        assertThat(environment.doCheckEnvironment(job, "${TARGET_ENVIRONMENT}").kind)
                .isEqualTo(FormValidation.Kind.OK);
        assertThat(environment.doCheckRepository(job, "acme/web").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(organization.doCheckOrganization(job, "acme").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(organization.doCheckOrganization(job, "-acme").kind).isEqualTo(FormValidation.Kind.ERROR);
    }

    @Test
    void shouldOfferTheScopesEnvironmentFirst(JenkinsRule j) {
        var builder = j.jenkins.getDescriptorByType(GitHubSecretBuilder.DescriptorImpl.class);

        assertThat(builder.getPropertyType("scope").getApplicableDescriptors())
                .extracting(descriptor -> descriptor.clazz).containsExactly(EnvironmentScope.class,
                        RepositoryScope.class, OrganizationScope.class);
    }

    @Test
    void shouldExpandBuildParametersAndShowOutcomesOnTheBuildPage(JenkinsRule j) throws Exception {
        TestCredentials.addAll();
        try (GitHubFake github = TestGitHub.allow(GitHubFake.start())) {
            github.addToken(TOKEN, Permission.WRITE).addRepository("acme", "web", 1)
                    .addEnvironment("acme", "web", "production");
            FreeStyleProject job = j.createFreeStyleProject();
            job.addProperty(new ParametersDefinitionProperty(
                    new StringParameterDefinition("TARGET_ENVIRONMENT", "production")));
            job.getBuildersList().add(new SyncSpec("acme/web").environment("${TARGET_ENVIRONMENT}")
                    .credentialsId(TOKEN_ID).apiUrl(github.apiUrl()).secretFromCredential("API_KEY", TEXT_ID)
                    .builder());

            FreeStyleBuild build = j.buildAndAssertSuccess(job);

            assertThat(github.valueOf("acme", "web", "production", "API_KEY")).contains(TEXT);
            HtmlPage page = j.createWebClient().getPage(build);
            assertThat(page.asNormalizedText()).contains("environment 'production' of acme/web", "secret",
                    "API_KEY", "created").doesNotContain(TEXT);
            Leaks.assertNoSecretIn(build);
        }
    }

    /** A user who may only build the job cannot send its secrets to another organization through a parameter. */
    @Test
    void shouldTakeTheOrganizationAsConfigured(JenkinsRule j) throws Exception {
        TestCredentials.addAll();
        try (GitHubFake github = TestGitHub.allow(GitHubFake.start())) {
            github.addToken(TOKEN, Permission.WRITE).addOrganization("acme", 7);
            FreeStyleProject job = j.createFreeStyleProject();
            job.addProperty(new ParametersDefinitionProperty(
                    new StringParameterDefinition("TARGET_ORGANIZATION", "acme")));
            job.getBuildersList().add(SyncSpec.ofOrganization("${TARGET_ORGANIZATION}").credentialsId(TOKEN_ID)
                    .apiUrl(github.apiUrl()).secretFromCredential("API_KEY", TEXT_ID).builder());

            FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, job);

            j.assertLogContains("Organization '${TARGET_ORGANIZATION}' is not valid", build);
            assertThat(github.requestCount()).isZero();
        }
    }
}
