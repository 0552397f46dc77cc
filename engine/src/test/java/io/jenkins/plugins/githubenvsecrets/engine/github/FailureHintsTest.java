package io.jenkins.plugins.githubenvsecrets.engine.github;

import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.PROD_EU;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.WEB;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.assertNothingSecretIn;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.organization;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.repository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a failure tells its reader to do, against the GitHub fake: each hint fits the request that failed (by id or by
 * name, which route family, which token), so that a reader can act on the message alone.
 */
class FailureHintsTest {
    private final TargetFixture fixture = new TargetFixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldNotAskForAnOwnerAndNameThatWereNeverGiven() {
        GitHubNotFoundException missing = catchThrowableOfType(GitHubNotFoundException.class,
                () -> fixture.client.getRepository(4711));

        assertThat(missing).hasMessage("GET repository id 4711: HTTP 404. The repository id 4711 does not exist, or the"
                + " token cannot see it. Check the id, or give the repository as owner/name, and make sure the token"
                + " has access to the repository. GitHub said: \"Not Found\".");
        FakeRequest request = fixture.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/repositories/4711");
        assertNothingSecretIn(missing);
    }

    @Test
    void shouldStillAskForTheOwnerAndNameOfARepositoryGivenByName() {
        GitHubNotFoundException missing = catchThrowableOfType(GitHubNotFoundException.class,
                () -> fixture.client.getRepository(RepositoryCoordinates.parse("acme/nope")));

        assertThat(missing).hasMessageStartingWith("GET repository acme/nope: HTTP 404. The repository acme/nope does"
                + " not exist, or the token cannot see it. Check the owner and name");
        assertThat(fixture.onlyRequest().path()).isEqualTo("/repos/acme/nope");
    }

    /** One request of each route family, and the one permission its 403 names. */
    static Stream<Arguments> routeFamilies() {
        String repo = "A classic personal access token needs the 'repo' scope; a fine-grained token or a GitHub App"
                + " needs access to the repository with the repository permission ";
        String org = "A classic personal access token needs the 'admin:org' scope (and 'repo' for private"
                + " repositories); a fine-grained token or a GitHub App needs the organization permission ";
        String metadata = "Reading a repository needs only the repository permission 'Metadata: read', which a"
                + " fine-grained token or a GitHub App holds for every repository it may access: give it access to"
                + " this repository. A classic personal access token needs the 'repo' scope for a private"
                + " repository.";
        return Stream.of(
                Arguments.of("GET /repos/acme/web", (Call) client -> client.getRepository(WEB),
                        "GET repository acme/web", metadata),
                Arguments.of("GET /repositories/42", (Call) client -> client.getRepository(42),
                        "GET repository id 42", metadata),
                Arguments.of("POST /graphql", (Call) client -> client.resolveRepositoryIds(List.of(WEB)),
                        "POST repository acme/web (ids, through GraphQL)", metadata),
                Arguments.of("GET environment", (Call) client -> client.environmentExists(WEB, "prod/eu"),
                        "GET repository acme/web, environment 'prod/eu'", repo + "'Actions: read' to read its"
                                + " environments."),
                Arguments.of("PUT environment", (Call) client -> client.createEnvironment(WEB, "staging"),
                        "PUT repository acme/web, environment 'staging'", repo + "'Administration: write' to create"
                                + " an environment."),
                Arguments.of("environment secrets", (Call) client -> client.getPublicKey(PROD_EU),
                        "GET repository acme/web, environment 'prod/eu'", repo + "'Environments: write'."),
                Arguments.of("environment variables", (Call) client -> client.listVariables(PROD_EU),
                        "GET repository acme/web, environment 'prod/eu'", repo + "'Environments: write'."),
                Arguments.of("repository secrets", (Call) client -> client.getPublicKey(repository(
                        Application.ACTIONS)), "GET repository acme/web", repo + "'Secrets: write'."),
                Arguments.of("Dependabot secrets", (Call) client -> client.getPublicKey(repository(
                        Application.DEPENDABOT)), "GET repository acme/web (Dependabot)",
                        repo + "'Dependabot secrets: write'."),
                Arguments.of("Codespaces secrets", (Call) client -> client.getPublicKey(repository(
                        Application.CODESPACES)), "GET repository acme/web (Codespaces)",
                        repo + "'Codespaces secrets: write'."),
                Arguments.of("repository variables", (Call) client -> client.listVariables(repository(
                        Application.ACTIONS)), "GET repository acme/web", repo + "'Variables: write'."),
                Arguments.of("organization secrets", (Call) client -> client.getPublicKey(organization(
                        Application.ACTIONS)), "GET organization acme", org + "'Secrets: write'."),
                Arguments.of("organization Dependabot secrets", (Call) client -> client.getPublicKey(organization(
                        Application.DEPENDABOT)), "GET organization acme (Dependabot)",
                        org + "'Dependabot secrets: write'."),
                Arguments.of("organization Codespaces secrets", (Call) client -> client.getPublicKey(organization(
                        Application.CODESPACES)), "GET organization acme (Codespaces)",
                        org + "'Codespaces secrets: write'."),
                Arguments.of("organization variables", (Call) client -> client.listVariables(organization(
                        Application.ACTIONS)), "GET organization acme", org + "'Variables: write'."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routeFamilies")
    void shouldNameThePermissionOfTheRouteFamilyThatWasRefused(String family, Call call, String request,
            String hint) {
        fixture.github.refuseNext(1, any -> true, 403, "Resource not accessible by personal access token");

        GitHubPermissionException refused = catchThrowableOfType(GitHubPermissionException.class,
                () -> call.on(fixture.client));

        assertThat(refused).hasMessage(request + ": HTTP 403. The token may not do this. " + hint + " GitHub said:"
                + " \"Resource not accessible by personal access token\".");
        assertThat(fixture.github.requests()).hasSize(1);
        assertNothingSecretIn(refused);
    }

    @Test
    void shouldNameTheCredentialWhoseTokenGitHubDidNotAccept() {
        try (GitHubClient client = clientFor("ghp_notAcceptedAnywhere000000000000000")) {
            GitHubAuthenticationException refused = catchThrowableOfType(GitHubAuthenticationException.class,
                    () -> client.getPublicKey(PROD_EU));

            assertThat(refused).hasMessageStartingWith("GET repository acme/web, environment 'prod/eu': HTTP 401."
                    + " GitHub did not accept the token of credential 'github-token': it is invalid, expired or"
                    + " revoked. Check that credential.");
            assertThat(fixture.onlyRequest().header("Authorization"))
                    .contains("Bearer ghp_notAcceptedAnywhere000000000000000");
            assertThat(refused.getMessage()).doesNotContain("ghp_notAcceptedAnywhere");
        }
    }

    @Test
    void shouldNameTheCredentialWhoseTokenMayNotDoIt() {
        fixture.github.refuseNext(1, any -> true, 403, "Resource not accessible by personal access token");
        try (GitHubClient client = clientFor(TargetFixture.TOKEN)) {
            GitHubPermissionException refused = catchThrowableOfType(GitHubPermissionException.class,
                    () -> client.getPublicKey(PROD_EU));

            assertThat(refused).hasMessageStartingWith("GET repository acme/web, environment 'prod/eu': HTTP 403. The"
                    + " token of credential 'github-token' may not do this. A classic personal access token");
            assertNothingSecretIn(refused);
        }
    }

    @Test
    void shouldSayTheCredentialHoldsTheTokenWhenNotToldWhichOne() {
        try (GitHubClient client = fixture.client("ghp_notAcceptedAnywhere000000000000000")) {
            GitHubAuthenticationException refused = catchThrowableOfType(GitHubAuthenticationException.class,
                    () -> client.getPublicKey(PROD_EU));

            assertThat(refused).hasMessageContaining("GitHub did not accept the token: it is invalid, expired or"
                    + " revoked. Check the credential that holds it.");
        }
    }

    @Test
    void shouldShowATokenSourceOnOneShortLine() {
        GitHubClient.Builder builder = GitHubClient.builder(GitHubApiUrl.parse(fixture.github.apiUrl()),
                AccessToken.of("ghp_notAcceptedAnywhere000000000000000".toCharArray()));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.tokenSource(" "));

        try (GitHubClient client = builder.tokenSource("credential 'a\nb\u001b[31m" + "x".repeat(300) + "'")
                .build()) {
            GitHubAuthenticationException refused = catchThrowableOfType(GitHubAuthenticationException.class,
                    () -> client.getPublicKey(PROD_EU));

            assertThat(refused.getMessage()).contains("the token of credential 'a?b?[31mxxx")
                    .contains("x".repeat(180) + "...: it is invalid")
                    .doesNotContain("x".repeat(181), "\n", "\u001b");
        }
    }

    private GitHubClient clientFor(String token) {
        return GitHubClient.builder(GitHubApiUrl.parse(fixture.github.apiUrl()), AccessToken.of(token.toCharArray()))
                .tokenSource("credential 'github-token'").clock(fixture.time).sleeper(fixture.time).build();
    }

    /** One request of the client. */
    @FunctionalInterface
    interface Call {
        void on(GitHubClient client) throws Exception;
    }
}
