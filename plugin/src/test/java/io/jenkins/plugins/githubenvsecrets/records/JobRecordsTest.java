package io.jenkins.plugins.githubenvsecrets.records;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.OWNER;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPO;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPOSITORY;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleProject;
import hudson.model.Items;
import hudson.model.Result;
import io.jenkins.plugins.githubenvsecrets.JobKind;
import io.jenkins.plugins.githubenvsecrets.RecordedOutcomes;
import io.jenkins.plugins.githubenvsecrets.SyncSpec;
import io.jenkins.plugins.githubenvsecrets.TestCredentials;
import io.jenkins.plugins.githubenvsecrets.TestGitHub;
import io.jenkins.plugins.githubenvsecrets.audit.JobSecretsAction;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordedSecret;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import io.jenkins.plugins.githubenvsecrets.engine.state.WrittenBy;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncMemory;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockFolder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The record follows jobs: a job renamed, moved into a folder, or below a folder renamed keeps what it owns and writes
 * each secret once more; a deleted job gives up what it owned; a new job under an old name inherits nothing, also
 * when the old one was deleted while this plugin did not hear of it.
 */
@WithJenkins
class JobRecordsTest {
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

    @Test
    void shouldFollowAJobRenamedMovedAndDeletedAndGiveANewJobOfItsNameNothing() throws Exception {
        FreeStyleProject job = j.createFreeStyleProject("api");
        JobKind.FREESTYLE.configure(job, sync());
        assertThat(built(job)).containsExactly("TEXT created");

        job.renameTo("api2");

        assertThat(record().owners()).containsExactly("api2");
        assertThat(record().writtenBy()).isEqualTo(new WrittenBy("api2", 1));
        assertThat(job.getAction(JobSecretsAction.class)).isNotNull();
        // Fingerprinted under the old name: written once more, then known again.
        assertThat(built(job)).containsExactly("TEXT updated");
        assertThat(built(job)).containsExactly("TEXT unchanged");

        MockFolder folder = j.createFolder("team");
        job = Items.move(job, folder);
        assertThat(record().owners()).containsExactly("team/api2");
        folder.renameTo("crew");
        assertThat(record().owners()).containsExactly("crew/api2");
        assertThat(record().writtenBy()).isEqualTo(new WrittenBy("crew/api2", 2));

        job.delete();

        assertThat(record().owners()).isEmpty();
        assertThat(record().writtenBy()).isEqualTo(new WrittenBy("crew/api2", 2, true));
        assertThat(record().fingerprint()).isNull();
        assertThat(SyncMemories.index().current().ownedBy("crew/api2")).isEmpty();

        FreeStyleProject again = folder.createProject(FreeStyleProject.class, "api2");
        assertThat(again.getAction(JobSecretsAction.class)).isNull();
        JobKind.FREESTYLE.configure(again, sync());
        assertThat(built(again)).containsExactly("TEXT updated");
        assertThat(record().owners()).containsExactly("crew/api2");
        assertThat(record().writtenBy()).isEqualTo(new WrittenBy("crew/api2", 1));
        assertThat(again.getAction(JobSecretsAction.class)).isNotNull();
    }

    /** Job "ghost" was deleted while this plugin was not running: a job created under its name starts afresh. */
    @Test
    void shouldGiveAJobCreatedUnderTheNameOfOneDeletedUnheardNothing() throws Exception {
        RecordScope production = RecordScope.environmentSecrets(github.apiUrl(),
                RepositoryCoordinates.parse(REPOSITORY), EnvironmentName.of(PRODUCTION));
        SyncMemory memory = SyncMemories.open(warning -> {
            throw new AssertionError(warning);
        });
        github.putSecret(OWNER, REPO, PRODUCTION, "TEXT", TEXT.getBytes(StandardCharsets.UTF_8));
        Instant written = github.secretMetadata(OWNER, REPO, PRODUCTION, "TEXT").orElseThrow().updatedAt();
        String fingerprint = memory.fingerprinter().fingerprint(production, "ghost", SecretName.of("TEXT"),
                SecretValue.of(TEXT.toCharArray()));
        memory.store().update(production, current -> Map.of(SecretName.of("TEXT"),
                new SecretRecord(fingerprint, written, Set.of("ghost"), TEXT_ID, new WrittenBy("ghost", 7), null)));

        FreeStyleProject ghost = j.createFreeStyleProject("ghost");

        assertThat(ghost.getAction(JobSecretsAction.class)).isNull();
        assertThat(record().writtenBy()).isEqualTo(new WrittenBy("ghost", 7, true));
        JobKind.FREESTYLE.configure(ghost, sync());
        assertThat(built(ghost)).as("not 'unchanged': the value was the deleted job's").containsExactly(
                "TEXT updated");
        assertThat(record().owners()).containsExactly("ghost");
    }

    private SyncSpec sync() {
        return TestGitHub.productionSync(github).secretFromCredential("TEXT", TEXT_ID);
    }

    private List<String> built(FreeStyleProject job) throws Exception {
        return RecordedOutcomes.of(JobKind.FREESTYLE.build(j, job, Result.SUCCESS));
    }

    /** The one record, as the store holds it now. */
    private static SecretRecord record() {
        List<RecordedSecret> all = SyncMemories.store(warning -> {
            throw new AssertionError(warning);
        }).all();
        assertThat(all).hasSize(1);
        return all.get(0).record();
    }
}
