package io.jenkins.plugins.githubenvsecrets.step;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.BOUND;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.BOUND_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.FILE;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.FILE_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.PASSWORD;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.SSH_KEY;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.SSH_KEY_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN_AS_PASSWORD_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.USERNAME;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.USER_PASSWORD_ID;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.OWNER;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION_LOG;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPO;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPOSITORY;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Result;
import hudson.model.Run;
import hudson.util.Secret;
import io.jenkins.plugins.githubenvsecrets.JobKind;
import io.jenkins.plugins.githubenvsecrets.Leaks;
import io.jenkins.plugins.githubenvsecrets.RecordedOutcomes;
import io.jenkins.plugins.githubenvsecrets.SyncSpec;
import io.jenkins.plugins.githubenvsecrets.TestCredentials;
import io.jenkins.plugins.githubenvsecrets.TestGitHub;
import io.jenkins.plugins.githubenvsecrets.config.GitHubEnvironmentSecretsConfiguration;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Every scenario runs as a pipeline step and as a freestyle build step against the GitHub fake, and is checked by the
 * same verifier: what GitHub holds (decrypted), what the log says, what the build records, and that no secret shows.
 */
@WithJenkins
class SecretSyncTest {

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
        github.close();
    }

    private SyncSpec sync() {
        return TestGitHub.productionSync(github);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldPublishEveryKindOfCredential(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync()
                .secretFromCredential("TEXT", TEXT_ID)
                .secretFromCredential("FILE", FILE_ID)
                .secretFromCredential("PASSWORD", USER_PASSWORD_ID)
                .usernameFromCredential("USERNAME", USER_PASSWORD_ID)
                .secretFromCredential("SSH_KEY", SSH_KEY_ID), Result.SUCCESS);

        assertPublished(Map.of("TEXT", TEXT, "FILE", FILE, "PASSWORD", PASSWORD, "USERNAME", USERNAME,
                "SSH_KEY", SSH_KEY));
        j.assertLogContains(PRODUCTION_LOG + "secret TEXT created", run);
        j.assertLogContains(PRODUCTION_LOG + "secret SSH_KEY created", run);
        j.assertLogContains("done: 5 created", run);
        assertThat(RecordedOutcomes.of(run)).containsExactly("TEXT created", "FILE created", "PASSWORD created",
                "USERNAME created", "SSH_KEY created");
        if (kind == JobKind.PIPELINE) {
            j.assertLogContains(JobKind.RESULT_PREFIX
                    + "[TEXT:created, FILE:created, PASSWORD:created, USERNAME:created, SSH_KEY:created]", run);
        }
        Leaks.assertNoSecretIn(run);
        github.assertNoProtocolViolations();
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldPublishValueOfBoundEnvironmentVariable(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().bindString("BOUND_VALUE", BOUND_ID)
                .secretFromEnv("FROM_ENV", "BOUND_VALUE"), Result.SUCCESS);

        assertPublished(Map.of("FROM_ENV", BOUND));
        j.assertLogNotContains("which this build does not hold as secret", run);
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldAuthenticateWithTokenAsPassword(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().credentialsId(TOKEN_AS_PASSWORD_ID).secretFromCredential("TEXT", TEXT_ID),
                Result.SUCCESS);

        assertPublished(Map.of("TEXT", TEXT));
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldUseGlobalApiUrlAndCredentialWhenTheStepNamesNone(JobKind kind) throws Exception {
        GitHubEnvironmentSecretsConfiguration defaults = GitHubEnvironmentSecretsConfiguration.get();
        defaults.setApiUrl(github.apiUrl());
        defaults.setCredentialsId(TOKEN_ID);

        Run<?, ?> run = kind.run(j, new SyncSpec(REPOSITORY).environment(PRODUCTION)
                .secretFromCredential("TEXT", TEXT_ID), Result.SUCCESS);

        assertPublished(Map.of("TEXT", TEXT));
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldReportEveryProblemAtOnceAndSendNothing(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync()
                .secretFromCredential("MISSING", "no-such-credential")
                .secretFromCredential("1BAD_NAME", TEXT_ID)
                .secretFromEnv("FROM_ENV", "UNSET_VARIABLE")
                .usernameFromCredential("NOT_A_LOGIN", TEXT_ID), Result.FAILURE);

        j.assertLogContains("Nothing was sent to GitHub: the request has 4 problems", run);
        j.assertLogContains("Secret MISSING: credential 'no-such-credential' was not found or is not visible to this"
                + " build", run);
        j.assertLogContains("Secret name '1BAD_NAME' is not valid", run);
        j.assertLogContains("Secret FROM_ENV: environment variable 'UNSET_VARIABLE' is not set in this build", run);
        j.assertLogContains("Secret NOT_A_LOGIN: usernameAsValue needs a Username with password credential, but"
                + " 'api-key' is a Secret text", run);
        assertThat(github.requestCount()).as("requests sent to GitHub").isZero();
        assertThat(run.getAction(SecretSyncAction.class)).isNull();
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldRejectCredentialThatCannotBeAValue(JobKind kind) throws Exception {
        TestCredentials.add(new OpaqueCredential("opaque"));

        Run<?, ?> run = kind.run(j, sync().secretFromCredential("OPAQUE", "opaque"), Result.FAILURE);

        j.assertLogContains("Secret OPAQUE: credential 'opaque' is an Opaque test credential, which cannot be a secret"
                + " value; use Secret text, Secret file, Username with password or SSH Username with private key", run);
        assertThat(github.requestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldRejectGitHubCredentialThatHoldsNoToken(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().credentialsId(SSH_KEY_ID).secretFromCredential("TEXT", TEXT_ID),
                Result.FAILURE);

        j.assertLogContains("GitHub credential 'deploy-key' is an SSH Username with private key; use Secret text",
                run);
        assertThat(github.requestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldNameTheCredentialWhoseTokenGitHubDoesNotAccept(JobKind kind) throws Exception {
        // The text credential holds no token the fake knows.
        Run<?, ?> run = kind.run(j, sync().credentialsId(TEXT_ID).secretFromCredential("FILE", FILE_ID),
                Result.FAILURE);

        j.assertLogContains("HTTP 401. GitHub did not accept the token of credential 'api-key': it is invalid,"
                + " expired or revoked. Check that credential.", run);
        assertThat(github.mutatingRequestCount()).isZero();
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldSayThatAnInvalidDefaultApiUrlComesFromTheGlobalConfiguration(JobKind kind) throws Exception {
        GitHubEnvironmentSecretsConfiguration.get().setApiUrl("http://github.example.com/api/v3");

        Run<?, ?> run = kind.run(j, new SyncSpec(REPOSITORY).environment(PRODUCTION).credentialsId(TOKEN_ID)
                .secretFromCredential("TEXT", TEXT_ID), Result.FAILURE);

        j.assertLogContains("The default GitHub API URL of Manage Jenkins > System > GitHub Environment Secrets is"
                + " not valid: GitHub API URL 'http://github.example.com/api/v3' is not valid: it must use https", run);
        assertThat(github.requestCount()).isZero();
    }

    /** A value too short to mask is published; the log and the build's page say it may show, and where. */
    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldWarnOnTheBuildsPageOfAValueTooShortToMask(JobKind kind) throws Exception {
        TestCredentials.add(new StringCredentialsImpl(CredentialsScope.GLOBAL, "pin", "pin", Secret.fromString("42")));

        Run<?, ?> run = kind.run(j, sync().secretFromCredential("PIN", "pin"), Result.SUCCESS);

        String warning = "the value of PIN is shorter than 3 characters or blank, so it is not masked: neither in"
                + " logs nor in GitHub's answers that a failure quotes";
        j.assertLogContains("Warning: " + warning, run);
        assertThat(run.getAction(SecretSyncAction.class).getSyncs()).singleElement()
                .satisfies(sync -> assertThat(sync.getWarnings()).containsExactly(warning));
        assertThat(j.createWebClient().getPage(run).asNormalizedText()).contains("Warning: " + warning);
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "PIN")).contains("42");
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldFailWhenTheEnvironmentIsMissing(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().environment("staging").secretFromCredential("TEXT", TEXT_ID),
                Result.FAILURE);

        j.assertLogContains("environment 'staging' of acme/web: failed: Environment 'staging' does not exist in"
                + " acme/web", run);
        j.assertLogContains("environment 'staging' of acme/web: secret TEXT failed: not written: the environment"
                + " failed as a whole (see its reason)", run);
        j.assertLogContains("Some secrets or variables were not published:", run);
        j.assertLogContains("acme/web environment 'staging' secret TEXT: Environment 'staging' does not exist in"
                + " acme/web", run);
        // Said for the environment, then once in the step's message: not again for each secret.
        assertThat(JenkinsRule.getLog(run).split("does not exist in acme/web", -1)).hasSize(3);
        // How to let the sync create it, in a Pipeline and in the words of the build step's form.
        j.assertLogContains("(createEnvironment: true in a Pipeline, or the option 'Create the environment if it"
                + " does not exist' of a freestyle job's build step)", run);
        try (var form = EnvironmentScope.class.getResourceAsStream("EnvironmentScope/config.jelly")) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("${%Create the environment if it does not exist}");
        }
        assertThat(github.hasEnvironment(OWNER, REPO, "staging")).isFalse();
        assertThat(github.requests("PUT")).isEmpty();
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldCreateTheMissingEnvironmentWhenAsked(JobKind kind) throws Exception {
        github.addToken(TOKEN, Permission.ADMIN);

        Run<?, ?> run = kind.run(j, sync().environment("staging").createEnvironment()
                .secretFromCredential("TEXT", TEXT_ID), Result.SUCCESS);

        j.assertLogContains("environment 'staging' of acme/web: created", run);
        assertThat(github.valueOf(OWNER, REPO, "staging", "TEXT")).contains(TEXT);
        github.assertNoProtocolViolations();
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldWriteNothingInADryRun(JobKind kind) throws Exception {
        github.putSecret(OWNER, REPO, PRODUCTION, "OLD", "old-value".getBytes(StandardCharsets.UTF_8));

        Run<?, ?> run = kind.run(j, sync().dryRun().pruneAll().secretFromCredential("TEXT", TEXT_ID),
                Result.SUCCESS);

        j.assertLogContains("dry run, nothing is written", run);
        j.assertLogContains(PRODUCTION_LOG + "secret TEXT would-create", run);
        j.assertLogContains(PRODUCTION_LOG + "secret OLD would-delete", run);
        assertThat(github.mutatingRequestCount()).as("writes").isZero();
        assertThat(github.secretNames(OWNER, REPO, PRODUCTION)).containsExactly("OLD");
        assertThat(RecordedOutcomes.of(run)).containsExactlyInAnyOrder("TEXT would-create", "OLD would-delete");
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldListTheFailedSecretAndStillWriteTheOthers(JobKind kind) throws Exception {
        github.failNext(1, RequestMatchers.request("PUT", ".*/secrets/SECOND"), 422);

        Run<?, ?> run = kind.run(j, sync()
                .secretFromCredential("FIRST", TEXT_ID)
                .secretFromCredential("SECOND", FILE_ID)
                .secretFromCredential("THIRD", USER_PASSWORD_ID), Result.FAILURE);

        j.assertLogContains(PRODUCTION_LOG + "secret SECOND failed:", run);
        j.assertLogContains("Some secrets or variables were not published:", run);
        j.assertLogContains("acme/web environment 'production' secret SECOND:", run);
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "FIRST")).contains(TEXT);
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "SECOND")).isEmpty();
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "THIRD")).contains(PASSWORD);
        assertThat(RecordedOutcomes.of(run)).containsExactly("FIRST created", "SECOND failed", "THIRD created");
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldPublishToGitHubEnterpriseServer(JobKind kind) throws Exception {
        try (GitHubFake enterprise = TestGitHub.allow(GitHubFake.enterprise())) {
            enterprise.addToken(TOKEN, Permission.WRITE).addRepository(OWNER, REPO, 7).addEnvironment(OWNER, REPO,
                    PRODUCTION);
            assertThat(enterprise.apiUrl()).endsWith("/api/v3");

            Run<?, ?> run = kind.run(j, sync().apiUrl(enterprise.apiUrl()).secretFromCredential("TEXT", TEXT_ID),
                    Result.SUCCESS);

            assertThat(enterprise.valueOf(OWNER, REPO, PRODUCTION, "TEXT")).contains(TEXT);
            enterprise.assertNoProtocolViolations();
            assertThat(github.requestCount()).isZero();
            Leaks.assertNoSecretIn(run);
        }
    }

    private void assertPublished(Map<String, String> expected) {
        expected.forEach((name, value) -> assertThat(github.valueOf(OWNER, REPO, PRODUCTION, name))
                .as("secret %s as GitHub decrypts it", name).contains(value));
    }

    /** A credential type that holds nothing a secret could be made of. */
    public static final class OpaqueCredential extends BaseStandardCredentials {
        private static final long serialVersionUID = 1L;

        OpaqueCredential(String id) {
            super(CredentialsScope.GLOBAL, id, "opaque");
        }

        @TestExtension("shouldRejectCredentialThatCannotBeAValue")
        public static final class DescriptorImpl extends BaseStandardCredentialsDescriptor {
            @NonNull
            @Override
            public String getDisplayName() {
                return "Opaque test credential";
            }
        }
    }
}
