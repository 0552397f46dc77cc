package io.jenkins.plugins.githubenvsecrets.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Repository lookups over GraphQL, answered as GitHub does: data beside NOT_FOUND errors, each naming its alias. */
class GitHubFakeGraphQlTest {
    private static final String QUERY = "query Ids($o0: String!, $n0: String!, $o1: String!, $n1: String!) {"
            + " r0: repository(owner: $o0, name: $n0) { databaseId nameWithOwner }"
            + " r1: repository(owner: $o1, name: $n1) { databaseId } }";

    private final GitHubFake github = GitHubFake.start()
            .addToken("reader", Permission.READ)
            .addToken("nobody")
            .addRepository("acme", "web", 42)
            .addRepository("acme", "api", 43);
    private final TestClient client = new TestClient(github, "reader");

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void shouldAnswerEveryAliasAndAnUnknownRepositoryAsNotFound() {
        var answer = client.post("/graphql", body(QUERY, "acme", "Web", "acme", "missing"));

        assertThat(answer.status()).isEqualTo(200);
        var json = answer.json();
        assertThat(json.get("data").get("r0").get("databaseId").asLong()).isEqualTo(42);
        assertThat(json.get("data").get("r0").get("nameWithOwner").asText()).isEqualTo("acme/web");
        assertThat(json.get("data").get("r1").isNull()).isTrue();
        var error = json.get("errors").get(0);
        assertThat(error.get("type").asText()).isEqualTo("NOT_FOUND");
        assertThat(error.get("path").get(0).asText()).isEqualTo("r1");
        assertThat(error.get("message").asText())
                .isEqualTo("Could not resolve to a Repository with the name 'acme/missing'.");
        assertThat(error.get("locations").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(json.get("errors")).hasSize(1);
        assertThat(answer.headers().get("x-ratelimit-resource")).isEqualTo("graphql");
        github.assertNoProtocolViolations();
    }

    @Test
    void shouldReadStringLiteralsCommentsAndAnAnonymousQuery() {
        var answer = client.post("/graphql", "{\"query\":\"{\\n  # the web\\n  web: repository(owner: \\\"acme\\\","
                + " name: \\\"web\\\") { databaseId }\\n  repository(owner: \\\"acme\\\", name: \\\"api\\\") { id }"
                + "\\n}\"}");

        assertThat(answer.json().get("data").get("web").get("databaseId").asLong()).isEqualTo(42);
        assertThat(answer.json().get("data").get("repository").get("id").asText()).startsWith("R_");
        assertThat(answer.json().has("errors")).isFalse();
        github.assertNoProtocolViolations();
    }

    @Test
    void shouldHideEveryRepositoryFromATokenThatSeesNothing() {
        var answer = new TestClient(github, "nobody").post("/graphql", body(QUERY, "acme", "web", "acme", "api"));

        assertThat(answer.json().get("data").get("r0").isNull()).isTrue();
        assertThat(answer.json().get("errors")).hasSize(2)
                .allSatisfy(error -> assertThat(error.get("type").asText()).isEqualTo("NOT_FOUND"));
        assertThat(new TestClient(github, "unknown").post("/graphql", body(QUERY, "a", "b", "c", "d")).status())
                .isEqualTo(401);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{ r0: repository(owner: \\\"acme\\\", name: \\\"web\\\") { databaseId }    | Parse error on \\\"end of file\\\"",
        "{ viewer { login } }                                                          | Field 'viewer' doesn't exist on type 'Query'",
        "{ repository(owner: \\\"acme\\\", name: \\\"web\\\") { secrets } }           | Field 'secrets' doesn't exist on type 'Repository'",
        "{ repository(owner: \\\"acme\\\") { databaseId } }                           | takes the arguments owner and name",
        "{ repository(owner: $o, name: $n) { databaseId } }                            | Variable $o is used by the query but not declared",
        "query($o: String!, $n: String!) { repository(owner: $o, name: $n) { id } }    | Variable $o of type String! was provided invalid value",
        "{ repository(owner: \\\"a\\\", name: \\\"b\\\") }                            | Field must have selections",
    })
    void shouldAnswerAQueryItCannotRunWithErrorsAloneAndRecordIt(String query, String message) {
        var answer = client.post("/graphql", "{\"query\":\"" + query + "\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().has("data")).isFalse();
        assertThat(answer.json().get("errors").get(0).get("message").asText()).contains(message.replace("\\\"", "\""));
        assertThat(github.protocolViolations()).singleElement().asString().startsWith("POST /graphql: GraphQL query");
    }

    @Test
    void shouldServeGraphQlBesideTheEnterpriseApi() {
        try (var enterprise = GitHubFake.enterprise()) {
            enterprise.addToken("reader", Permission.READ).addRepository("acme", "web", 7);
            var ghes = new TestClient(enterprise, "reader");

            var answer = ghes.send(ghes.request("POST", "", body(QUERY, "acme", "web", "acme", "web"))
                    .url(enterprise.apiUrl().replace("/api/v3", "/api/graphql")));
            var wrongPlace = ghes.post("/graphql", body(QUERY, "acme", "web", "acme", "web"));

            assertThat(answer.json().get("data").get("r1").get("databaseId").asLong()).isEqualTo(7);
            assertThat(wrongPlace.status()).isEqualTo(404);
            assertThat(enterprise.protocolViolations()).singleElement().asString()
                    .contains("no GitHub endpoint answers POST /api/v3/graphql");
        }
    }

    @Test
    void shouldRefuseAGetAndABodyThatIsNotGitHubs() {
        assertThat(client.get("/graphql").status()).isEqualTo(404);
        assertThat(client.post("/graphql", "{\"query\":\"{}\",\"extra\":1}").status()).isEqualTo(422);
        assertThat(github.protocolViolations()).hasSize(2);
    }

    private static String body(String query, String... ownersAndNames) {
        ObjectNode json = Json.object().put("query", query);
        var variables = json.putObject("variables");
        for (int i = 0; i < ownersAndNames.length; i += 2) {
            variables.put("o" + i / 2, ownersAndNames[i]).put("n" + i / 2, ownersAndNames[i + 1]);
        }
        return Json.write(json);
    }
}
