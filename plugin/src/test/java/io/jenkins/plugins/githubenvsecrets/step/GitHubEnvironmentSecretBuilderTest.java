package io.jenkins.plugins.githubenvsecrets.step;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.ParametersDefinitionProperty;
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
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * What only the freestyle build step does: its form, build parameters (in the environment only), and the build page.
 */
@WithJenkins
class GitHubEnvironmentSecretBuilderTest {
    @Test
    void shouldKeepEveryFieldThroughTheConfigurationForm(JenkinsRule j) throws Exception {
        TestCredentials.addAll();
        GitHubEnvironmentSecretBuilder before = new SyncSpec("acme/web").environment("production")
                .credentialsId(TOKEN_ID).apiUrl("https://github.example.com/api/v3")
                .secretFromCredential("API_KEY", TEXT_ID).secretFromEnv("FROM_ENV", "SOME_VARIABLE")
                .usernameFromCredential("LOGIN", "deploy-login")
                .createEnvironment().prune().pruneAll().force().syncIdentity("team/deploy-web").dryRun().builder();

        GitHubEnvironmentSecretBuilder after = j.configRoundtrip(before);

        j.assertEqualDataBoundBeans(before, after);
        assertThat(after.getSecrets()).extracting(SecretSource::getName).containsExactly("API_KEY", "FROM_ENV",
                "LOGIN");
        assertThat(after.isPruneAll()).isTrue();
        assertThat(after.isForce()).isTrue();
        assertThat(after.getSyncIdentity()).isEqualTo("team/deploy-web");
    }

    @Test
    void shouldKeepNoValueInTheJobConfiguration(JenkinsRule j) throws Exception {
        TestCredentials.addAll();
        FreeStyleProject job = j.createFreeStyleProject();
        job.getBuildersList().add(new SyncSpec("acme/web").environment("production").credentialsId(TOKEN_ID)
                .secretFromCredential("API_KEY", TEXT_ID).builder());
        j.configRoundtrip(job);

        String config = Files.readString(job.getConfigFile().getFile().toPath());

        assertThat(config).contains("<repository>acme/web</repository>", "<credentialsId>api-key</credentialsId>")
                .doesNotContain(TEXT, TOKEN);
    }

    @Test
    void shouldSayInTheFormThatOnlyTheEnvironmentTakesBuildParameters(JenkinsRule j) throws Exception {
        GitHubEnvironmentSecretBuilder.DescriptorImpl descriptor =
                j.jenkins.getDescriptorByType(GitHubEnvironmentSecretBuilder.DescriptorImpl.class);
        FreeStyleProject job = j.createFreeStyleProject();

        FormValidation repository = descriptor.doCheckRepository(job, "${TARGET_REPOSITORY}");
        FormValidation apiUrl = descriptor.doCheckApiUrl(job, "${GITHUB_API}");
        FormValidation environment = descriptor.doCheckEnvironment(job, "${TARGET_ENVIRONMENT}");

        assertThat(repository.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(repository.getMessage()).contains("Build parameters are not expanded here");
        assertThat(apiUrl.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(apiUrl.getMessage()).contains("Build parameters are not expanded here");
        assertThat(environment.kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckRepository(job, "acme/web").kind).isEqualTo(FormValidation.Kind.OK);
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
            assertThat(page.asNormalizedText()).contains("acme/web", "production", "API_KEY", "created")
                    .doesNotContain(TEXT);
            Leaks.assertNoSecretIn(build);
        }
    }
}
