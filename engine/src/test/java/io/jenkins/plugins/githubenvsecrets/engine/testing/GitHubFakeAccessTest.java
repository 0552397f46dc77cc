package io.jenkins.plugins.githubenvsecrets.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GitHubFakeAccessTest {
    private static final String PRODUCTION = "/repos/acme/web/environments/production";

    private final GitHubFake github = GitHubFake.start()
            .addToken("nobody")
            .addToken("reader", Permission.READ)
            .addToken("writer".toCharArray(), Permission.WRITE)
            .addToken("admin", Permission.ADMIN)
            .addRepository("acme", "web", 42)
            .addEnvironment("acme", "web", "production");

    @AfterEach
    void stop() {
        github.close();
    }

    @ParameterizedTest(name = "{0} {1} with {2} -> {3}")
    @CsvSource({
        "GET,    '',                               reader,  200",
        "GET,    /secrets/public-key,              reader,  200",
        "GET,    /secrets,                         reader,  200",
        "PUT,    /secrets/API_TOKEN,               reader,  403",
        "DELETE, /secrets/API_TOKEN,               reader,  403",
        "PUT,    '',                               reader,  403",
        "PUT,    '',                               writer,  403",
        "PUT,    '',                               admin,   200",
        "DELETE, /secrets/API_TOKEN,               writer,  204",
        "DELETE, /secrets/API_TOKEN,               admin,   204",
        "GET,    /secrets/public-key,              nobody,  404",
        "GET,    /secrets/public-key,              unknown, 401",
        "DELETE, /secrets/API_TOKEN,               unknown, 401",
    })
    void shouldAnswerByTheTokensPermission(String method, String suffix, String token, int status) {
        github.putSecret("acme", "web", "production", "API_TOKEN", new byte[] {7});
        var client = new TestClient(github, token);

        var answer = client.send(client.request(method, PRODUCTION + suffix, method.equals("PUT") && suffix.isEmpty()
                ? "{}" : null));

        assertThat(answer.status()).isEqualTo(status);
        github.assertNoProtocolViolations();
    }

    @Test
    void shouldTellWhyInGitHubsWords() {
        var reader = new TestClient(github, "reader");
        var stranger = new TestClient(github, "unknown");

        var forbidden = reader.delete(PRODUCTION + "/secrets/API_TOKEN");
        var unauthorized = stranger.get(PRODUCTION + "/secrets/public-key");
        var notFound = reader.get("/repos/acme/missing");

        assertThat(forbidden.message()).isEqualTo("Resource not accessible by personal access token");
        assertThat(forbidden.json().get("documentation_url").asText())
                .isEqualTo("https://docs.github.com/rest/actions/secrets#delete-an-environment-secret");
        assertThat(forbidden.json().get("status").asText()).isEqualTo("403");
        assertThat(unauthorized.message()).isEqualTo("Bad credentials");
        assertThat(unauthorized.json().get("status").asText()).isEqualTo("401");
        assertThat(notFound.message()).isEqualTo("Not Found");
        assertThat(notFound.json().get("documentation_url").asText())
                .isEqualTo("https://docs.github.com/rest/repos/repos#get-a-repository");
        assertThat(notFound.headers().get("Content-Type")).startsWith("application/json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/repos/acme/web", "/repos/ACME/Web", "/repositories/42"})
    void shouldFindTheRepositoryByNameInAnyCaseOrById(String path) {
        var answer = new TestClient(github, "reader").get(path).json();

        assertThat(answer.get("id").asLong()).isEqualTo(42);
        assertThat(answer.get("name").asText()).isEqualTo("web");
        assertThat(answer.get("full_name").asText()).isEqualTo("acme/web");
        assertThat(answer.get("owner").get("login").asText()).isEqualTo("acme");
    }

    @Test
    void shouldServeSecretEndpointsUnderTheRepositoryIdToo() {
        var writer = new TestClient(github, "writer");
        var byId = "/repositories/42/environments/production";

        var created = writer.put(byId + "/secrets/VIA_ID", writer.sealedBody(byId, new byte[] {1, 2, 3}));

        assertThat(created.status()).isEqualTo(201);
        assertThat(github.decryptedValue("acme", "web", "production", "VIA_ID")).containsExactly(1, 2, 3);
        assertThat(new TestClient(github, "reader").get("/repositories/43").status()).isEqualTo(404);
    }

    @Test
    void shouldCreateAnEnvironmentWithItsOwnKeyForAnAdmin() {
        var admin = new TestClient(github, "admin");

        var created = admin.put("/repos/acme/web/environments/staging", null);
        var again = admin.put("/repos/acme/web/environments/STAGING",
                "{\"wait_timer\":5,\"deployment_branch_policy\":null}");

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("name").asText()).isEqualTo("staging");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id")).isEqualTo(created.json().get("id"));
        assertThat(github.hasEnvironment("acme", "web", "Staging")).isTrue();
        assertThat(github.keyId("acme", "web", "staging")).isNotEqualTo(github.keyId("acme", "web", "production"));
        assertThat(admin.get("/repos/acme/web/environments").json().get("total_count").asInt()).isEqualTo(2);
        github.assertNoProtocolViolations();
    }

    @Test
    void shouldServeTheSameApiUnderTheEnterprisePrefix() {
        try (var enterprise = GitHubFake.enterprise()) {
            enterprise.addToken("writer", Permission.WRITE).addRepository("acme", "web", 7)
                    .addEnvironment("acme", "web", "production");
            var client = new TestClient(enterprise, "writer");

            var created = client.put(PRODUCTION + "/secrets/GHES", client.sealedBody(PRODUCTION, new byte[] {9}));

            assertThat(enterprise.apiUrl()).matches("http://127\\.0\\.0\\.1:[0-9]+/api/v3");
            assertThat(created.status()).isEqualTo(201);
            assertThat(enterprise.decryptedValue("acme", "web", "production", "GHES")).containsExactly(9);
            assertThat(enterprise.requests()).allSatisfy(request -> assertThat(request.path()).startsWith("/api/v3/"));
            enterprise.assertNoProtocolViolations();
        }
        assertThat(github.apiUrl()).matches("http://127\\.0\\.0\\.1:[0-9]+");
    }
}
