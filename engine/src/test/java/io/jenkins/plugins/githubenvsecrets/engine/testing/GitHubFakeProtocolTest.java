package io.jenkins.plugins.githubenvsecrets.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GitHubFakeProtocolTest {
    private static final String PRODUCTION = "/repos/acme/web/environments/production";

    private final GitHubFake github = GitHubFake.start()
            .addToken("writer", Permission.WRITE)
            .addRepository("acme", "web", 42)
            .addEnvironment("acme", "web", "production");
    private final TestClient client = new TestClient(github, "writer");

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void shouldRecordNothingForARequestThatFollowsTheProtocol() {
        var answer = client.get(PRODUCTION + "/secrets/public-key");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().get("X-GitHub-Api-Version-Selected")).isEqualTo("2022-11-28");
        assertThat(github.protocolViolations()).isEmpty();
    }

    @ParameterizedTest(name = "without {0} -> {1}")
    @CsvSource({
        "Accept,               400, Accept header is not application/vnd.github+json",
        "X-GitHub-Api-Version, 400, no X-GitHub-Api-Version header",
        "Authorization,        401, no Authorization header",
    })
    void shouldAnswerAndRecordAMissingHeader(String header, int status, String problem) {
        var answer = client.send(client.request("GET", PRODUCTION + "/secrets/public-key", null).removeHeader(header));

        assertThat(answer.status()).isEqualTo(status);
        assertThat(github.protocolViolations())
                .containsExactly("GET /repos/acme/web/environments/production/secrets/public-key: " + problem);
        assertThatThrownBy(github::assertNoProtocolViolations).isInstanceOf(AssertionError.class)
                .hasMessageContaining(problem);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "User-Agent           | ''                              | 403 | no User-Agent header",
        "X-GitHub-Api-Version | 2021-01-01                      | 400 | X-GitHub-Api-Version is 2021-01-01",
        "Accept               | application/json                | 400 | Accept header is not",
        "Accept               | application/vnd.github.v3+json  | 400 | Accept header is not",
        "Authorization        | Basic d3JpdGVyOg==              | 401 | Authorization header is not",
        "Authorization        | Bearer                          | 401 | Authorization header is not",
    })
    void shouldAnswerAndRecordAWrongHeader(String header, String value, int status, String problem) {
        var answer = client.send(client.request("GET", PRODUCTION, null).header(header, value));

        assertThat(answer.status()).isEqualTo(status);
        assertThat(github.protocolViolations()).singleElement().asString().contains(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Bearer writer", "token writer", "bearer writer"})
    void shouldAcceptBothTokenSchemes(String authorization) {
        var answer = client.send(client.request("GET", PRODUCTION, null).header("Authorization", authorization));

        assertThat(answer.status()).isEqualTo(200);
        github.assertNoProtocolViolations();
    }

    @Test
    void shouldAcceptTheMediaTypeAmongOthers() {
        var answer = client.send(client.request("GET", PRODUCTION, null)
                .header("Accept", "application/json, application/vnd.github+json; q=0.9"));

        assertThat(answer.status()).isEqualTo(200);
        github.assertNoProtocolViolations();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json                                             | 400 | secret body is not JSON",
        "{\"encrypted_value\":\"AAAA\",\"key_id\":\"1\"} x    | 400 | secret body is not JSON",
        "[1]                                                  | 422 | secret body is not a JSON object",
        "{\"key_id\":\"1\"}                                   | 422 | secret body lacks encrypted_value",
        "{\"encrypted_value\":\"AAAA\"}                       | 422 | secret body lacks key_id",
        "{\"encrypted_value\":\"AAAA\",\"key_id\":1}          | 422 | secret body's key_id is not a string",
        "{\"encrypted_value\":null,\"key_id\":\"1\"}          | 422 | secret body's encrypted_value is not a string",
        "{\"encrypted_value\":\"AAA\",\"key_id\":\"1\"}       | 422 | encrypted_value is not standard base64",
        "{\"encrypted_value\":\"AA-_\",\"key_id\":\"1\"}      | 422 | encrypted_value is not standard base64",
        "{\"encrypted_value\":\"\",\"key_id\":\"1\"}          | 422 | encrypted_value is not standard base64",
        "{\"encrypted_value\":\"AAAA\",\"key_id\":\"1\",\"visibility\":\"all\"} | 422 | property 'visibility'",
        "{\"key_id\":\"1\",\"key_id\":\"2\",\"encrypted_value\":\"AAAA\"} | 400 | secret body is not JSON",
    })
    void shouldAnswerAndRecordASecretBodyOutsideTheSchema(String body, int status, String problem) {
        var answer = client.put(PRODUCTION + "/secrets/API_TOKEN", body);

        assertThat(answer.status()).isEqualTo(status);
        assertThat(github.protocolViolations()).singleElement().asString()
                .startsWith("PUT /repos/acme/web/environments/production/secrets/API_TOKEN: ").contains(problem);
        assertThat(github.secretNames("acme", "web", "production")).isEmpty();
    }

    @Test
    void shouldTellAMissingFieldInGitHubsWords() {
        var answer = client.put(PRODUCTION + "/secrets/API_TOKEN", "{\"encrypted_value\":\"AAAA\"}");

        assertThat(answer.message()).isEqualTo("Invalid request.\n\n\"key_id\" wasn't supplied.");
        assertThat(answer.json().get("documentation_url").asText())
                .isEqualTo("https://docs.github.com/rest/actions/secrets#create-or-update-an-environment-secret");
    }

    @Test
    void shouldNotEchoTheValueOfAMalformedSecretBody() {
        var plaintextByMistake = "plain-text-password!";
        var body = "{\"encrypted_value\":\"" + plaintextByMistake + "\",\"key_id\":\"1\"}";

        var answer = client.put(PRODUCTION + "/secrets/API_TOKEN", body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).doesNotContain(plaintextByMistake);
        assertThat(github.protocolViolations().toString()).doesNotContain(plaintextByMistake);
        assertThat(github.requests().toString()).doesNotContain(plaintextByMistake);
    }

    @Test
    void shouldRecordABodyThatIsNotDeclaredAsJson() {
        var sealed = client.sealedBody(PRODUCTION, new byte[] {1});
        var answer = client.send(client.request("PUT", PRODUCTION + "/secrets/API_TOKEN", null)
                .put(RequestBody.create(sealed, null)));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(github.protocolViolations()).singleElement().asString()
                .contains("without Content-Type application/json");
    }

    @Test
    void shouldRecordABodyOnARequestThatTakesNone() {
        var answer = client.send(client.request("DELETE", PRODUCTION + "/secrets/API_TOKEN", "{}"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(github.protocolViolations()).singleElement().asString().contains("DELETE request with a body");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET,    /repos/acme",
        "GET,    /repos/acme/web/",
        "POST,   /repos/acme/web/environments/production/secrets/API_TOKEN",
        "DELETE, /repos/acme/web/environments/production",
        "PUT,    /repos/acme/web/environments/production/secrets",
        "GET,    /repos/acme/web/dependabot/variables",
        "POST,   /repos/acme/web/actions/secrets",
        "GET,    /orgs/acme/actions/variables/NAME/repositories/x",
        "GET,    /repositories/acme/environments/production/secrets",
        "GET,    /api/v3/repos/acme/web",
    })
    void shouldRecordARequestNoGitHubEndpointAnswers(String method, String path) {
        var answer = client.send(client.request(method, path, method.equals("POST") ? "{}" : null));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.message()).isEqualTo("Not Found");
        assertThat(github.protocolViolations()).singleElement().asString().contains("no GitHub endpoint answers");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"wait_timer\":\"5\"}                                  | 422 | wait_timer does not fit the schema",
        "{\"reviewers\":[{\"type\":\"Robot\",\"id\":1}]}         | 422 | reviewers does not fit the schema",
        "{\"deployment_branch_policy\":{\"protected_branches\":true}} | 422 | deployment_branch_policy does not fit",
        "{\"name\":\"production\"}                               | 422 | property 'name'",
        "nope                                                    | 400 | environment body is not JSON",
    })
    void shouldRecordAnEnvironmentBodyOutsideTheSchema(String body, int status, String problem) {
        github.addToken("admin", Permission.ADMIN);
        var admin = new TestClient(github, "admin");

        var answer = admin.put("/repos/acme/web/environments/staging", body);

        assertThat(answer.status()).isEqualTo(status);
        assertThat(github.protocolViolations()).singleElement().asString().contains(problem);
        assertThat(github.hasEnvironment("acme", "web", "staging")).isFalse();
    }

    @Test
    void shouldRefuseEqualBranchPoliciesWithoutCallingItAProtocolBreach() {
        github.addToken("admin", Permission.ADMIN);
        var body = "{\"deployment_branch_policy\":{\"protected_branches\":true,\"custom_branch_policies\":true}}";

        var answer = new TestClient(github, "admin").put("/repos/acme/web/environments/staging", body);

        assertThat(answer.status()).isEqualTo(422);
        github.assertNoProtocolViolations();
    }

    @Test
    void shouldKeepViolationsWhenTheRequestLogIsCleared() {
        client.send(client.request("GET", PRODUCTION, null).removeHeader("Accept"));

        github.clearRequests();

        assertThat(github.requests()).isEmpty();
        assertThat(github.protocolViolations()).hasSize(1);
    }

    @Test
    void shouldKeepTheSealedBodyAndHeadersInTheLogForInspection() {
        var sealed = client.sealedBody(PRODUCTION, new byte[] {5});

        client.put(PRODUCTION + "/secrets/API_TOKEN", sealed);

        var put = github.requests("PUT").get(0);
        assertThat(put.bodyUtf8()).isEqualTo(sealed);
        assertThat(put.headers()).containsEntry("x-github-api-version", List.of("2022-11-28"));
        assertThat(put.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(
                "application/json"));
        assertThat(put.status()).isEqualTo(201);
    }
}
