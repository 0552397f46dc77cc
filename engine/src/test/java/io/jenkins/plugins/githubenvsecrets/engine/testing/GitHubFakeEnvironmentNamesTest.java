package io.jenkins.plugins.githubenvsecrets.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GitHubFakeEnvironmentNamesTest {
    private final GitHubFake github = GitHubFake.start()
            .addToken("writer", Permission.WRITE)
            .addRepository("acme", "web", 42);
    private final TestClient client = new TestClient(github, "writer");

    @AfterEach
    void stop() {
        github.close();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "a/b c,              a%2Fb%20c",
        "a/b c,              A%2FB%20C",
        "release/2025 \u00e9t\u00e9, release%2F2025%20%C3%A9t%C3%A9",
        "\u672c\u756a,       %E6%9C%AC%E7%95%AA",
        "100%,               100%25",
        "a+b,                a+b",
    })
    void shouldReadTheEnvironmentNameFromOneDecodedSegment(String name, String encoded) {
        github.addEnvironment("acme", "web", name);
        var environment = "/repos/acme/web/environments/" + encoded;

        var key = client.get(environment + "/secrets/public-key");
        var created = client.put(environment + "/secrets/TOKEN", client.sealedBody(environment, new byte[] {42}));

        assertThat(key.status()).isEqualTo(200);
        assertThat(key.json().get("key_id").asText()).isEqualTo(github.keyId("acme", "web", name));
        assertThat(created.status()).isEqualTo(201);
        assertThat(github.decryptedValue("acme", "web", name, "TOKEN")).containsExactly(42);
        assertThat(client.get(environment).json().get("name").asText()).isEqualTo(name);
        github.assertNoProtocolViolations();
    }

    @Test
    void shouldNotFindAnEnvironmentWhoseSlashWasSentRaw() {
        github.addEnvironment("acme", "web", "a/b");

        var answer = client.get("/repos/acme/web/environments/a/b/secrets/public-key");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(github.protocolViolations()).singleElement().asString()
                .contains("no GitHub endpoint answers GET /repos/acme/web/environments/a/b/secrets/public-key");
    }

    @Test
    void shouldNotFindAnEnvironmentWhoseNameWasEncodedTwice() {
        github.addEnvironment("acme", "web", "a/b");

        assertThat(client.get("/repos/acme/web/environments/a%252Fb/secrets/public-key").status()).isEqualTo(404);
    }

    @Test
    void shouldLogThePathAsSentAndItsDecodedSegments() {
        github.addEnvironment("acme", "web", "a/b c");

        client.get("/repos/acme/web/environments/a%2Fb%20c/secrets");

        assertThat(github.requests()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/repos/acme/web/environments/a%2Fb%20c/secrets");
            assertThat(request.pathSegments()).containsExactly("repos", "acme", "web", "environments", "a/b c",
                    "secrets");
            assertThat(request.status()).isEqualTo(200);
            assertThat(request).hasToString("GET /repos/acme/web/environments/a%2Fb%20c/secrets -> 200");
        });
    }

    @Test
    void shouldRefuseAnEnvironmentNameLongerThanGitHubAllows() {
        github.addToken("admin", Permission.ADMIN);
        var admin = new TestClient(github, "admin");

        var tooLong = admin.put("/repos/acme/web/environments/" + "e".repeat(256), null);
        var longest = admin.put("/repos/acme/web/environments/" + "e".repeat(255), null);

        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(longest.status()).isEqualTo(200);
        assertThat(github.hasEnvironment("acme", "web", "e".repeat(255))).isTrue();
    }
}
