package io.jenkins.plugins.githubenvsecrets.step;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.BOUND;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.BOUND_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.OWNER;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION_LOG;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPO;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.githubenvsecrets.JobKind;
import io.jenkins.plugins.githubenvsecrets.Leaks;
import io.jenkins.plugins.githubenvsecrets.RecordedOutcomes;
import io.jenkins.plugins.githubenvsecrets.SyncSpec;
import io.jenkins.plugins.githubenvsecrets.TestCredentials;
import io.jenkins.plugins.githubenvsecrets.TestGitHub;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TargetView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Variables beside secrets, in the step and in the freestyle build step: from text or a build variable, written only
 * when GitHub's value differs, and never from anything Jenkins holds as secret, since anyone who can read the
 * repository reads a variable.
 */
@WithJenkins
class VariablesTest {
    private static final String PARAMETER = "IMAGE_TAG_PARAMETER";
    private static final String TAG = "tag-2026.12.06";

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

    private TargetView production() {
        return github.target(new EnvironmentTarget(new RepositoryCoordinates(OWNER, REPO),
                EnvironmentName.of(PRODUCTION)));
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldPublishVariablesFromTextAndFromABuildVariableBesideSecrets(JobKind kind) throws Exception {
        Job<?, ?> job = kind.job(j, sync().secretFromCredential("TEXT", TEXT_ID).variable("REGION", "eu-west-1")
                .variableFromEnv("IMAGE_TAG", PARAMETER));
        JobKind.addStringParameter(job, PARAMETER, TAG);

        Run<?, ?> run = kind.build(j, job, Result.SUCCESS);

        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "TEXT")).contains(TEXT);
        assertThat(production().variableValue("REGION")).contains("eu-west-1");
        assertThat(production().variableValue("IMAGE_TAG")).contains(TAG);
        j.assertLogContains("publishing 1 secret(s) and 2 variable(s) to environment(s) 'production' of acme/web",
                run);
        j.assertLogContains(PRODUCTION_LOG + "variable REGION created", run);
        j.assertLogNotContains("eu-west-1", run); // outcomes only, though a variable is no secret
        assertThat(RecordedOutcomes.of(run)).containsExactly("TEXT created", "variable REGION created",
                "variable IMAGE_TAG created");
        if (kind == JobKind.PIPELINE) {
            j.assertLogContains(JobKind.RESULT_PREFIX
                    + "[secrets:[TEXT:created], variables:[REGION:created, IMAGE_TAG:created]]", run);
        }
        Leaks.assertNoSecretIn(run);
        github.assertNoProtocolViolations();
    }

    /** GitHub returns a variable's value, so an unchanged one costs no write, and a changed one one PATCH. */
    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldWriteAVariableOnlyWhenItsValueDiffers(JobKind kind) throws Exception {
        Job<?, ?> job = kind.job(j, sync().variable("REGION", "eu-west-1"));
        kind.build(j, job, Result.SUCCESS);
        github.clearRequests();

        Run<?, ?> same = kind.build(j, job, Result.SUCCESS);

        j.assertLogContains(PRODUCTION_LOG + "variable REGION unchanged", same);
        assertThat(github.mutatingRequestCount()).as("writes of an unchanged variable").isZero();

        kind.configure(job, sync().variable("REGION", "us-east-1"));
        Run<?, ?> changed = kind.build(j, job, Result.SUCCESS);

        j.assertLogContains(PRODUCTION_LOG + "variable REGION updated", changed);
        assertThat(github.requests("PATCH")).singleElement().satisfies(patch -> assertThat(patch.path())
                .isEqualTo("/repos/acme/web/environments/production/variables/REGION"));
        assertThat(github.mutatingRequestCount()).isEqualTo(1);
        assertThat(production().variableValue("REGION")).contains("us-east-1");
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldRefuseACredentialAsTheSourceOfAVariable(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().secretFromCredential("TEXT", TEXT_ID)
                .variableFromCredential("API_KEY", TEXT_ID), Result.FAILURE);

        j.assertLogContains("Variable API_KEY: a variable cannot take its value from a credential ('" + TEXT_ID
                + "')", run);
        j.assertLogContains("Publish the credential as a secret instead", run);
        assertThat(github.requestCount()).as("requests").isZero();
        Leaks.assertNoSecretIn(run);
    }

    /** A variable bound by withCredentials (or the credentials build wrapper) is a credential too. */
    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldRefuseABuildVariableTheBuildHoldsAsSecret(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().bindString("BOUND_VALUE", BOUND_ID)
                .variableFromEnv("LEAKED", "BOUND_VALUE"), Result.FAILURE);

        j.assertLogContains("Variable LEAKED: environment variable 'BOUND_VALUE' holds a value this build keeps"
                + " secret", run);
        assertThat(github.requestCount()).as("requests").isZero();
        assertThat(JenkinsRule.getLog(run)).doesNotContain(BOUND);
        Leaks.assertNoSecretIn(run);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldReportEveryProblemOfTheVariablesAtOnce(JobKind kind) throws Exception {
        Run<?, ?> run = kind.run(j, sync().variable("1BAD", "x").variableFromEnv("MISSING", "UNSET_VARIABLE"),
                Result.FAILURE);

        j.assertLogContains("Variable name '1BAD' is not valid", run);
        j.assertLogContains("Variable MISSING: environment variable 'UNSET_VARIABLE' is not set in this build", run);
        assertThat(github.requestCount()).isZero();
    }
}
