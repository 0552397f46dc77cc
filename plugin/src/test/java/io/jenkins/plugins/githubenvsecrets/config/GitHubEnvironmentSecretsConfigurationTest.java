package io.jenkins.plugins.githubenvsecrets.config;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.FormValidation;
import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.Util;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.casc.model.CNode;
import io.jenkins.plugins.githubenvsecrets.TestCredentials;
import java.util.List;
import java.util.logging.Level;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlForm;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.LogRecorder;

/** The global defaults through Configuration as Code and through the form. */
@WithJenkinsConfiguredWithCode
class GitHubEnvironmentSecretsConfigurationTest {
    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void shouldReadAndExportConfigurationAsCode(JenkinsConfiguredWithCodeRule r) throws Exception {
        GitHubEnvironmentSecretsConfiguration configuration = GitHubEnvironmentSecretsConfiguration.get();
        assertThat(configuration.getApiUrl()).isEqualTo("https://github.example.com/api/v3");
        assertThat(configuration.getCredentialsId()).isEqualTo("github-token");
        assertThat(configuration.getAllowedServers()).extracting(AllowedGitHubServer::getApiUrl)
                .containsExactly("https://github.other.example/api/v3", "https://api.acme.ghe.com");
        assertThat(configuration.allowedApiUrls()).extracting(Object::toString).containsExactly(
                "https://api.github.com", "https://github.example.com/api/v3", "https://github.other.example/api/v3",
                "https://api.acme.ghe.com");

        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
        CNode exported = Util.getUnclassifiedRoot(context).get("githubEnvironmentSecrets");

        assertThat(Util.toYamlString(exported)).contains("apiUrl:", "https://github.example.com/api/v3",
                "credentialsId:", "github-token", "allowedServers:", "https://github.other.example/api/v3",
                "https://api.acme.ghe.com");
    }

    @Test
    void shouldKeepDefaultsThroughTheForm(JenkinsConfiguredWithCodeRule r) throws Exception {
        TestCredentials.addAll();
        GitHubEnvironmentSecretsConfiguration configuration = GitHubEnvironmentSecretsConfiguration.get();
        configuration.setApiUrl("https://github.example.com/api/v3");
        configuration.setCredentialsId(TestCredentials.TOKEN_ID);
        configuration.setAllowedServers(List.of(new AllowedGitHubServer("https://github.other.example/api/v3"),
                new AllowedGitHubServer("https://api.acme.ghe.com")));

        r.configRoundtrip();

        assertThat(configuration.getApiUrl()).isEqualTo("https://github.example.com/api/v3");
        assertThat(configuration.getCredentialsId()).isEqualTo(TestCredentials.TOKEN_ID);
        assertThat(configuration.getAllowedServers()).extracting(AllowedGitHubServer::getApiUrl)
                .containsExactly("https://github.other.example/api/v3", "https://api.acme.ghe.com");
    }

    @Test
    void shouldForgetAllowedServersRemovedInTheForm(JenkinsConfiguredWithCodeRule r) throws Exception {
        GitHubEnvironmentSecretsConfiguration configuration = GitHubEnvironmentSecretsConfiguration.get();
        configuration.setAllowedServers(List.of(new AllowedGitHubServer("https://github.other.example/api/v3")));
        HtmlForm form = r.createWebClient().goTo("configure").getFormByName("config");
        List<DomNode> rows = form.getByXPath(".//div[contains(@class, 'repeated-chunk')]"
                + "[.//input[@value='https://github.other.example/api/v3']]");
        assertThat(rows).as("the allowed server's row in the form").hasSize(1);
        rows.forEach(DomNode::remove); // as its delete button does

        r.submit(form);

        assertThat(configuration.getAllowedServers()).isEmpty();
        assertThat(configuration.allowedApiUrls()).extracting(Object::toString)
                .containsExactly("https://api.github.com");
    }

    /** Configuration as Code checks no field: an entry that allows nothing is told, not dropped in silence. */
    @Test
    void shouldTellOfEntriesThatAllowNothing(JenkinsConfiguredWithCodeRule r) throws Exception {
        try (LogRecorder jenkinsLog = new LogRecorder().record(GitHubEnvironmentSecretsConfiguration.class,
                Level.WARNING).capture(10)) {
            ConfigurationAsCode.get().configure(getClass().getResource("configuration-as-code-invalid.yml")
                    .toExternalForm());

            assertThat(jenkinsLog.getMessages()).contains("The default GitHub API URL of Manage Jenkins > System >"
                    + " GitHub Environment Secrets is not valid, so every sync that names no server of its own fails"
                    + " until it is corrected: GitHub API URL 'http://github.example.com/api/v3' is not valid: it must"
                    + " use https so the token is never sent in clear text (http is allowed only for localhost)",
                    "An allowed GitHub server of Manage Jenkins > System > GitHub Environment Secrets allows nothing"
                    + " until it is corrected: GitHub API URL 'http://github.insecure.example/api/v3' is not valid:"
                    + " it must use https so the token is never sent in clear text (http is allowed only for"
                    + " localhost)");
        }
        GitHubEnvironmentSecretsConfiguration configuration = GitHubEnvironmentSecretsConfiguration.get();
        assertThat(configuration.allowedApiUrls()).extracting(Object::toString)
                .containsExactly("https://api.github.com", "https://github.other.example/api/v3");
        // A build refused for a server that is not allowed hears of the entry that allows nothing.
        assertThat(GitHubEnvironmentSecretsConfiguration.howToAllowServer()).isEqualTo("An administrator can add it"
                + " under Manage Jenkins > System > GitHub Environment Secrets > Allowed GitHub servers. Entries of"
                + " that list that are not valid API URLs allow nothing: 1 of them now, which the Jenkins log names.");
        assertThat(FormChecks.allowedApiUrl("https://github.insecure.example/api/v3").renderHtml())
                .contains("is not on the list of allowed GitHub servers", "1 of them now");
    }

    @Test
    void shouldCheckAnAllowedServerByTheEngineRules(JenkinsConfiguredWithCodeRule r) {
        AllowedGitHubServer.DescriptorImpl descriptor =
                r.jenkins.getDescriptorByType(AllowedGitHubServer.DescriptorImpl.class);

        assertThat(descriptor.doCheckApiUrl("https://github.example.com/api/v3").kind)
                .isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckApiUrl("http://github.example.com/api/v3").renderHtml())
                .contains("must use https");
        assertThat(descriptor.doCheckApiUrl("").kind).isEqualTo(FormValidation.Kind.ERROR);
    }
}
