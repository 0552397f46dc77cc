package io.jenkins.plugins.githubenvsecrets.step;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.FILE;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.FILE_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_CHANGED;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.USER_PASSWORD_ID;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.OWNER;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION_LOG;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPO;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import hudson.util.Secret;
import io.jenkins.plugins.githubenvsecrets.JobKind;
import io.jenkins.plugins.githubenvsecrets.Leaks;
import io.jenkins.plugins.githubenvsecrets.RecordedOutcomes;
import io.jenkins.plugins.githubenvsecrets.SyncSpec;
import io.jenkins.plugins.githubenvsecrets.TestCredentials;
import io.jenkins.plugins.githubenvsecrets.TestGitHub;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.records.SyncMemories;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.LogRecorder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * What syncs remember from build to build, as pipeline step and freestyle build step: unchanged secrets are skipped,
 * changed ones rewritten, {@code force} writes all, {@code prune} deletes only what the job wrote, {@code pruneAll}
 * whatever is not named, and the record under the Jenkins home holds no value.
 */
@WithJenkins
class RememberedSyncTest {

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
    void shouldWriteNothingWhenTheSameJobRunsAgain(JobKind kind) throws Exception {
        Job<?, ?> job = kind.job(j, sync().secretFromCredential("TEXT", TEXT_ID).secretFromCredential("FILE", FILE_ID));
        kind.build(j, job, Result.SUCCESS);
        github.clearRequests();

        Run<?, ?> second = kind.build(j, job, Result.SUCCESS);

        assertThat(github.requests()).as("requests of the second build").isNotEmpty()
                .extracting(FakeRequest::method).containsOnly("GET");
        j.assertLogContains(PRODUCTION_LOG + "secret TEXT unchanged", second);
        j.assertLogContains(PRODUCTION_LOG + "secret FILE unchanged", second);
        j.assertLogContains("done: 2 unchanged", second);
        assertThat(RecordedOutcomes.of(second)).containsExactly("TEXT unchanged", "FILE unchanged");
        if (kind == JobKind.PIPELINE) {
            j.assertLogContains(JobKind.RESULT_PREFIX + "[TEXT:unchanged, FILE:unchanged]", second);
        }
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "TEXT")).contains(TEXT);
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "FILE")).contains(FILE);
        List<Path> records;
        try (Stream<Path> walk = Files.walk(SyncMemories.folder())) {
            records = walk.filter(Files::isRegularFile).toList();
        }
        // One file for the one environment, as Jenkins keeps fingerprints: records/<2 hex>/<2 hex>/<rest>.json
        assertThat(records).as("the record under the Jenkins home").singleElement().asString()
                .startsWith(j.jenkins.getRootDir().toPath().resolve("github-environment-secrets/records").toString())
                .matches(".*/records/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{60}\\.json");
        assertThat(Files.readString(records.get(0))).contains("\"TEXT\"", "\"FILE\"", job.getFullName());
        Leaks.assertNoSecretIn(records);
        Leaks.assertNoSecretIn(second);
    }

    /** The build log names the record set; only the Jenkins log, the administrator's, names its file. */
    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldWarnOfAnUnreadableRecordWithoutShowingTheJenkinsHome(JobKind kind) throws Exception {
        Job<?, ?> job = kind.job(j, sync().secretFromCredential("TEXT", TEXT_ID));
        kind.build(j, job, Result.SUCCESS);
        Path record;
        try (Stream<Path> walk = Files.walk(SyncMemories.folder())) {
            record = walk.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        Files.writeString(record, "{ not json");

        Run<?, ?> second;
        try (LogRecorder jenkinsLog = new LogRecorder().record(SyncMemories.class, Level.WARNING).capture(10)) {
            second = kind.build(j, job, Result.SUCCESS);

            assertThat(jenkinsLog.getMessages()).filteredOn(message -> message.startsWith("Cannot read the records"
                    + " of the secrets of environment 'production' of acme/web")).singleElement().asString()
                    .contains("(not valid JSON): the file is left as it is").endsWith("; file " + record);
        }
        j.assertLogContains("Warning: Cannot read the records of the secrets of environment 'production' of acme/web",
                second);
        j.assertLogContains("(not valid JSON): the file is left as it is", second);
        j.assertLogContains("nothing is recorded for them (the Jenkins log names the file)", second);
        j.assertLogNotContains(SyncMemories.folder().toString(), second);
        j.assertLogContains(PRODUCTION_LOG + "secret TEXT updated", second);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldRewriteOnlyTheSecretWhoseCredentialChanged(JobKind kind) throws Exception {
        Job<?, ?> job = kind.job(j, sync().secretFromCredential("TEXT", TEXT_ID).secretFromCredential("FILE", FILE_ID));
        kind.build(j, job, Result.SUCCESS);
        TestCredentials.replace(new StringCredentialsImpl(CredentialsScope.GLOBAL, TEXT_ID, "text",
                Secret.fromString(TEXT_CHANGED)));
        github.clearRequests();

        Run<?, ?> second = kind.build(j, job, Result.SUCCESS);

        assertThat(github.requests("PUT")).extracting(FakeRequest::path).singleElement().asString()
                .endsWith("/secrets/TEXT");
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "TEXT")).contains(TEXT_CHANGED);
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "FILE")).contains(FILE);
        assertThat(RecordedOutcomes.of(second)).containsExactly("TEXT updated", "FILE unchanged");
        Leaks.assertNoSecretIn(second);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldKeepTheSecretsOfAnotherJobWhenPruning(JobKind kind) throws Exception {
        Job<?, ?> jobA = kind.job(j, sync().prune().secretFromCredential("A1", TEXT_ID));
        Job<?, ?> jobB = kind.job(j, sync().prune().secretFromCredential("B1", FILE_ID));
        kind.build(j, jobA, Result.SUCCESS);
        kind.build(j, jobB, Result.SUCCESS);
        assertThat(github.secretNames(OWNER, REPO, PRODUCTION)).containsExactlyInAnyOrder("A1", "B1");

        kind.configure(jobA, sync().prune().secretFromCredential("A2", USER_PASSWORD_ID));
        Run<?, ?> otherList = kind.build(j, jobA, Result.SUCCESS);

        assertThat(github.secretNames(OWNER, REPO, PRODUCTION)).containsExactlyInAnyOrder("A2", "B1");
        assertThat(RecordedOutcomes.of(otherList)).containsExactlyInAnyOrder("A2 created", "A1 deleted");
        j.assertLogContains("pruning only what sync identity '" + jobA.getFullName()
                + "' wrote and no longer names", otherList);

        kind.configure(jobA, sync().prune());
        Run<?, ?> emptyList = kind.build(j, jobA, Result.SUCCESS);

        assertThat(github.secretNames(OWNER, REPO, PRODUCTION)).containsExactly("B1");
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "B1")).contains(FILE);
        assertThat(RecordedOutcomes.of(emptyList)).containsExactly("A2 deleted");
        Leaks.assertNoSecretIn(emptyList);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldRewriteEverySecretWhenForced(JobKind kind) throws Exception {
        Job<?, ?> job = kind.job(j, sync().secretFromCredential("TEXT", TEXT_ID));
        kind.build(j, job, Result.SUCCESS);
        kind.configure(job, sync().force().secretFromCredential("TEXT", TEXT_ID));
        github.clearRequests();

        Run<?, ?> forced = kind.build(j, job, Result.SUCCESS);

        assertThat(github.requests("PUT")).hasSize(1);
        assertThat(RecordedOutcomes.of(forced)).containsExactly("TEXT updated");
        j.assertLogContains("writing everything, unchanged items too", forced);
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "TEXT")).contains(TEXT);
        Leaks.assertNoSecretIn(forced);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldDeleteASecretWrittenByHandOnlyWithPruneAll(JobKind kind) throws Exception {
        github.putSecret(OWNER, REPO, PRODUCTION, "BY_HAND", "by-hand-value".getBytes(StandardCharsets.UTF_8));
        Job<?, ?> job = kind.job(j, sync().prune().secretFromCredential("TEXT", TEXT_ID));
        Run<?, ?> pruned = kind.build(j, job, Result.SUCCESS);
        assertThat(github.secretNames(OWNER, REPO, PRODUCTION)).containsExactlyInAnyOrder("BY_HAND", "TEXT");
        assertThat(RecordedOutcomes.of(pruned)).containsExactly("TEXT created");

        kind.configure(job, sync().pruneAll().secretFromCredential("TEXT", TEXT_ID));
        Run<?, ?> prunedAll = kind.build(j, job, Result.SUCCESS);

        assertThat(github.secretNames(OWNER, REPO, PRODUCTION)).containsExactly("TEXT");
        assertThat(RecordedOutcomes.of(prunedAll)).containsExactlyInAnyOrder("TEXT unchanged",
                "BY_HAND deleted");
        j.assertLogContains("pruning everything not named, whoever wrote it", prunedAll);
        Leaks.assertNoSecretIn(prunedAll);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldPruneOnlyWhatTheSyncOfTheSameIdentityWrote(JobKind kind) throws Exception {
        Job<?, ?> job = kind.create(j);
        String backend = job.getFullName() + "/backend";
        kind.configure(job, sync().syncIdentity(backend).secretFromCredential("OLD_NAME", TEXT_ID));
        kind.build(j, job, Result.SUCCESS);
        kind.configure(job, sync().secretFromCredential("JOB_WIDE", FILE_ID));
        kind.build(j, job, Result.SUCCESS);

        kind.configure(job, sync().prune().syncIdentity(backend).secretFromCredential("NEW_NAME", TEXT_ID));
        Run<?, ?> run = kind.build(j, job, Result.SUCCESS);

        // JOB_WIDE belongs to the job's default identity, not to the backend sync, so pruning leaves it.
        assertThat(github.secretNames(OWNER, REPO, PRODUCTION)).containsExactlyInAnyOrder("NEW_NAME", "JOB_WIDE");
        assertThat(RecordedOutcomes.of(run)).containsExactlyInAnyOrder("NEW_NAME created",
                "OLD_NAME deleted");
        j.assertLogContains("pruning only what sync identity '" + backend + "' wrote", run);
        Leaks.assertNoSecretIn(run);
    }
}
