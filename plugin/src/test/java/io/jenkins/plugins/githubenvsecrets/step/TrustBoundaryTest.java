package io.jenkins.plugins.githubenvsecrets.step;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.FILE_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.OWNER;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPO;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPOSITORY;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.domains.Domain;
import com.cloudbees.plugins.credentials.domains.DomainSpecification;
import com.cloudbees.plugins.credentials.domains.HostnameSpecification;
import hudson.model.FreeStyleProject;
import hudson.model.Job;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.StringParameterDefinition;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.githubenvsecrets.JobKind;
import io.jenkins.plugins.githubenvsecrets.Leaks;
import io.jenkins.plugins.githubenvsecrets.RecordedOutcomes;
import io.jenkins.plugins.githubenvsecrets.SyncSpec;
import io.jenkins.plugins.githubenvsecrets.TestCredentials;
import io.jenkins.plugins.githubenvsecrets.TestGitHub;
import io.jenkins.plugins.githubenvsecrets.config.GitHubEnvironmentSecretsConfiguration;
import io.jenkins.plugins.githubenvsecrets.credentials.GitHubTokenCredential;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Encodings;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.MutableClock;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.jenkinsci.plugins.github_branch_source.GitHubAppCredentials;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.LogRecorder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Where the token and the values may go, and what one job may learn or claim of another's, as pipeline step and
 * freestyle build step: servers off the allowed list get no request at all, credentials stay within their domains,
 * sync identities stay within the job, and fingerprints tell a job nothing about values another job wrote.
 */
@WithJenkins
class TrustBoundaryTest {
    private static final String RESTRICTED_TOKEN_ID = "token-for-another-host";
    private static final String APP_ID = "github-app";
    private static final String PLAIN_VARIABLE = "PLAIN_VALUE";

    private JenkinsRule j;
    private final MutableClock gitHubClock = new MutableClock(Instant.now());
    private GitHubFake github;
    /** A second GitHub that no administrator allowed. */
    private GitHubFake elsewhere;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        github = TestGitHub.start().clock(gitHubClock);
        elsewhere = GitHubFake.start().addToken(TOKEN, Permission.WRITE).addRepository(OWNER, REPO, 4242)
                .addEnvironment(OWNER, REPO, PRODUCTION);
        TestCredentials.addAll();
    }

    @AfterEach
    void tearDown() {
        github.close();
        elsewhere.close();
    }

    private SyncSpec sync() {
        return TestGitHub.productionSync(github);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldSendNothingToAServerThatIsNotAllowed(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().apiUrl(elsewhere.apiUrl()).secretFromCredential("TEXT", TEXT_ID),
                Result.FAILURE);

        j.assertLogContains("GitHub server " + elsewhere.apiUrl() + " (host 127.0.0.1) is not allowed", run);
        j.assertLogContains("Manage Jenkins > System > GitHub Environment Secrets > Allowed GitHub servers", run);
        assertThat(elsewhere.requestCount()).as("requests to the server that is not allowed").isZero();
        assertThat(github.requestCount()).isZero();
        Leaks.assertNoSecretIn(run);
    }

    /**
     * A user with only Build permission chooses the parameters: in freestyle they name the environment, never the
     * repository or the server the job's secrets go to.
     */
    @Test
    void shouldTakeRepositoryAndApiUrlAsConfiguredInFreestyle() throws Exception {
        TestGitHub.allow(elsewhere);
        elsewhere.addRepository(OWNER, "other", 4343).addEnvironment(OWNER, "other", PRODUCTION);
        Map<SyncSpec, String> refusals = Map.of(
                new SyncSpec("${TARGET_REPOSITORY}").environment(PRODUCTION).credentialsId(TestCredentials.TOKEN_ID)
                        .apiUrl(elsewhere.apiUrl()), "Repository '${TARGET_REPOSITORY}' is not of the form owner/name",
                sync().apiUrl("${GITHUB_API}"), "GitHub API URL '${GITHUB_API}' is not valid");
        for (Map.Entry<SyncSpec, String> refusal : refusals.entrySet()) {
            Job<?, ?> job = JobKind.FREESTYLE.job(j, refusal.getKey().secretFromCredential("TEXT", TEXT_ID));
            ParametersDefinitionProperty parameters = new ParametersDefinitionProperty(
                    new StringParameterDefinition("TARGET_REPOSITORY", OWNER + "/other"),
                    new StringParameterDefinition("GITHUB_API", elsewhere.apiUrl()));
            ((FreeStyleProject) job).addProperty(parameters);

            Run<?, ?> run = JobKind.FREESTYLE.build(j, job, Result.FAILURE);

            j.assertLogContains(refusal.getValue(), run);
            Leaks.assertNoSecretIn(run);
        }
        assertThat(elsewhere.requestCount()).isZero();
        assertThat(github.requestCount()).isZero();
    }

    /**
     * An environment whose reference nothing expanded (a freestyle parameter that is not set, a Pipeline's single
     * quotes) is refused before any request, rather than written to, or created as, an environment of that name.
     */
    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldSendNothingToAnEnvironmentWhoseReferenceNothingExpanded(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, new SyncSpec(REPOSITORY).environment("${TARGET_ENVIRONMENT}").createEnvironment()
                .credentialsId(TestCredentials.TOKEN_ID).apiUrl(github.apiUrl())
                .secretFromCredential("TEXT", TEXT_ID), Result.FAILURE);

        j.assertLogContains("Environment '${TARGET_ENVIRONMENT}' holds a variable reference (${...}) that nothing"
                + " expanded", run);
        assertThat(github.requestCount()).isZero();
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldSyncToAServerOnceAnAdministratorAllowsIt(JobKind kind) throws Exception {
        Job<?, ?> job = kind.job(j, sync().apiUrl(elsewhere.apiUrl()).secretFromCredential("TEXT", TEXT_ID));
        kind.build(j, job, Result.FAILURE);
        assertThat(elsewhere.requestCount()).isZero();

        TestGitHub.allow(elsewhere);
        Run<?, ?> run = kind.build(j, job, Result.SUCCESS);

        assertThat(elsewhere.valueOf(OWNER, REPO, PRODUCTION, "TEXT")).contains(TEXT);
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldNotUseATokenRestrictedToAnotherHostsDomain(JobKind kind) throws Exception {
        addInDomain(new HostnameSpecification("github.example.com", null), new StringCredentialsImpl(
                CredentialsScope.GLOBAL, RESTRICTED_TOKEN_ID, "token of another host", Secret.fromString(TOKEN)));

        Run<?, ?> run = kind.run(j, sync().credentialsId(RESTRICTED_TOKEN_ID).secretFromCredential("TEXT", TEXT_ID),
                Result.FAILURE);

        j.assertLogContains("GitHub credential '" + RESTRICTED_TOKEN_ID + "' was not found for host 127.0.0.1: it is"
                + " restricted to a credentials domain that does not include that host. Use a credential whose domain"
                + " includes 127.0.0.1, or widen the domain: a domain must name the host of the API URL, 127.0.0.1"
                + " (for github.com that is api.github.com, not github.com)", run);
        assertThat(github.requestCount()).isZero();
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldUseATokenWhoseDomainIncludesTheHost(JobKind kind) throws Exception {
        addInDomain(new HostnameSpecification("127.0.0.1", null), new StringCredentialsImpl(
                CredentialsScope.GLOBAL, RESTRICTED_TOKEN_ID, "token of this host", Secret.fromString(TOKEN)));

        Run<?, ?> run = kind.run(j, sync().credentialsId(RESTRICTED_TOKEN_ID).secretFromCredential("TEXT", TEXT_ID),
                Result.SUCCESS);

        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "TEXT")).contains(TEXT);
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldTellAnotherJobTheSameWordWhetherItsValueIsRightOrWrong(JobKind kind) throws Exception {
        kind.run(j, sync().secretFromCredential("SHARED", TEXT_ID), Result.SUCCESS);
        gitHubClock.advance(Duration.ofMinutes(1));

        Run<?, ?> rightGuess = kind.run(j, sync().dryRun().secretFromCredential("SHARED", TEXT_ID), Result.SUCCESS);
        Run<?, ?> wrongGuess = kind.run(j, sync().dryRun().secretFromCredential("SHARED", FILE_ID), Result.SUCCESS);
        assertThat(RecordedOutcomes.of(rightGuess)).containsExactly("SHARED would-update");
        assertThat(RecordedOutcomes.of(wrongGuess)).containsExactly("SHARED would-update");

        Run<?, ?> sameValue = kind.run(j, sync().secretFromCredential("SHARED", TEXT_ID), Result.SUCCESS);
        gitHubClock.advance(Duration.ofMinutes(1));
        Run<?, ?> otherValue = kind.run(j, sync().secretFromCredential("SHARED", FILE_ID), Result.SUCCESS);
        assertThat(RecordedOutcomes.of(sameValue)).containsExactly("SHARED updated");
        assertThat(RecordedOutcomes.of(otherValue)).containsExactly("SHARED updated");
        Leaks.assertNoSecretIn(otherValue);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldRefuseTheSyncIdentityOfAnotherJob(JobKind kind) throws Exception {
        Job<?, ?> other = kind.job(j, sync().secretFromCredential("THEIRS", TEXT_ID));
        kind.build(j, other, Result.SUCCESS);
        github.clearRequests();

        Run<?, ?> run = kind.run(j, sync().prune().syncIdentity(other.getFullName())
                .secretFromCredential("MINE", FILE_ID), Result.FAILURE);

        j.assertLogContains("Sync identity '" + other.getFullName() + "' is not allowed", run);
        assertThat(github.requestCount()).isZero();
        assertThat(github.secretNames(OWNER, REPO, PRODUCTION)).containsExactly("THEIRS");
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldKeepAnOwnedSecretThatWasChangedOnGitHubWhenPruning(JobKind kind) throws Exception {
        Job<?, ?> job = kind.job(j, sync().secretFromCredential("OLD", TEXT_ID).secretFromCredential("KEEP", FILE_ID));
        kind.build(j, job, Result.SUCCESS);
        gitHubClock.advance(Duration.ofMinutes(1));
        github.putSecret(OWNER, REPO, PRODUCTION, "OLD", "taken over by hand".getBytes(StandardCharsets.UTF_8));

        kind.configure(job, sync().prune().secretFromCredential("KEEP", FILE_ID));
        Run<?, ?> run = kind.build(j, job, Result.SUCCESS);

        assertThat(RecordedOutcomes.of(run)).containsExactlyInAnyOrder("KEEP unchanged", "OLD kept");
        assertThat(github.secretNames(OWNER, REPO, PRODUCTION)).containsExactlyInAnyOrder("OLD", "KEEP");
        assertThat(github.requests("DELETE")).isEmpty();
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldRefuseASecretFileThatIsNotUtf8(JobKind kind) throws Exception {
        TestCredentials.add(new FileCredentialsImpl(CredentialsScope.GLOBAL, "binary-file", "binary", "key.bin",
                SecretBytes.fromRawBytes(new byte[] {(byte) 0xff, 'a', 'b', 'c', (byte) 0xc3})));

        Run<?, ?> run = kind.run(j, sync().secretFromCredential("BINARY", "binary-file"), Result.FAILURE);

        j.assertLogContains("Secret BINARY: credential 'binary-file' is a Secret file whose content is not UTF-8 text",
                run);
        assertThat(github.requestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldRefuseAGitHubAppCredentialAsAValue(JobKind kind) throws Exception {
        TestCredentials.add(new GitHubAppCredentials(CredentialsScope.GLOBAL, APP_ID, "app", "12345",
                Secret.fromString("not a private key")));

        Run<?, ?> run = kind.run(j, sync().secretFromCredential("APP_TOKEN", APP_ID), Result.FAILURE);

        j.assertLogContains("Secret APP_TOKEN: credential '" + APP_ID + "' is a GitHub App credential, whose password"
                + " is an installation token that expires within the hour", run);
        assertThat(github.requestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldWarnWhenAValueComesFromAVariableTheBuildDoesNotHoldAsSecret(JobKind kind) throws Exception {
        Job<?, ?> job = kind.job(j, sync().secretFromEnv("FROM_PARAMETER", PLAIN_VARIABLE));
        JobKind.addStringParameter(job, PLAIN_VARIABLE, "plain-parameter-value-31c4");

        Run<?, ?> run = kind.build(j, job, Result.SUCCESS);

        j.assertLogContains("Warning: secret FROM_PARAMETER is read from environment variable '" + PLAIN_VARIABLE
                + "', which this build does not hold as secret", run);
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "FROM_PARAMETER")).contains("plain-parameter-value-31c4");
    }

    @Test
    void shouldTestTheConnectionOnlyWithAnAllowedServer() throws Exception {
        EnvironmentScope.DescriptorImpl descriptor =
                j.jenkins.getDescriptorByType(EnvironmentScope.DescriptorImpl.class);
        FreeStyleProject job = j.createFreeStyleProject();

        FormValidation refused = descriptor.doTestConnection(job, REPOSITORY, PRODUCTION, elsewhere.apiUrl(),
                TestCredentials.TOKEN_ID);
        FormValidation allowed = descriptor.doTestConnection(job, REPOSITORY, PRODUCTION, github.apiUrl(),
                TestCredentials.TOKEN_ID);

        assertThat(refused.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(refused.getMessage()).contains("(host 127.0.0.1) is not allowed", elsewhere.apiUrl());
        assertThat(elsewhere.requestCount()).isZero();
        assertThat(allowed.kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(github.requestCount()).isPositive();
    }

    /**
     * A server that echoes the token and the value in an HTML page, escaped a character at a time and mixed with
     * plain ones, which no pattern of the log's mask foresees: the log, the build page and the build's files show
     * neither, and GitHub's own words stay readable.
     */
    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldShowNoEchoOfTheTokenOrAValueFromAMisbehavingServer(JobKind kind) throws Exception {
        github.echoNext(1, RequestMatchers.request("PUT", ".*/secrets/TEXT"), 422, "text/html; charset=utf-8",
                echo -> "<html><body><p>Validation Failed: value '" + Encodings.jsonEscapeMixed(echo.value())
                        + "' is not allowed for " + Encodings.jsonEscapeMixed(echo.authorization()) + "</p></body>"
                        + "</html>");

        Run<?, ?> run = kind.run(j, sync().secretFromCredential("TEXT", TEXT_ID), Result.FAILURE);

        j.assertLogContains("Validation Failed: value '****' is not allowed for Bearer ****", run);
        assertThat(RecordedOutcomes.of(run)).containsExactly("TEXT failed");
        Leaks.assertNoSecretIn(run);
    }

    /**
     * A GitHub App of one allowed server and an API URL of another: the form refuses as the build does, before the
     * App mints a token that the other server would receive.
     */
    @Test
    void shouldNotTestAGitHubAppCredentialAgainstAnotherServer() throws Exception {
        TestGitHub.allow(elsewhere);
        GitHubAppCredentials app = new GitHubAppCredentials(CredentialsScope.GLOBAL, APP_ID, "app", "12345",
                Secret.fromString("not a private key"));
        app.setApiUri(elsewhere.apiUrl());
        TestCredentials.add(app);
        EnvironmentScope.DescriptorImpl descriptor =
                j.jenkins.getDescriptorByType(EnvironmentScope.DescriptorImpl.class);

        FormValidation tested = descriptor.doTestConnection(j.createFreeStyleProject(), REPOSITORY, PRODUCTION,
                github.apiUrl(), APP_ID);
        Run<?, ?> built = JobKind.FREESTYLE.run(j, sync().credentialsId(APP_ID).secretFromCredential("TEXT", TEXT_ID),
                Result.FAILURE);

        String refusal = "is a GitHub App of " + elsewhere.apiUrl() + ", but this sync goes to " + github.apiUrl();
        assertThat(tested.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(tested.getMessage()).contains(APP_ID, refusal); // the form's message is HTML-escaped
        j.assertLogContains("GitHub credential '" + APP_ID + "' " + refusal, built);
        assertThat(github.requestCount()).isZero();
        assertThat(elsewhere.requestCount()).isZero();
    }

    @Test
    void shouldNeitherOfferNorTestASystemCredentialOutsideAJob() throws Exception {
        TestCredentials.add(new StringCredentialsImpl(CredentialsScope.SYSTEM, "system-token", "system",
                Secret.fromString(TOKEN)));
        GitHubEnvironmentSecretsConfiguration configuration = GitHubEnvironmentSecretsConfiguration.get();
        EnvironmentScope.DescriptorImpl descriptor =
                j.jenkins.getDescriptorByType(EnvironmentScope.DescriptorImpl.class);

        List<String> offered = configuration.doFillCredentialsIdItems("", "").stream()
                .map(option -> option.value).toList();
        FormValidation tested = descriptor.doTestConnection(null, REPOSITORY, PRODUCTION, github.apiUrl(),
                "system-token");

        assertThat(offered).contains(TestCredentials.TOKEN_ID).doesNotContain("system-token");
        assertThat(tested.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(tested.getMessage()).contains("system-token", "has System scope");
        assertThat(github.requestCount()).isZero();
    }

    /**
     * A build cannot use a credential of System scope. It hears the causes a credential may be out of its reach, not
     * that a System credential holds the id: whoever configures a job would learn the ids of System credentials,
     * which the job's lists never show. The Jenkins log, the administrator's, says which it is.
     */
    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldTellOnlyTheJenkinsLogThatABuildAskedForASystemCredential(JobKind kind) throws Exception {
        TestCredentials.add(new StringCredentialsImpl(CredentialsScope.SYSTEM, "system-token", "system",
                Secret.fromString(TOKEN)));
        TestCredentials.add(new StringCredentialsImpl(CredentialsScope.SYSTEM, "system-value", "system value",
                Secret.fromString(TEXT)));

        Run<?, ?> run;
        try (LogRecorder jenkinsLog = new LogRecorder().recordPackage(GitHubTokenCredential.class, Level.WARNING)
                .capture(10)) {
            run = kind.run(j, sync().credentialsId("system-token").secretFromCredential("VALUE", "system-value"),
                    Result.FAILURE);

            assertThat(jenkinsLog.getMessages()).contains(
                    run.getFullDisplayName() + " asked for credential 'system-token', which has System scope: builds"
                            + " cannot use it. Give it Global scope, or let the job use another credential",
                    run.getFullDisplayName() + " asked for credential 'system-value', which has System scope: builds"
                            + " cannot use it. Give it Global scope, or let the job use another credential");
        }
        String causes = "check the id, that the credential is in Jenkins' global credentials or a folder of this job,"
                + " that it has Global scope (builds cannot use a credential of System scope), and that the build"
                + " runs as a user who may use it";
        j.assertLogContains("GitHub credential 'system-token' was not found or is not visible to this build: "
                + causes, run);
        j.assertLogContains("Secret VALUE: credential 'system-value' was not found or is not visible to this build: "
                + causes, run);
        j.assertLogNotContains("has System scope", run);
        assertThat(github.requestCount()).isZero();
    }

    /** Stores {@code credential} in a global credentials domain of its own, limited by {@code specification}. */
    private static void addInDomain(DomainSpecification specification, Credentials credential) throws IOException {
        SystemCredentialsProvider provider = SystemCredentialsProvider.getInstance();
        Map<Domain, List<Credentials>> domains = new HashMap<>(provider.getDomainCredentialsMap());
        domains.put(new Domain("restricted", "one host only", List.of(specification)), List.of(credential));
        provider.setDomainCredentialsMap(domains);
        provider.save();
    }
}
