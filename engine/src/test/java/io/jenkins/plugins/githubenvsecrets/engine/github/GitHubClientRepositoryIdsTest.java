package io.jenkins.plugins.githubenvsecrets.engine.github;

import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.TOKEN;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.WEB;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.assertNothingSecretIn;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.body;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.pathEndsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Repository names to ids in one GraphQL request against the GitHub fake: every name an aliased field with its
 * owner and name as variables, an unknown name a problem that names it beside the others' ids.
 */
class GitHubClientRepositoryIdsTest {
    private static final RepositoryCoordinates MISSING = RepositoryCoordinates.parse("acme/missing");
    private static final RepositoryCoordinates TOOL = RepositoryCoordinates.parse("other/tool");

    private final TargetFixture fixture = new TargetFixture();
    private final GitHubClient client = fixture.client;

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldResolveEveryNameInOneQueryAndNameTheUnknownOne() throws Exception {
        RepositoryIds ids = client.resolveRepositoryIds(List.of(WEB, MISSING, TOOL,
                RepositoryCoordinates.parse("ACME/Web")));

        assertThat(ids.ids()).containsExactly(Map.entry(WEB, 42L), Map.entry(TOOL, 77L));
        assertThat(ids.idOf(RepositoryCoordinates.parse("Acme/WEB"))).contains(42L);
        assertThat(ids.problems()).containsExactly(Map.entry(MISSING,
                "Repository acme/missing does not exist, or the token cannot see it."));
        assertThat(ids.complete()).isFalse();
        FakeRequest request = fixture.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/graphql");
        assertThat(request.header("Authorization")).contains("Bearer " + TOKEN);
        JsonNode body = body(request);
        assertThat(body.get("query").asText()).isEqualTo("query RepositoryIds($owner0: String!, $name0: String!,"
                + " $owner1: String!, $name1: String!, $owner2: String!, $name2: String!) {"
                + " r0: repository(owner: $owner0, name: $name0) { databaseId }"
                + " r1: repository(owner: $owner1, name: $name1) { databaseId }"
                + " r2: repository(owner: $owner2, name: $name2) { databaseId } }");
        assertThat(body.get("variables").get("owner1").asText()).isEqualTo("acme");
        assertThat(body.get("variables").get("name1").asText()).isEqualTo("missing");
        assertThat(body.get("variables").get("name2").asText()).isEqualTo("tool");
    }

    @Test
    void shouldSendNothingForNoNames() throws Exception {
        assertThat(client.resolveRepositoryIds(List.of())).satisfies(ids -> {
            assertThat(ids.ids()).isEmpty();
            assertThat(ids.complete()).isTrue();
        });
        assertThat(fixture.github.requestCount()).isZero();
    }

    @Test
    void shouldAskAHundredNamesAQuery() throws Exception {
        List<RepositoryCoordinates> names = IntStream.range(0, 150)
                .mapToObj(i -> new RepositoryCoordinates("acme", "repo-" + i)).toList();

        RepositoryIds ids = client.resolveRepositoryIds(names);

        assertThat(ids.problems()).hasSize(150);
        assertThat(ids.problemLines()).first().asString().isEqualTo(
                "Repository acme/repo-0 does not exist, or the token cannot see it.");
        assertThat(fixture.github.requests()).hasSize(2).allSatisfy(request ->
                assertThat(request.path()).isEqualTo("/graphql"));
        assertThat(body(fixture.github.requests().get(1)).get("variables").size()).isEqualTo(100);
    }

    @Test
    void shouldAskTheEnterpriseServerBesideItsApi() throws Exception {
        try (GitHubFake enterprise = GitHubFake.enterprise().addToken(TOKEN, Permission.READ)
                .addRepository("acme", "web", 7);
                GitHubClient onPremises = GitHubClient.builder(GitHubApiUrl.parse(enterprise.apiUrl()),
                        AccessToken.of(TOKEN.toCharArray())).clock(fixture.time).sleeper(fixture.time).build()) {
            RepositoryIds ids = onPremises.resolveRepositoryIds(List.of(WEB));

            assertThat(ids.ids()).containsExactly(Map.entry(WEB, 7L));
            assertThat(enterprise.requests()).singleElement().satisfies(request ->
                    assertThat(request.path()).isEqualTo("/api/graphql"));
            enterprise.assertNoProtocolViolations();
        }
    }

    @Test
    void shouldNameEachRepositoryATokenCannotSee() throws Exception {
        fixture.github.addToken("ghp_seesNothing");
        try (GitHubClient blind = fixture.client("ghp_seesNothing")) {
            RepositoryIds ids = blind.resolveRepositoryIds(List.of(WEB, TOOL));

            assertThat(ids.ids()).isEmpty();
            assertThat(ids.problems()).containsOnlyKeys(WEB, TOOL);
        }
    }

    @Test
    void shouldNameAnErrorOfAnotherTypeWithoutRepeatingGitHubsWords() throws Exception {
        fixture.github.failNext(1, pathEndsWith("/graphql"), 200, Map.of(), "{\"data\":{\"r0\":null,"
                + "\"r1\":{\"databaseId\":43}},\"errors\":[{\"type\":\"FORBIDDEN\",\"path\":[\"r0\"],"
                + "\"message\":\"Resource protected by organization SAML enforcement " + TOKEN + "\"}]}");

        RepositoryIds ids = client.resolveRepositoryIds(List.of(WEB, TOOL));

        assertThat(ids.ids()).containsExactly(Map.entry(TOOL, 43L));
        assertThat(ids.problems().get(WEB)).isEqualTo("Repository acme/web has no id in GitHub's answer (error"
                + " FORBIDDEN); check that it exists and that the token may read it.");
    }

    @Test
    void shouldFailClearlyWhenTheQueryAsAWholeFails() {
        fixture.github.failNext(1, pathEndsWith("/graphql"), 200, Map.of(), "{\"errors\":[{\"type\":"
                + "\"RATE_LIMITED\",\"message\":\"API rate limit exceeded\"},{\"type\":\"" + TOKEN + "\"}]}");

        GitHubApiException failure = catchThrowableOfType(GitHubApiException.class,
                () -> client.resolveRepositoryIds(List.of(WEB, TOOL)));

        assertThat(failure).hasMessage("POST repository acme/web, other/tool (ids, through GraphQL): HTTP 200, but"
                + " GitHub's GraphQL API answered no data (errors: RATE_LIMITED, UNKNOWN). Try again later; if it"
                + " persists, check that the token may read these repositories.");
        assertNothingSecretIn(failure);
    }

    @Test
    void shouldNeverFollowTheQueryToAnotherServer() {
        fixture.github.failNext(1, pathEndsWith("/graphql"), 307, Map.of("Location",
                "https://graphql.example.net/graphql"), null);

        GitHubRedirectException refused = catchThrowableOfType(GitHubRedirectException.class,
                () -> client.resolveRepositoryIds(List.of(WEB)));

        assertThat(refused).hasMessageContaining("redirects to another server, https://graphql.example.net:443");
        assertThat(fixture.github.requestCount()).isEqualTo(1);
        assertNothingSecretIn(refused);
    }

    @Test
    void shouldReportABadTokenWithoutRepeatingIt() {
        try (GitHubClient stranger = fixture.client("ghp_unknownToken77")) {
            GitHubAuthenticationException refused = catchThrowableOfType(GitHubAuthenticationException.class,
                    () -> stranger.resolveRepositoryIds(List.of(WEB)));

            assertThat(refused).hasMessageContaining("HTTP 401").hasMessageContaining("acme/web");
            assertThat(refused.getMessage()).doesNotContain("ghp_unknownToken77");
        }
    }
}
