package io.jenkins.plugins.githubenvsecrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.Util;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.casc.model.CNode;
import org.junit.jupiter.api.Test;

/** The global defaults through Configuration as Code and through the form. */
@WithJenkinsConfiguredWithCode
class GitHubEnvironmentSecretsConfigurationTest {
    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void shouldReadAndExportConfigurationAsCode(JenkinsConfiguredWithCodeRule r) throws Exception {
        GitHubEnvironmentSecretsConfiguration configuration = GitHubEnvironmentSecretsConfiguration.get();
        assertThat(configuration.getApiUrl()).isEqualTo("https://github.example.com/api/v3");
        assertThat(configuration.getCredentialsId()).isEqualTo("github-token");

        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
        CNode exported = Util.getUnclassifiedRoot(context).get("githubEnvironmentSecrets");

        assertThat(Util.toYamlString(exported)).contains("apiUrl:", "https://github.example.com/api/v3",
                "credentialsId:", "github-token");
    }

    @Test
    void shouldKeepDefaultsThroughTheForm(JenkinsConfiguredWithCodeRule r) throws Exception {
        TestCredentials.addAll();
        GitHubEnvironmentSecretsConfiguration configuration = GitHubEnvironmentSecretsConfiguration.get();
        configuration.setApiUrl("https://github.example.com/api/v3");
        configuration.setCredentialsId(TestCredentials.TOKEN_ID);

        r.configRoundtrip();

        assertThat(configuration.getApiUrl()).isEqualTo("https://github.example.com/api/v3");
        assertThat(configuration.getCredentialsId()).isEqualTo(TestCredentials.TOKEN_ID);
    }
}
