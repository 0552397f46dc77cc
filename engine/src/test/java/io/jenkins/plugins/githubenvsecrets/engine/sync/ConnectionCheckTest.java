package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static io.jenkins.plugins.githubenvsecrets.engine.testing.FineGrainedPermission.DEPENDABOT_SECRETS;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.FineGrainedPermission.ENVIRONMENTS;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.FineGrainedPermission.ORGANIZATION_SECRETS;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.github.AccessToken;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.github.RetryPolicy;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.sync.ConnectionReport.Level;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Grant;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Leaks;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The form's check: the cheapest reads that prove what the scope needs, each finding in words, one attempt and no
 * waiting, never a value or the token.
 */
class ConnectionCheckTest {
    private static final String TOKEN = "ghp_connectionCheckToken0123456789";
    private static final String FINE = "github_pat_fineGrainedConnection0123456789";
    /** What the form's request is: validated and resolved, never run, so it needs nothing to do but prune. */
    private static final SyncOptions VALIDATE_ONLY = new SyncOptions(false, true, PruneMode.ALL);

    private final GitHubFake github = GitHubFake.start().addToken(TOKEN, Permission.ADMIN)
            .addOrganization("acme", 100).addRepository("acme", "web", 1).addRepository("acme", "api", 2)
            .addEnvironment("acme", "web", "production");

    @AfterEach
    void stop() {
        github.assertNoProtocolViolations();
        github.close();
    }

    @Test
    void shouldReadTheKeyAndListTheVariablesOfAnEnvironment() throws Exception {
        ConnectionReport report = check(TOKEN, SyncRequest.builder().repository("acme/web").environment("production"),
                Set.of(ValueKind.SECRET, ValueKind.VARIABLE));

        assertThat(report.level()).isEqualTo(Level.OK);
        assertThat(report.messages()).containsExactly(
                "Environment 'production' of acme/web: the token may read its public key. Writing secrets needs more,"
                        + " which only a write can prove: A classic personal access token needs the 'repo' scope; a"
                        + " fine-grained token or a GitHub App needs access to the repository with the repository"
                        + " permission 'Environments: write'.",
                "Environment 'production' of acme/web: the token may read its 0 variables. Writing variables needs"
                        + " more, which only a write can prove: A classic personal access token needs the 'repo'"
                        + " scope; a fine-grained token or a GitHub App needs access to the repository with the"
                        + " repository permission 'Environments: write'.");
        assertThat(github.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "GET /repos/acme/web/environments/production",
                "GET /repos/acme/web/environments/production/secrets/public-key",
                "GET /repos/acme/web/environments/production/variables");
    }

    @Test
    void shouldSayWhatIsWrongWithAnUnusableKeyInOneSentence() throws Exception {
        github.failNext(1, request("GET", ".*/production/secrets/public-key"), 200, Map.of(),
                "{\"key_id\": \"568250167242549743\", \"key\": \"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==\"}");

        ConnectionReport report = check(TOKEN, SyncRequest.builder().repository("acme/web").environment("production"),
                Set.of(ValueKind.SECRET));

        assertThat(report.level()).isEqualTo(Level.ERROR);
        assertThat(report.messages()).containsExactly("Environment 'production' of acme/web: GitHub handed out a"
                + " public key (key id '568250167242549743') that cannot be used: it has 31 bytes, not 32, so no"
                + " secret can be sealed for it.");
    }

    @Test
    void shouldWarnOfAMissingEnvironmentAndFailAMissingRepository() throws Exception {
        ConnectionReport report = check(TOKEN, SyncRequest.builder().repositories(List.of("acme/web", "acme/nope"))
                .environment("staging"), Set.of());

        assertThat(report.level()).isEqualTo(Level.ERROR);
        assertThat(report.findings()).extracting(ConnectionReport.Finding::level)
                .containsExactly(Level.WARNING, Level.ERROR);
        assertThat(report.messages().get(0)).startsWith("Environment 'staging' does not exist in acme/web: a sync"
                + " fails there unless it may create the environment (createEnvironment: true in a Pipeline, or the"
                + " option 'Create the environment if it does not exist' of a freestyle job's build step)");
        assertThat(report.messages().get(1)).startsWith("GET repository acme/nope: HTTP 404");
        assertThat(github.mutatingRequestCount()).isZero();
    }

    @Test
    void shouldSayWhichPermissionAFineGrainedTokenLacks() throws Exception {
        github.addFineGrainedToken(FINE, Grant.read(ENVIRONMENTS));

        ConnectionReport report = check(FINE, SyncRequest.builder().scope(TargetKind.REPOSITORY)
                .application("dependabot").repository("acme/web"), Set.of(ValueKind.SECRET));

        assertThat(report.level()).isEqualTo(Level.ERROR);
        assertThat(report.messages()).singleElement().asString()
                .startsWith("GET repository acme/web (Dependabot): HTTP 403")
                .contains("the repository permission '" + "Dependabot secrets: write'");
        github.addFineGrainedToken(FINE, Grant.read(DEPENDABOT_SECRETS));
        assertThat(check(FINE, SyncRequest.builder().scope(TargetKind.REPOSITORY).application("dependabot")
                .repository("acme/web"), Set.of()).level()).isEqualTo(Level.OK);
    }

    @Test
    void shouldCheckTheOrganizationsKeyAndItsSelectedRepositories() throws Exception {
        github.addFineGrainedToken(FINE, Grant.read(ORGANIZATION_SECRETS));

        ConnectionReport report = check(FINE, SyncRequest.builder().scope(TargetKind.ORGANIZATION)
                .organization("acme").selectedRepositories(List.of("web", "ghost")), Set.of(ValueKind.SECRET));

        assertThat(report.findings()).extracting(ConnectionReport.Finding::level).containsExactly(Level.OK,
                Level.ERROR);
        assertThat(report.messages().get(0)).startsWith("Organization acme: the token may read its public key.")
                .contains("'admin:org'", "organization permission 'Secrets: write'");
        assertThat(report.messages().get(1)).isEqualTo("Repository acme/ghost does not exist, or the token cannot"
                + " see it.");
        assertThat(github.requests()).extracting(r -> r.method() + " " + r.path())
                .containsExactly("GET /orgs/acme/actions/secrets/public-key", "POST /graphql");
    }

    @Test
    void shouldTryOnceWaitForNothingAndStopAtARefusalOfTheToken() throws Exception {
        github.failNext(1, request("GET", ".*/environments/production"), 503);
        ConnectionReport failed = check(TOKEN, SyncRequest.builder().repository("acme/web")
                .environment("production"), Set.of());
        assertThat(github.requests()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(503));
        ConnectionReport badToken = check("ghp_notAToken00000000000000000000000", SyncRequest.builder()
                .repositories(List.of("acme/web", "acme/api")).environments(List.of("production", "staging")),
                Set.of());

        assertThat(failed.messages()).singleElement().asString().contains("HTTP 503");
        assertThat(badToken.messages()).singleElement().asString().contains("HTTP 401");
        assertThat(github.requests()).hasSize(1);
        Leaks.assertNoSecretIn(failed.messages() + "" + badToken.messages(), TOKEN,
                "ghp_notAToken00000000000000000000000");
    }

    @Test
    void shouldScrubTheTokenFromAServerThatEchoesIt() throws Exception {
        github.echoNext(1, request("GET", ".*/actions/secrets/public-key"), 403, "text/html",
                echo -> "<p>no access for " + echo.authorization() + " (" + echo.token() + ")</p>");

        ConnectionReport report = check(TOKEN, SyncRequest.builder().scope(TargetKind.REPOSITORY)
                .repository("acme/web"), Set.of(ValueKind.SECRET));

        assertThat(report.messages()).singleElement().asString().startsWith("GET repository acme/web: HTTP 403")
                .contains("'Secrets: write'");
        Leaks.assertNoSecretIn(report.messages().toString(), TOKEN);
    }

    @Test
    void shouldScrubTheTokenFromTheKeyIdOfAnUnusableKey() throws Exception {
        github.failNext(1, request("GET", ".*/production/secrets/public-key"), 200, Map.of(),
                "{\"key_id\": \"" + TOKEN + "\", \"key\": \"not base64!\"}");

        ConnectionReport report = check(TOKEN, SyncRequest.builder().repository("acme/web").environment("production"),
                Set.of(ValueKind.SECRET));

        assertThat(report.messages()).containsExactly("Environment 'production' of acme/web: GitHub handed out a"
                + " public key (key id '****') that cannot be used: it is not valid base64, so no secret can be sealed"
                + " for it.");
        Leaks.assertNoSecretIn(report.messages().toString(), TOKEN);
    }

    private ConnectionReport check(String token, SyncRequest.Builder builder, Set<ValueKind> kinds)
            throws InterruptedException {
        github.clearRequests();
        try (SyncRequest request = builder.apiUrl(github.apiUrl()).options(VALIDATE_ONLY).build();
                GitHubClient client = GitHubClient.builder(GitHubApiUrl.parse(github.apiUrl()),
                        AccessToken.of(token.toCharArray())).retryPolicy(RetryPolicy.oneAttempt()).build()) {
            return new ConnectionCheck(client).check(request, kinds);
        }
    }
}
