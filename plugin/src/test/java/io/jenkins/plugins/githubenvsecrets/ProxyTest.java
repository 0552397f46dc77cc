package io.jenkins.plugins.githubenvsecrets;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.OWNER;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION_LOG;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPO;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.ProxyConfiguration;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A sync goes through the proxy configured in Jenkins (Manage Jenkins › System › HTTP Proxy Configuration): every
 * request GitHub answers has passed the proxy, sent as a client sends to a proxy, with the target's absolute URL.
 */
@WithJenkins
class ProxyTest {
    private JenkinsRule j;
    private GitHubFake github;
    private RecordingProxy proxy;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        github = TestGitHub.start();
        proxy = RecordingProxy.start();
        TestCredentials.addAll();
        // No host is exempted (no "No Proxy Host" list), so the fake on loopback is reached like any GitHub.
        j.jenkins.setProxy(new ProxyConfiguration(proxy.host(), proxy.port()));
    }

    @AfterEach
    void tearDown() {
        proxy.close();
        github.close();
        // The shared client keeps connections to the proxy: later tests must not find them.
        HttpClients.base().connectionPool().evictAll();
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldSendEveryRequestOfASyncThroughJenkinsProxy(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, TestGitHub.productionSync(github).secretFromCredential("TEXT", TEXT_ID),
                Result.SUCCESS);

        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "TEXT")).as("TEXT as GitHub decrypts it").contains(TEXT);
        j.assertLogContains(PRODUCTION_LOG + "secret TEXT created", run);

        List<String> answered = github.requests().stream()
                .map(request -> request.method() + " " + request.path()).toList();
        List<String> proxied = proxy.requests().stream()
                .map(request -> request.getMethod() + " " + request.getUrl().encodedPath()).toList();
        assertThat(answered).contains("PUT /repos/acme/web/environments/production/secrets/TEXT");
        assertThat(proxied).containsExactlyInAnyOrderElementsOf(answered);
        assertThat(proxy.requests()).allSatisfy(request ->
                assertThat(request.getTarget()).startsWith(github.apiUrl() + "/"));
        github.assertNoProtocolViolations();
        Leaks.assertNoSecretIn(run);
    }
}
