package io.jenkins.plugins.githubenvsecrets;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The administrator's choice of libsodium is settled before a sync sends anything, the token's minting included: a
 * choice that names no library fails the sync with nothing sent. Every other sync test takes the default, the
 * bundled build.
 */
@WithJenkins
class LibsodiumChoiceTest {
    private JenkinsRule j;
    private GitHubFake github;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        github = TestGitHub.start();
        TestCredentials.addAll();
    }

    @AfterEach
    void tearDown() {
        System.clearProperty(Sealers.PROPERTY);
        github.close();
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldFailBeforeAnyRequestWhenTheChoiceNamesNoLibrary(JobKind kind) throws Exception {
        System.setProperty(Sealers.PROPERTY, "alpine");

        Run<?, ?> run = kind.run(j, TestGitHub.productionSync(github).secretFromCredential("TEXT", TEXT_ID),
                Result.FAILURE);

        j.assertLogContains("-Dio.jenkins.plugins.githubenvsecrets.libsodium=alpine names no libsodium: give bundled"
                + " (the default) or system. Nothing was sent.", run);
        assertThat(github.requests()).as("requests to GitHub").isEmpty();
        Leaks.assertNoSecretIn(run);
    }
}
