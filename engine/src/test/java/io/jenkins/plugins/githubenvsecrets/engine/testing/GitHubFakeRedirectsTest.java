package io.jenkins.plugins.githubenvsecrets.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GitHubFakeRedirectsTest {
    private final GitHubFake github = GitHubFake.start()
            .addToken("writer", Permission.WRITE)
            .addToken("nobody")
            .addRepository("acme", "web", 42)
            .addEnvironment("acme", "web", "prod/eu")
            .addFormerName("acme", "web", "acme", "old-web");
    private final TestClient client = new TestClient(github, "writer");

    @AfterEach
    void stop() {
        github.assertNoProtocolViolations();
        github.close();
    }

    @Test
    void shouldRedirectAReadByTheFormerNameWith301ToTheRepositoryId() {
        var answer = client.get("/repos/acme/OLD-WEB/environments/prod%2Feu/secrets?per_page=5");

        String expected = github.apiUrl() + "/repositories/42/environments/prod%2Feu/secrets?per_page=5";
        assertThat(answer.status()).isEqualTo(301);
        assertThat(answer.headers().get("Location")).isEqualTo(expected);
        assertThat(answer.json().path("url").asText()).isEqualTo(expected);
        assertThat(client.send(client.request("GET", expected.substring(github.apiUrl().length()), null))
                .status()).isEqualTo(200);
    }

    @Test
    void shouldRedirectAWriteByTheFormerNameWith307AndStoreNothing() {
        var body = client.sealedBody("/repositories/42/environments/prod%2Feu", new byte[] {7});

        var answer = client.put("/repos/acme/old-web/environments/prod%2Feu/secrets/API_TOKEN", body);

        assertThat(answer.status()).isEqualTo(307);
        assertThat(answer.headers().get("Location"))
                .isEqualTo(github.apiUrl() + "/repositories/42/environments/prod%2Feu/secrets/API_TOKEN");
        assertThat(github.secretNames("acme", "web", "prod/eu")).isEmpty();
    }

    @Test
    void shouldHideTheFormerNameFromATokenThatCannotSeeTheRepository() {
        assertThat(new TestClient(github, "nobody").get("/repos/acme/old-web").status()).isEqualTo(404);
    }
}
