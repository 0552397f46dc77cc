package io.jenkins.plugins.githubenvsecrets.audit;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.FILE_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN_ID;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.OWNER;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.PRODUCTION;
import static io.jenkins.plugins.githubenvsecrets.TestGitHub.REPO;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TopLevelItem;
import hudson.model.TopLevelItemDescriptor;
import io.jenkins.plugins.githubenvsecrets.JobKind;
import io.jenkins.plugins.githubenvsecrets.Leaks;
import io.jenkins.plugins.githubenvsecrets.SyncSpec;
import io.jenkins.plugins.githubenvsecrets.TestCredentials;
import io.jenkins.plugins.githubenvsecrets.TestGitHub;
import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.state.FingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordedSecret;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import io.jenkins.plugins.githubenvsecrets.engine.state.WrittenBy;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.records.SyncMemories;
import java.io.IOException;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The audit page under Manage Jenkins and each job's page of secrets: who sees them, what they show (never a value or
 * a fingerprint), their filters, and forgetting a record, which leaves the secret on GitHub.
 */
@WithJenkins
class AuditPagesTest {
    private static final String PAGE = "manage/github-environment-secrets/";
    private static final String ADMIN = "admin";
    private static final String SYSTEM_READER = "system-reader";
    private static final String READER = "reader";

    private JenkinsRule j;
    private GitHubFake github;
    private boolean systemReadWasEnabled;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        github = TestGitHub.start();
        TestCredentials.addAll();
        // SystemRead is off unless Jenkins starts with -Djenkins.security.SystemReadPermission=true; this is that.
        systemReadWasEnabled = Jenkins.SYSTEM_READ.getEnabled();
        Jenkins.SYSTEM_READ.setEnabled(true);
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to(ADMIN)
                .grant(Jenkins.READ, Jenkins.SYSTEM_READ).everywhere().to(SYSTEM_READER)
                .grant(Jenkins.READ).everywhere().to(READER));
    }

    @AfterEach
    void tearDown() {
        Jenkins.SYSTEM_READ.setEnabled(systemReadWasEnabled);
        github.close();
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldShowAnAdministratorEverySecretWithItsSourceJobAndBuild(JobKind kind) throws Exception {
        Job<?, ?> job = kind.job(j, TestGitHub.productionSync(github)
                .secretFromCredential("TEXT", TEXT_ID).secretFromCredential("FILE", FILE_ID));
        kind.build(j, job, Result.SUCCESS);

        HtmlPage page = client(ADMIN).goTo(PAGE);
        String html = page.getWebResponse().getContentAsString();

        assertThat(rows(page)).containsExactly(
                github.apiUrl() + " acme/web production FILE " + FILE_ID,
                github.apiUrl() + " acme/web production TEXT " + TEXT_ID);
        assertThat(html).contains("href=\"/jenkins/" + job.getUrl() + "\"", job.getFullName() + " #1",
                "href=\"/jenkins/" + job.getUrl() + "1/\"", "/manage/github-environment-secrets/forget")
                .doesNotContain("job no longer exists");
        assertNoValueOrFingerprintIn(html);
    }

    @Test
    void shouldShowASystemReaderThePageWithoutForgetAndRefuseTheirForget() throws Exception {
        Job<?, ?> job = JobKind.FREESTYLE.job(j, TestGitHub.productionSync(github).secretFromCredential("TEXT", TEXT_ID));
        JobKind.FREESTYLE.build(j, job, Result.SUCCESS);
        JenkinsRule.WebClient reader = client(SYSTEM_READER);

        HtmlPage page = reader.goTo(PAGE);

        assertThat(rows(page)).containsExactly(github.apiUrl() + " acme/web production TEXT " + TEXT_ID);
        String html = page.getWebResponse().getContentAsString();
        assertThat(html).doesNotContain("/forget");
        // The job is out of this reader's sight: its name is shown, with no link and no word on whether it exists.
        assertThat(html).contains(job.getFullName() + " #1", "not found or not visible to you")
                .doesNotContain("href=\"/jenkins/" + job.getUrl());
        assertNoValueOrFingerprintIn(html);

        assertThat(forget(reader, "TEXT").getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(recordedNames()).containsExactly("TEXT");
    }

    @Test
    void shouldRefuseTheAuditToUsersWithoutSystemRead() throws Exception {
        JobKind.FREESTYLE.run(j, TestGitHub.productionSync(github).secretFromCredential("TEXT", TEXT_ID),
                Result.SUCCESS);

        client(READER).assertFails(PAGE, 403);
        assertThat(forget(client(READER), "TEXT").getWebResponse().getStatusCode()).isEqualTo(403);
        j.createWebClient().assertFails(PAGE, 403);
        // The link's page is also reachable from the root; the same check holds there.
        client(READER).assertFails("github-environment-secrets/", 403);
        assertThat(recordedNames()).containsExactly("TEXT");
    }

    @Test
    void shouldFilterByTheQuery() throws Exception {
        String other = "https://ghe.example.com/api/v3";
        record(scope(github.apiUrl(), "acme/web", "production"), "DEPLOY_KEY", "deploy-key", "team/deploy");
        record(scope(github.apiUrl(), "acme/web", "staging"), "API_KEY", "api-key", "team/api");
        record(scope(github.apiUrl(), "acme/api", "production"), "DEPLOY_KEY", "deploy-key", "team/deploy");
        record(scope(other, "acme/web", "production"), "TOKEN", "env:TOKEN", "team/api");
        JenkinsRule.WebClient admin = client(ADMIN);

        assertThat(rows(admin.goTo(PAGE + "?credential=deploy-key"))).containsExactly(
                github.apiUrl() + " acme/api production DEPLOY_KEY deploy-key",
                github.apiUrl() + " acme/web production DEPLOY_KEY deploy-key");
        assertThat(rows(admin.goTo(PAGE + "?repository=ACME/web"))).containsExactly(
                github.apiUrl() + " acme/web production DEPLOY_KEY deploy-key",
                github.apiUrl() + " acme/web staging API_KEY api-key",
                other + " acme/web production TOKEN env:TOKEN");
        assertThat(rows(admin.goTo(PAGE + "?repository=acme/web&credential=deploy-key&environment=production")))
                .containsExactly(github.apiUrl() + " acme/web production DEPLOY_KEY deploy-key");
        assertThat(rows(admin.goTo(PAGE + "?server=" + other))).containsExactly(
                other + " acme/web production TOKEN env:TOKEN");
        assertThat(rows(admin.goTo(PAGE + "?job=team/api&name=api_key"))).containsExactly(
                github.apiUrl() + " acme/web staging API_KEY api-key");
        HtmlPage none = admin.goTo(PAGE + "?credential=nothing-like-it");
        assertThat(rows(none)).isEmpty();
        assertThat(none.getWebResponse().getContentAsString()).contains("0 of 4 recorded secrets and variables match.");
    }

    /**
     * Secrets and variables of every scope in one table: a scope column (with an application other than Actions), the
     * repository or organization, the kind, and for an organization's, which repositories may read it; a filter for
     * each.
     */
    @Test
    void shouldShowEveryScopeAndKindAndFilterByThem() throws Exception {
        String api = github.apiUrl();
        RepositoryCoordinates web = RepositoryCoordinates.parse("acme/web");
        OrganizationName acme = new OrganizationName("acme");
        record(scope(api, "acme/web", "production"), "DEPLOY_KEY", "deploy-key", "team/deploy");
        record(new RecordScope(api, new EnvironmentTarget(web, EnvironmentName.of("production")), ValueKind.VARIABLE),
                "REGION", "text", "team/deploy");
        record(new RecordScope(api, new RepositoryTarget(web, Application.DEPENDABOT), ValueKind.SECRET),
                "NPM_TOKEN", "npm-token", "team/deps");
        record(new RecordScope(api, new OrganizationTarget(acme, Application.ACTIONS), ValueKind.VARIABLE),
                "SHARED", "env:SHARED", "team/org", RepositoryAccess.selected(List.of(4242L, 4243L)));
        record(new RecordScope(api, new OrganizationTarget(acme, Application.CODESPACES), ValueKind.SECRET),
                "DEV_KEY", "dev-key", "team/org", RepositoryAccess.privateRepositories());
        JenkinsRule.WebClient admin = client(ADMIN);

        HtmlPage page = admin.goTo(PAGE);

        assertThat(scopes(page)).containsExactlyInAnyOrder(
                "environment acme/web secret DEPLOY_KEY",
                "environment acme/web variable REGION",
                "repository (Dependabot) acme/web secret NPM_TOKEN",
                "organization acme variable SHARED selected (2)",
                "organization (Codespaces) acme secret DEV_KEY private");
        assertThat(scopes(admin.goTo(PAGE + "?scope=organization"))).containsExactlyInAnyOrder(
                "organization acme variable SHARED selected (2)",
                "organization (Codespaces) acme secret DEV_KEY private");
        assertThat(scopes(admin.goTo(PAGE + "?kind=variable"))).containsExactlyInAnyOrder(
                "environment acme/web variable REGION", "organization acme variable SHARED selected (2)");
        assertThat(scopes(admin.goTo(PAGE + "?application=dependabot"))).containsExactly(
                "repository (Dependabot) acme/web secret NPM_TOKEN");
        assertThat(scopes(admin.goTo(PAGE + "?organization=ACME&kind=secret"))).containsExactlyInAnyOrder(
                "environment acme/web secret DEPLOY_KEY", "repository (Dependabot) acme/web secret NPM_TOKEN",
                "organization (Codespaces) acme secret DEV_KEY private");
        assertThat(scopes(admin.goTo(PAGE + "?scope=environment&name=region"))).containsExactly(
                "environment acme/web variable REGION");
        HtmlForm filter = page.getFormByName("filter");
        assertThat(filter.getSelectByName("scope").getOptions()).extracting(option -> option.getValueAttribute())
                .containsExactly("", "environment", "repository", "organization");
        assertThat(filter.getSelectByName("kind").getOptions()).extracting(option -> option.getValueAttribute())
                .containsExactly("", "secret", "variable");
        assertThat(admin.goTo(PAGE + "?kind=variable").getFormByName("filter").getSelectByName("kind")
                .getSelectedOptions()).extracting(option -> option.getValueAttribute()).containsExactly("variable");
        assertNoValueOrFingerprintIn(page.getWebResponse().getContentAsString());
    }

    /** Forget of an organization's variable, through its row's form: that record goes, no other, nothing on GitHub. */
    @Test
    void shouldForgetTheRecordOfAnOrganizationsVariable() throws Exception {
        String api = github.apiUrl();
        OrganizationName acme = new OrganizationName("acme");
        RecordScope variables = new RecordScope(api, new OrganizationTarget(acme, Application.ACTIONS),
                ValueKind.VARIABLE);
        RecordScope secrets = new RecordScope(api, new OrganizationTarget(acme, Application.ACTIONS),
                ValueKind.SECRET);
        record(variables, "SHARED", "env:SHARED", "team/org", RepositoryAccess.all());
        record(secrets, "SHARED", "shared-key", "team/org", RepositoryAccess.all());
        JenkinsRule.WebClient admin = j.createWebClient().login(ADMIN); // with scripts: they add the POST's crumb
        HtmlPage page = admin.goTo(PAGE + "?kind=variable");
        HtmlForm forget = page.querySelector("#github-environment-secrets tbody tr form");

        HtmlButton button = forget.querySelector("button[type=submit]");
        button.click();
        HtmlPage after = (HtmlPage) admin.getCurrentWindow().getEnclosedPage();

        assertThat(after.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(parameters(after.getUrl())).containsExactly("kind=variable");
        assertThat(recorded()).extracting(secret -> secret.scope().kind() + " " + secret.name().value())
                .containsExactly("SECRET SHARED");
        assertThat(github.requests()).as("requests to GitHub").isEmpty();
    }

    /** A Forget naming no record set a row could name is refused without echoing it. */
    @Test
    void shouldRefuseAForgetOfWhatNoRowNames() throws Exception {
        record(scope(github.apiUrl(), "acme/web", "production"), "TEXT", TEXT_ID, "team/api");
        JenkinsRule.WebClient admin = client(ADMIN);
        WebRequest request = new WebRequest(new URL(j.getURL(), PAGE + "forget"), HttpMethod.POST);
        request.setRequestParameters(List.of(new NameValuePair("server", github.apiUrl()),
                new NameValuePair("scope", "<b>team</b>"), new NameValuePair("repository", "acme/web"),
                new NameValuePair("environment", PRODUCTION), new NameValuePair("kind", "secret"),
                new NameValuePair("name", "TEXT")));
        admin.addCrumb(request);

        Page refused = admin.getPage(request);

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
        assertThat(refused.getWebResponse().getContentAsString()).doesNotContain("<b>team</b>");
        assertThat(recordedNames()).containsExactly("TEXT");
    }

    @Test
    void shouldForgetOnlyTheRecordAndLeaveTheSecretOnGitHub() throws Exception {
        JobKind.FREESTYLE.run(j, TestGitHub.productionSync(github)
                .secretFromCredential("TEXT", TEXT_ID).secretFromCredential("FILE", FILE_ID), Result.SUCCESS);
        github.clearRequests();
        JenkinsRule.WebClient admin = client(ADMIN);

        Page after = forget(admin, "TEXT");

        assertThat(after.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(after.getUrl().toString()).endsWith(PAGE);
        assertThat(recordedNames()).containsExactly("FILE");
        assertThat(rows((HtmlPage) after)).containsExactly(github.apiUrl() + " acme/web production FILE " + FILE_ID);
        assertThat(github.requests()).as("requests to GitHub").isEmpty();
        assertThat(github.valueOf(OWNER, REPO, PRODUCTION, "TEXT")).contains(TEXT);
        assertThat(forget(admin, "TEXT").getWebResponse().getStatusCode()).as("forgetting it again").isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldListOnAJobsPageTheSecretsItOwns(JobKind kind) throws Exception {
        Job<?, ?> owner = kind.job(j, TestGitHub.productionSync(github).secretFromCredential("TEXT", TEXT_ID));
        kind.build(j, owner, Result.SUCCESS);
        Job<?, ?> bystander = kind.create(j);
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to(ADMIN)
                .grant(Jenkins.READ).everywhere().to(READER)
                .grant(Item.READ).onItems(owner).to(READER));

        assertThat(owner.getAction(JobSecretsAction.class)).isNotNull();
        assertThat(bystander.getAction(JobSecretsAction.class)).isNull();
        JenkinsRule.WebClient reader = client(READER);
        HtmlPage jobPage = reader.goTo(owner.getUrl());
        assertThat(jobPage.getWebResponse().getContentAsString()).contains(owner.getUrl() + "github-environment-secrets");
        HtmlPage page = reader.goTo(owner.getUrl() + "github-environment-secrets/");
        assertThat(rows(page)).containsExactly(github.apiUrl() + " acme/web production TEXT " + TEXT_ID);
        String html = page.getWebResponse().getContentAsString();
        assertThat(html).contains("href=\"/jenkins/" + owner.getUrl() + "1/\"").doesNotContain("/forget");
        assertNoValueOrFingerprintIn(html);
        client(ADMIN).assertFails(bystander.getUrl() + "github-environment-secrets/", 404);
    }

    /**
     * A sync identity {@code <job>/<suffix>} belongs to its job: the job's page lists the secret and the audit links
     * the identity to the job. A viewer of one job's page learns no name of a job it cannot see.
     */
    /** A repository's secret and variable, written by a job of either kind, on its page with their scope and kind. */
    @ParameterizedTest
    @EnumSource(JobKind.class)
    void shouldListOnAJobsPageTheRepositorysSecretsAndVariablesItWrote(JobKind kind) throws Exception {
        Job<?, ?> owner = kind.job(j, SyncSpec.ofRepository(TestGitHub.REPOSITORY).credentialsId(TOKEN_ID)
                .apiUrl(github.apiUrl()).secretFromCredential("TEXT", TEXT_ID).variable("REGION", "eu-west-1"));
        kind.build(j, owner, Result.SUCCESS);

        HtmlPage page = client(ADMIN).goTo(owner.getUrl() + "github-environment-secrets/");

        assertThat(scopes(page)).containsExactly("repository acme/web secret TEXT",
                "repository acme/web variable REGION");
        assertThat(rows(page)).containsExactly(github.apiUrl() + " acme/web TEXT " + TEXT_ID,
                github.apiUrl() + " acme/web REGION text");
        assertNoValueOrFingerprintIn(page.getWebResponse().getContentAsString());
    }

    @Test
    void shouldCountASuffixedSyncIdentityAsItsJobsAndHideJobsOutOfSight() throws Exception {
        Job<?, ?> owner = JobKind.FREESTYLE.create(j);
        JobKind.FREESTYLE.configure(owner, TestGitHub.productionSync(github)
                .syncIdentity(owner.getFullName() + "/backend").secretFromCredential("TEXT", TEXT_ID));
        JobKind.FREESTYLE.build(j, owner, Result.SUCCESS);
        Job<?, ?> other = JobKind.FREESTYLE.job(j, TestGitHub.productionSync(github)
                .secretFromCredential("TEXT", TEXT_ID));
        JobKind.FREESTYLE.build(j, other, Result.SUCCESS);
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to(ADMIN)
                .grant(Jenkins.READ).everywhere().to(READER)
                .grant(Item.READ).onItems(owner).to(READER));

        assertThat(owner.getAction(JobSecretsAction.class)).isNotNull();
        String audit = client(ADMIN).goTo(PAGE).getWebResponse().getContentAsString();
        assertThat(audit).contains(owner.getFullName() + "/backend").doesNotContain("job no longer exists");
        String jobPage = client(READER).goTo(owner.getUrl() + "github-environment-secrets/").getWebResponse()
                .getContentAsString();
        assertThat(jobPage).contains(owner.getFullName() + "/backend", "another job")
                .doesNotContain(other.getFullName());
    }

    @Test
    void shouldMarkTheJobsThatNoLongerExist() throws Exception {
        Job<?, ?> job = JobKind.FREESTYLE.job(j, TestGitHub.productionSync(github).secretFromCredential("TEXT", TEXT_ID));
        JobKind.FREESTYLE.build(j, job, Result.SUCCESS);
        String name = job.getFullName();
        job.delete();

        String html = client(ADMIN).goTo(PAGE).getWebResponse().getContentAsString();

        assertThat(html).contains(name + " #1", "job no longer exists").doesNotContain("href=\"/jenkins/job/" + name);
    }

    /**
     * Jenkins' script adds its CSRF crumb to every form, the GET filter form too; submitting the filter must not carry
     * the crumb into the address, where history, bookmarks and logs would keep it.
     */
    @Test
    void shouldFilterWithTheFormWithoutTheCrumbInTheAddress() throws Exception {
        record(scope(github.apiUrl(), "acme/web", "production"), "DEPLOY_KEY", "deploy-key", "team/deploy");
        record(scope(github.apiUrl(), "acme/web", "staging"), "API_KEY", "api-key", "team/api");
        record(scope(github.apiUrl(), "acme/api", "production"), "DEPLOY_KEY", "deploy-key", "team/deploy");
        JenkinsRule.WebClient admin = j.createWebClient().login(ADMIN); // with scripts, as a browser
        HtmlForm form = admin.goTo(PAGE).getFormByName("filter");
        String crumbField = j.jenkins.getCrumbIssuer().getCrumbRequestField();
        assertThat(form.getInputsByName(crumbField)).as("the crumb Jenkins' script added").isNotEmpty();
        String crumb = form.getInputByName(crumbField).getValue();

        form.getInputByName("repository").setValue("acme/web");
        form.getInputByName("credential").setValue("deploy-key");
        HtmlButton filter = form.querySelector("button[type=submit]");
        filter.click();
        HtmlPage filtered = (HtmlPage) admin.getCurrentWindow().getEnclosedPage();

        assertThat(filtered.getUrl().getPath()).endsWith("/" + PAGE);
        assertThat(parameters(filtered.getUrl())).containsExactly("repository=acme/web", "credential=deploy-key");
        assertThat(filtered.getUrl().toString()).doesNotContain(crumbField).doesNotContain(crumb);
        assertThat(rows(filtered)).containsExactly(github.apiUrl() + " acme/web production DEPLOY_KEY deploy-key");
    }

    /**
     * Forget comes back to the page as it was filtered. The filter travels in the form, and comes back URL-encoded:
     * a value full of URL and HTML syntax stays one value of one parameter.
     */
    @Test
    void shouldComeBackToTheFilteredPageAfterForget() throws Exception {
        String source = "a&job=x \"quoted\" <b>#frag";
        record(scope(github.apiUrl(), "acme/web", "production"), "DEPLOY_KEY", source, "team/deploy");
        record(scope(github.apiUrl(), "acme/web", "production"), "API_KEY", source, "team/api");
        record(scope(github.apiUrl(), "acme/web", "staging"), "OTHER_KEY", "other", "team/api");
        JenkinsRule.WebClient admin = j.createWebClient().login(ADMIN); // with scripts: they add the POST's crumb
        HtmlPage page = admin.goTo(PAGE + "?repository=acme/web&credential="
                + URLEncoder.encode(source, StandardCharsets.UTF_8));
        assertThat(rows(page)).hasSize(2);
        HtmlForm forget = page.querySelectorAll("#github-environment-secrets tbody tr").stream()
                .filter(row -> row.asNormalizedText().contains("DEPLOY_KEY")).findFirst().orElseThrow()
                .querySelector("form");
        assertThat(forget.getInputByName("filter.credential").getValue()).isEqualTo(source);

        HtmlButton button = forget.querySelector("button[type=submit]");
        button.click();
        HtmlPage after = (HtmlPage) admin.getCurrentWindow().getEnclosedPage();

        assertThat(after.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(after.getUrl().getPath()).endsWith("/" + PAGE);
        assertThat(parameters(after.getUrl())).containsExactly("repository=acme/web", "credential=" + source);
        assertThat(after.getFormByName("filter").getInputByName("credential").getValue()).isEqualTo(source);
        assertThat(rows(after)).containsExactly(github.apiUrl() + " acme/web production API_KEY " + source);
        assertThat(recordedNames()).containsExactlyInAnyOrder("API_KEY", "OTHER_KEY");
    }

    /**
     * The job's page of secrets on a job type without a side panel: core's Job has none, only some job types add one
     * (AbstractProject, WorkflowJob), and the page is offered for every Job.
     */
    @Test
    void shouldServeTheJobPageOfAJobTypeWithoutASidePanel() throws Exception {
        BareJob job = j.jenkins.createProject(BareJob.class, "bare");
        for (Class<?> type = BareJob.class; type != null; type = type.getSuperclass()) {
            String view = type.getName().replace('.', '/').replace('$', '/') + "/sidepanel.jelly";
            assertThat(Jenkins.class.getClassLoader().getResource(view)).as(view).isNull();
            assertThat(BareJob.class.getClassLoader().getResource(view)).as(view).isNull();
        }
        record(scope(github.apiUrl(), "acme/web", "production"), "DEPLOY_KEY", "deploy-key", job.getFullName());

        assertThat(job.getAction(JobSecretsAction.class)).isNotNull();
        HtmlPage page = client(ADMIN).goTo(job.getUrl() + "github-environment-secrets/");

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(rows(page)).containsExactly(github.apiUrl() + " acme/web production DEPLOY_KEY deploy-key");
    }

    /** A job type with no view of its own, like core's Job; the test harness offers none, so here is one. */
    @SuppressWarnings("unchecked") // AbstractItem's getParent() returns the raw ItemGroup, TopLevelItem's a generic one
    public static final class BareJob extends Job<BareJob, BareRun> implements TopLevelItem {
        @SuppressWarnings("rawtypes") // Job's constructor takes the raw type
        BareJob(ItemGroup parent, String name) {
            super(parent, name);
        }

        @Override
        public boolean isBuildable() {
            return false;
        }

        @Override
        protected SortedMap<Integer, BareRun> _getRuns() {
            return Collections.emptySortedMap();
        }

        @Override
        protected void removeRun(BareRun run) {
            // it has no runs
        }

        @Override
        public TopLevelItemDescriptor getDescriptor() {
            return (TopLevelItemDescriptor) Jenkins.get().getDescriptorOrDie(BareJob.class);
        }

        @TestExtension("shouldServeTheJobPageOfAJobTypeWithoutASidePanel")
        public static final class DescriptorImpl extends TopLevelItemDescriptor {
            @Override
            @SuppressWarnings("rawtypes") // the method it overrides takes the raw type
            public TopLevelItem newInstance(ItemGroup parent, String name) {
                return new BareJob(parent, name);
            }
        }
    }

    /** BareJob's run type, never built. */
    public static final class BareRun extends Run<BareJob, BareRun> {
        BareRun(BareJob job) throws IOException {
            super(job);
        }
    }

    /** A view shows the first thousand rows of its selection and says how many it leaves out; a filter finds them. */
    @Test
    void shouldShowTheFirstThousandOfTenThousandRecords() throws Exception {
        FingerprintStore store = SyncMemories.store(warning -> { throw new AssertionError(warning); });
        for (int r = 0; r < 10; r++) {
            store.update(scope(github.apiUrl(), "acme/repo" + r, "production"), current -> {
                Map<SecretName, SecretRecord> records = new HashMap<>();
                for (int s = 0; s < 1_000; s++) {
                    String job = "team/job" + (s % 10);
                    records.put(SecretName.of("SECRET_" + s), new SecretRecord("fp-" + s, Instant.now(),
                            Set.of(job), "credential-" + (s % 7), new WrittenBy(job, s), null));
                }
                return records;
            });
        }
        JenkinsRule.WebClient admin = client(ADMIN);

        HtmlPage page = admin.goTo(PAGE);

        // Digits only: the count is formatted for the locale, as 10,000 or 10.000.
        assertThat(page.getElementById("github-environment-secrets-count").asNormalizedText().replaceAll("\\D", ""))
                .isEqualTo("1000010000");
        assertThat(page.querySelectorAll("#github-environment-secrets tbody tr")).hasSize(1_000);
        assertThat(page.getElementById("github-environment-secrets-cut").asNormalizedText())
                .contains("narrow the filter").matches("\\D*1\\D?000\\D*");
        HtmlPage filtered = admin.goTo(PAGE + "?repository=acme/repo3&credential=credential-2");
        assertThat(rows(filtered)).hasSize(143);
        assertThat(filtered.getElementById("github-environment-secrets-cut")).isNull();
    }

    /** The query's parameters, each as "name=value" decoded, in their order. */
    private static List<String> parameters(URL url) {
        return Arrays.stream(url.getQuery().split("&")).map(parameter -> {
            String[] pair = parameter.split("=", 2);
            return URLDecoder.decode(pair[0], StandardCharsets.UTF_8) + "="
                    + URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8);
        }).toList();
    }

    /** Each row as "server repository environment name source": where, what and from where. */
    private static List<String> rows(HtmlPage page) {
        return cells(page, 0, 2, 3, 5, 6);
    }

    /** Each row as "scope (application) repository-or-organization kind name readable-by". */
    private static List<String> scopes(HtmlPage page) {
        return cells(page, 1, 2, 4, 5, 11);
    }

    private static List<String> cells(HtmlPage page, int... columns) {
        return page.querySelectorAll("#github-environment-secrets tbody tr").stream().map(row -> {
            List<String> cells = row.querySelectorAll("td").stream().map(cell -> cell.asNormalizedText().strip())
                    .toList();
            return Arrays.stream(columns).mapToObj(cells::get).filter(cell -> !cell.isEmpty())
                    .reduce((a, b) -> a + " " + b).orElse("");
        }).toList();
    }

    private JenkinsRule.WebClient client(String user) throws Exception {
        JenkinsRule.WebClient client = j.createWebClient().login(user);
        client.getOptions().setJavaScriptEnabled(false);
        client.setThrowExceptionOnFailingStatusCode(false);
        return client;
    }

    /** Posts the Forget of a secret of production in acme/web, as its row's form does. */
    private Page forget(JenkinsRule.WebClient client, String secret) throws Exception {
        WebRequest request = new WebRequest(new URL(j.getURL(), PAGE + "forget"), HttpMethod.POST);
        request.setRequestParameters(List.of(new NameValuePair("server", github.apiUrl()),
                new NameValuePair("scope", "environment"), new NameValuePair("application", "actions"),
                new NameValuePair("repository", TestGitHub.REPOSITORY), new NameValuePair("organization", ""),
                new NameValuePair("environment", PRODUCTION), new NameValuePair("kind", "secret"),
                new NameValuePair("name", secret)));
        client.addCrumb(request);
        return client.getPage(request);
    }

    private static List<RecordedSecret> recorded() {
        return SyncMemories.store(warning -> { throw new AssertionError(warning); }).all();
    }

    private static List<String> recordedNames() {
        return recorded().stream().map(secret -> secret.name().value()).toList();
    }

    /** Neither a test secret, as it is or base64-encoded, nor any fingerprint the store holds. */
    private static void assertNoValueOrFingerprintIn(String html) throws Exception {
        List<RecordedSecret> recorded = recorded();
        assertThat(recorded).isNotEmpty();
        for (RecordedSecret secret : recorded) {
            assertThat(html).doesNotContain(secret.record().fingerprint());
        }
        Leaks.assertNoSecretIn(html);
    }

    private static void record(RecordScope scope, String name, String source, String job)
            throws InterruptedException {
        record(scope, name, source, job, null);
    }

    /** A record as a sync of {@code job} would leave it; {@code access} for an organization's, else null. */
    private static void record(RecordScope scope, String name, String source, String job, RepositoryAccess access)
            throws InterruptedException {
        SyncMemories.store(warning -> { throw new AssertionError(warning); }).update(scope, current -> {
            Map<SecretName, SecretRecord> next = new HashMap<>(current);
            SecretRecord record = new SecretRecord("fp-" + name, Instant.now(), Set.of(job), source,
                    new WrittenBy(job, 1), null);
            next.put(SecretName.of(name), access == null ? record : record.withAccess(access));
            return next;
        });
    }

    private static RecordScope scope(String server, String repository, String environment) {
        return RecordScope.environmentSecrets(server, RepositoryCoordinates.parse(repository),
                EnvironmentName.of(environment));
    }
}
