package io.jenkins.plugins.githubenvsecrets.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.state.FingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.InMemoryFingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordedSecret;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import io.jenkins.plugins.githubenvsecrets.engine.state.WrittenBy;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The audit's rows: built from every record, sorted, filtered, looked up per job, and never a fingerprint. */
class RecordIndexTest {
    private static final String GITHUB = "https://api.github.com";
    private static final String ENTERPRISE = "https://ghe.example.com/api/v3";
    private static final Instant WRITTEN = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant SEEN = Instant.parse("2026-11-02T09:30:00Z");

    /**
     * Five secrets on two servers: api-key and deploy-key sources, jobs team/api, web and x, sync identities of the
     * form {@code <job>/<suffix>}, one record from before sources and writers were kept.
     */
    private static FingerprintStore sample() throws InterruptedException {
        FingerprintStore store = new InMemoryFingerprintStore();
        put(store, scope(GITHUB, "acme/web", "production"), "TOKEN",
                record("fp-token-1", Set.of("team/api"), "api-key", new WrittenBy("team/api", 7)));
        put(store, scope(GITHUB, "acme/web", "production"), "DEPLOY",
                record("fp-deploy-2", Set.of("web", "team/api"), "deploy-key", new WrittenBy("web", 3)));
        put(store, scope(GITHUB, "Acme/Api", "Staging"), "TOKEN",
                record("fp-token-3", Set.of("team/api/backend"), "env:TOKEN", new WrittenBy("team/api", 8)));
        put(store, scope(ENTERPRISE, "acme/web", "production"), "DEPLOY",
                record("fp-deploy-4", Set.of("x/nightly"), "deploy-key", new WrittenBy("x", 1)));
        put(store, scope(ENTERPRISE, "corp/old", "qa"), "LEGACY",
                new SecretRecord("fp-legacy-5", null, Set.of("renamed-identity"), null, null, null));
        return store;
    }

    @Test
    void shouldSortByServerRepositoryEnvironmentAndSecretIgnoringCase() throws Exception {
        RecordIndex index = RecordIndex.of(sample().all());

        assertThat(index.rows()).extracting(row -> row.server() + " " + row.repository() + " " + row.environment()
                + " " + row.name()).containsExactly(
                GITHUB + " Acme/Api Staging TOKEN",
                GITHUB + " acme/web production DEPLOY",
                GITHUB + " acme/web production TOKEN",
                ENTERPRISE + " acme/web production DEPLOY",
                ENTERPRISE + " corp/old qa LEGACY");
        assertThat(index.size()).isEqualTo(5);
    }

    @Test
    void shouldCarryEverythingARecordSaysButItsFingerprint() throws Exception {
        RecordRow row = RecordIndex.of(sample().all()).filter(new RecordFilter(null, null, null, "deploy", null,
                "web")).get(0);

        assertThat(row).isEqualTo(new RecordRow(GITHUB, TargetKind.ENVIRONMENT, Application.ACTIONS, "acme/web", "",
                "production", ValueKind.SECRET, "DEPLOY", "deploy-key", List.of("team/api", "web"),
                new WrittenBy("web", 3), WRITTEN, SEEN, null));
        assertThat(Arrays.stream(RecordRow.class.getRecordComponents()).map(RecordComponent::getName))
                .doesNotContain("fingerprint");
    }

    @Test
    void shouldSayWhatIsNotKnownOfAnOldRecord() throws Exception {
        RecordRow legacy = RecordIndex.of(sample().all()).filter(new RecordFilter(null, null, null, "LEGACY", null,
                null)).get(0);

        assertThat(legacy.sourceIfKnown()).isEmpty();
        assertThat(legacy.writtenByIfKnown()).isEmpty();
        assertThat(legacy.writtenAt()).isNull();
        assertThat(legacy.lastSeenUpdatedAt()).isNull();
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            "server;https://ghe.example.com/api/v3;fp-deploy-4,fp-legacy-5",
            "server;https://GHE.example.com/api/v3;''",
            "repository;acme/web;fp-deploy-2,fp-token-1,fp-deploy-4",
            "repository;ACME/WEB;fp-deploy-2,fp-token-1,fp-deploy-4",
            "repository;acme/api;fp-token-3",
            "repository;acme/we;''",
            "environment;staging;fp-token-3",
            "environment;production;fp-deploy-2,fp-token-1,fp-deploy-4",
            "secret;token;fp-token-3,fp-token-1",
            "credential;deploy-key;fp-deploy-2,fp-deploy-4",
            "credential;Deploy-Key;''",
            "credential;env:TOKEN;fp-token-3",
            "job;team/api;fp-token-3,fp-deploy-2,fp-token-1",
            "job;web;fp-deploy-2",
            "job;x;fp-deploy-4",
            "job;x/nightly;fp-deploy-4",
            "job;renamed-identity;fp-legacy-5",
            "job;team;fp-token-3,fp-deploy-2,fp-token-1",
            "job;tea;''",
            "server;'  ';fp-token-3,fp-deploy-2,fp-token-1,fp-deploy-4,fp-legacy-5",
    })
    void shouldFilterOnOneCriterion(String criterion, String value, String expectedFingerprints) throws Exception {
        FingerprintStore store = sample();
        RecordFilter filter = switch (criterion) {
            case "server" -> new RecordFilter(value, null, null, null, null, null);
            case "repository" -> new RecordFilter(null, value, null, null, null, null);
            case "environment" -> new RecordFilter(null, null, value, null, null, null);
            case "secret" -> new RecordFilter(null, null, null, value, null, null);
            case "credential" -> new RecordFilter(null, null, null, null, value, null);
            case "job" -> new RecordFilter(null, null, null, null, null, value);
            default -> throw new IllegalArgumentException(criterion);
        };

        List<RecordRow> rows = RecordIndex.of(store.all()).filter(filter);

        // Rows carry no fingerprint: name the expected rows by the fingerprint of their record.
        List<String> expected = expectedFingerprints.isEmpty() ? List.of()
                : List.of(expectedFingerprints.split(","));
        assertThat(rows).extracting(row -> fingerprintOf(store, row)).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldCombineCriteria() throws Exception {
        List<RecordRow> rows = RecordIndex.of(sample().all())
                .filter(new RecordFilter(null, "acme/web", null, null, "deploy-key", "web"));

        assertThat(rows).extracting(RecordRow::server, RecordRow::name).containsExactly(
                tuple(GITHUB, "DEPLOY"));
        assertThat(new RecordFilter(" ", "", null, null, null, "\t").isEmpty()).isTrue();
    }

    @Test
    void shouldListWhatAJobOwnsByItsNameOrItsSyncIdentities() throws Exception {
        RecordIndex index = RecordIndex.of(sample().all());

        assertThat(index.ownedBy("team/api")).extracting(RecordRow::repository, RecordRow::name).containsExactly(
                tuple("Acme/Api", "TOKEN"),
                tuple("acme/web", "DEPLOY"),
                tuple("acme/web", "TOKEN"));
        assertThat(index.ownedBy("web")).extracting(RecordRow::name).containsExactly("DEPLOY");
        assertThat(index.ownedBy("x")).extracting(RecordRow::server).containsExactly(ENTERPRISE);
        // Were x/nightly a job of its own (x a folder), its secrets would be these.
        assertThat(index.ownedBy("x/nightly")).extracting(RecordRow::server).containsExactly(ENTERPRISE);
        assertThat(index.ownedBy("team/api/backend")).extracting(RecordRow::repository).containsExactly("Acme/Api");
        assertThat(index.ownedBy("api")).isEmpty();
        assertThat(index.ownedBy("tea")).isEmpty();
    }

    @Test
    void shouldListARowOnceWhenTwoOfItsOwnersAreTheSameJob() throws Exception {
        FingerprintStore store = new InMemoryFingerprintStore();
        put(store, scope(GITHUB, "acme/web", "production"), "BOTH",
                record("fp-both", Set.of("web", "web/nightly"), "api-key", new WrittenBy("web", 1)));

        assertThat(RecordIndex.of(store.all()).ownedBy("web")).hasSize(1);
    }

    @Test
    void shouldNameEveryJobASyncIdentityMayBelongTo() {
        assertThat(RecordRow.jobsNamedBy("team/api/backend")).containsExactly("team/api/backend", "team/api", "team");
        assertThat(RecordRow.jobsNamedBy("web")).containsExactly("web");
    }

    @Test
    void shouldNeverShowAFingerprint() throws Exception {
        FingerprintStore store = sample();
        RecordIndex index = RecordIndex.of(store.all());
        List<String> texts = new ArrayList<>();
        texts.add(index.toString());
        index.rows().forEach(row -> texts.add(row.toString()));
        texts.add(index.filter(new RecordFilter(null, "acme/web", null, null, null, null)).toString());
        texts.add(index.ownedBy("team/api").toString());
        texts.add(new RecordFilter(GITHUB, "acme/web", "production", "TOKEN", "api-key", "team/api").toString());

        for (RecordedSecret recorded : store.all()) {
            assertThat(texts).noneMatch(text -> text.contains(recorded.record().fingerprint()));
        }
        assertThat(String.join("\n", texts)).contains("TOKEN", "acme/web", "team/api #7").doesNotContain("fp-");
    }

    @Test
    void shouldBeEmptyWithoutRecords() {
        RecordIndex index = RecordIndex.of(FingerprintStore.NONE.all());

        assertThat(index.isEmpty()).isTrue();
        assertThat(index.rows()).isEmpty();
        assertThat(index.ownedBy("web")).isEmpty();
        assertThat(RecordIndex.EMPTY.filter(RecordFilter.NONE)).isEmpty();
    }

    /** Changed one record set at a time, the index says what one built from scratch says. */
    @Test
    void shouldSayAfterEachChangeWhatAnIndexBuiltAnewSays() throws Exception {
        FingerprintStore store = sample();
        RecordIndex[] incremental = {RecordIndex.of(store.all())};
        store.addListener((scope, records) -> incremental[0] = incremental[0].with(scope, records));
        List<String> jobs = List.of("team/api", "team/api/backend", "team", "web", "x", "x/nightly", "new/job");

        put(store, scope(GITHUB, "acme/new", "qa"), "FRESH", record("fp-fresh", Set.of("new/job"), "k", null));
        put(store, scope(GITHUB, "acme/web", "production"), "TOKEN",
                record("fp-token-9", Set.of("web"), "api-key", new WrittenBy("web", 9)));
        store.forget(scope(ENTERPRISE, "corp/old", "qa"), SecretName.of("LEGACY"));
        store.update(scope(GITHUB, "Acme/Api", "Staging"), current -> Map.of());

        RecordIndex anew = RecordIndex.of(store.all());
        assertThat(incremental[0].rows()).isEqualTo(anew.rows());
        assertThat(incremental[0].size()).isEqualTo(anew.size()).isEqualTo(4);
        for (String job : jobs) {
            assertThat(incremental[0].ownedBy(job)).as(job).isEqualTo(anew.ownedBy(job));
            assertThat(incremental[0].owns(job)).as(job).isEqualTo(!anew.ownedBy(job).isEmpty());
            assertThat(incremental[0].scopesNaming(job)).as(job).isEqualTo(anew.scopesNaming(job));
        }
        assertThat(incremental[0].owns("team/api")).isTrue();
        assertThat(incremental[0].scopesNaming("renamed-identity")).isEmpty();
    }

    @Test
    void shouldIndexTenThousandRecords() throws Exception {
        FingerprintStore store = new InMemoryFingerprintStore();
        for (int r = 0; r < 50; r++) {
            for (String environment : List.of("production", "staging")) {
                int repository = r;
                store.update(scope(GITHUB, "acme/repo" + r, environment), current -> {
                    Map<SecretName, SecretRecord> records = new HashMap<>();
                    for (int s = 0; s < 100; s++) {
                        String job = "team/job" + (s % 10);
                        records.put(SecretName.of("SECRET_" + s), record("fp-" + repository + "-" + environment
                                + "-" + s, Set.of(job), "credential-" + (s % 7), new WrittenBy(job, s)));
                    }
                    return records;
                });
            }
        }

        List<RecordedSecret> all = store.all();
        RecordIndex index = RecordIndex.of(all);

        assertThat(index.size()).isEqualTo(10_000);
        assertThat(index.rows()).isSortedAccordingTo((a, b) -> {
            int byRepository = a.repository().compareTo(b.repository());
            int byEnvironment = a.environment().compareTo(b.environment());
            return byRepository != 0 ? byRepository : byEnvironment != 0 ? byEnvironment
                    : a.name().compareTo(b.name());
        });
        // Each filter against a plain count over the records themselves.
        assertThat(index.filter(new RecordFilter(null, "ACME/REPO7", null, null, null, null))).hasSize(200)
                .allMatch(row -> row.repository().equals("acme/repo7"));
        assertThat(index.filter(new RecordFilter(null, null, "staging", null, "credential-3", null)))
                .hasSize((int) all.stream()
                        .filter(recorded -> environmentOf(recorded).environment().value().equals("staging")
                        && "credential-3".equals(recorded.record().source())).count());
        assertThat(index.filter(new RecordFilter(null, "acme/repo7", "staging", "SECRET_42", null, null)))
                .singleElement().extracting(RecordRow::writtenBy).isEqualTo(new WrittenBy("team/job2", 42));
        assertThat(index.ownedBy("team/job4")).hasSize(1_000)
                .allMatch(row -> row.owners().equals(List.of("team/job4")));
        assertThat(index.filter(new RecordFilter(null, null, null, null, null, "team/job4")))
                .containsExactlyElementsOf(index.ownedBy("team/job4"));
        assertThat(index.rows()).noneMatch(row -> row.toString().contains("fp-"));
    }

    /** Every target shows, with its scope, application and kind, and a filter for each. */
    @Test
    void shouldShowRepositoryAndOrganizationSecretsAndVariablesWithAFilterForEach() throws Exception {
        FingerprintStore store = sample();
        RepositoryCoordinates web = RepositoryCoordinates.parse("acme/web");
        OrganizationName acme = new OrganizationName("acme");
        put(store, new RecordScope(GITHUB, new RepositoryTarget(web, Application.DEPENDABOT), ValueKind.SECRET),
                "NPM", record("fp-npm", Set.of("team/api"), "npm-token", new WrittenBy("team/api", 9)));
        put(store, new RecordScope(GITHUB, new RepositoryTarget(web, Application.ACTIONS), ValueKind.VARIABLE),
                "REGION", record(null, Set.of("team/api"), "env:REGION", new WrittenBy("team/api", 9)));
        put(store, new RecordScope(GITHUB, new OrganizationTarget(acme, Application.ACTIONS), ValueKind.SECRET),
                "ORG_TOKEN", record("fp-org", Set.of("ops"), "org-token", new WrittenBy("ops", 2))
                        .withAccess(RepositoryAccess.selected(List.of(1L, 2L))));
        RecordIndex index = RecordIndex.of(store.all());

        assertThat(index.filter(filter("organization", null, null, null, null))).singleElement().satisfies(row -> {
            assertThat(row.scope()).isEqualTo(TargetKind.ORGANIZATION);
            assertThat(row.organization()).isEqualTo("acme");
            assertThat(row.repository()).isEmpty();
            assertThat(row.repositoryOrOrganization()).isEqualTo("acme");
            assertThat(row.accessIfKnown()).contains(RepositoryAccess.selected(List.of(1L, 2L)));
        });
        assertThat(index.filter(filter(null, "dependabot", null, null, null))).extracting(RecordRow::name)
                .containsExactly("NPM");
        assertThat(index.filter(filter("repository", null, "variable", null, null))).extracting(RecordRow::name)
                .containsExactly("REGION");
        assertThat(index.filter(filter(null, null, "secret", "ACME", null))).extracting(RecordRow::name)
                .containsExactly("ORG_TOKEN", "TOKEN", "NPM", "DEPLOY", "TOKEN");
        assertThat(index.filter(filter(null, null, null, null, "acme/web")).stream().map(row -> row.scope().noun()
                + " " + row.name()).toList()).containsExactly("repository REGION", "repository NPM",
                        "environment DEPLOY", "environment TOKEN");
        assertThat(index.rows()).noneMatch(row -> row.toString().contains("fp-"));
    }

    private static RecordFilter filter(String scope, String application, String kind, String organization,
            String repository) {
        return new RecordFilter(GITHUB, scope, application, repository, organization, null, kind, null, null, null);
    }

    private static EnvironmentTarget environmentOf(RecordedSecret recorded) {
        return (EnvironmentTarget) recorded.scope().target();
    }

    private static String fingerprintOf(FingerprintStore store, RecordRow row) {
        return store.all().stream()
                .filter(recorded -> recorded.scope().apiUrl().equals(row.server())
                        && environmentOf(recorded).repository().toString().equals(row.repository())
                        && environmentOf(recorded).environment().value().equals(row.environment())
                        && recorded.name().value().equals(row.name()))
                .map(recorded -> recorded.record().fingerprint())
                .findFirst().orElseThrow();
    }

    private static void put(FingerprintStore store, RecordScope scope, String name, SecretRecord record)
            throws InterruptedException {
        store.update(scope, current -> {
            Map<SecretName, SecretRecord> next = new HashMap<>(current);
            next.put(SecretName.of(name), record);
            return next;
        });
    }

    private static SecretRecord record(String fingerprint, Set<String> owners, String source, WrittenBy writer) {
        return new SecretRecord(fingerprint, WRITTEN, owners, source, writer, SEEN);
    }

    private static RecordScope scope(String server, String repository, String environment) {
        return RecordScope.environmentSecrets(server, RepositoryCoordinates.parse(repository),
                EnvironmentName.of(environment));
    }
}
