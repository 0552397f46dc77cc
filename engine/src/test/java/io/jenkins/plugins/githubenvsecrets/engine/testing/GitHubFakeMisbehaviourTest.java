package io.jenkins.plugins.githubenvsecrets.engine.testing;

import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake as a server that misbehaves on purpose: echoes, redirects to other paths, names no path can carry. */
class GitHubFakeMisbehaviourTest {
    private static final String PRODUCTION = "/repos/acme/web/environments/production";

    private final GitHubFake github = GitHubFake.start()
            .addToken("writer", Permission.WRITE)
            .addRepository("acme", "web", 42)
            .addEnvironment("acme", "web", "production");
    private final TestClient client = new TestClient(github, "writer");

    @AfterEach
    void stop() {
        github.assertNoProtocolViolations();
        github.close();
    }

    @Test
    void shouldEchoTheTokenAndTheOpenedValueInTheContentTypeAsked() {
        github.echoNext(1, request("PUT", ".*/secrets/API_KEY"), 422, "text/html",
                echo -> "<p>" + echo.authorization() + " | " + echo.token() + " | " + echo.value() + " | "
                        + echo.path() + "</p>");
        var body = client.sealedBody(PRODUCTION, "the-value".getBytes(StandardCharsets.UTF_8));

        var answer = client.put(PRODUCTION + "/secrets/API_KEY", body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.headers().get("Content-Type")).isEqualTo("text/html");
        assertThat(answer.body()).isEqualTo("<p>Bearer writer | writer | the-value | " + PRODUCTION
                + "/secrets/API_KEY</p>");
        assertThat(github.secretNames("acme", "web", "production")).isEmpty();
        assertThat(client.put(PRODUCTION + "/secrets/API_KEY", body).status()).isEqualTo(201);
    }

    @Test
    void shouldEchoWithoutAContentTypeAndWithoutAValueForAnythingButAWrite() {
        github.echoNext(1, request("GET", ".*/public-key"), 502, null, echo -> "[" + echo.value() + "] "
                + echo.token());

        var answer = client.get(PRODUCTION + "/secrets/public-key");

        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.headers().get("Content-Type")).isNull();
        assertThat(answer.body()).isEqualTo("[] writer");
    }

    @Test
    void shouldEchoInTheStatusLine() throws Exception {
        github.echoInReasonNext(1, request("GET", ".*/public-key"), 409, echo -> "Conflict " + echo.token());

        try (var response = new OkHttpClient().newCall(client.request("GET", PRODUCTION
                + "/secrets/public-key", null).build()).execute()) {
            assertThat(response.code()).isEqualTo(409);
            assertThat(response.message()).isEqualTo("Conflict writer");
        }
    }

    @Test
    void shouldRedirectToAnotherPathOfItsOwnOrigin() {
        github.redirectNext(1, request("PUT", ".*/secrets/ALPHA"), 307, path -> path.replace("ALPHA", "BETA"));

        var answer = client.put(PRODUCTION + "/secrets/ALPHA", client.sealedBody(PRODUCTION, new byte[] {1}));

        assertThat(answer.status()).isEqualTo(307);
        assertThat(answer.headers().get("Location")).isEqualTo(github.apiUrl() + PRODUCTION + "/secrets/BETA");
        assertThat(github.secretNames("acme", "web", "production")).isEmpty();
    }

    @Test
    void shouldListANameThatNoRequestReaches() {
        github.listAlso("acme", "web", "production", "..");
        github.putSecret("acme", "web", "production", "A", new byte[] {1});

        var listing = client.get(PRODUCTION + "/secrets").json();

        assertThat(listing.get("total_count").asInt()).isEqualTo(2);
        assertThat(listing.get("secrets").findValuesAsText("name")).containsExactly("..", "A");
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("A");
    }
}
