package io.jenkins.plugins.githubenvsecrets.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Organization secrets and variables with their visibility and selected repositories, as GitHub answers them. */
class GitHubFakeOrganizationTest {
    private static final String SECRET_TEXT = "org-s3cret-\u00e9-73";
    private static final byte[] SECRET = SECRET_TEXT.getBytes(StandardCharsets.UTF_8);
    private static final OrganizationName ACME = new OrganizationName("acme");

    private final GitHubFake github = GitHubFake.start()
            .addToken("writer", Permission.WRITE)
            .addOrganization("acme", 9001)
            .addRepository("acme", "web", 42)
            .addRepository("acme", "api", 43)
            .addRepository("acme", "docs", 44)
            .addRepository("other", "tool", 77);
    private final TestClient client = new TestClient(github, "writer");

    @AfterEach
    void checkNothingLeakedAndStop() {
        assertThat(github.requests().toString()).doesNotContain(SECRET_TEXT).doesNotContain("writer");
        assertThat(github.protocolViolations()).allSatisfy(problem -> assertThat(problem).doesNotContain(SECRET_TEXT));
        github.close();
    }

    @ParameterizedTest
    @EnumSource(Application.class)
    void shouldWriteASecretForSelectedRepositoriesWithTheApplicationsOwnKey(Application application) {
        var path = "/orgs/acme/" + application.pathSegment();
        var target = github.target(new OrganizationTarget(ACME, application));

        var created = client.put(path + "/secrets/DEPLOY_KEY", withAccess(client.sealedBody(path, SECRET),
                "\"visibility\":\"selected\",\"selected_repository_ids\":[43,42]"));
        var listed = client.get(path + "/secrets").json().get("secrets").get(0);

        assertThat(created.status()).isEqualTo(201);
        assertThat(target.decryptedValue("DEPLOY_KEY")).isEqualTo(SECRET);
        assertThat(target.visibility(ValueKind.SECRET, "DEPLOY_KEY")).contains(Visibility.SELECTED);
        assertThat(target.selectedRepositoryIds(ValueKind.SECRET, "DEPLOY_KEY")).containsExactly(42L, 43L);
        assertThat(listed.get("visibility").asText()).isEqualTo("selected");
        assertThat(listed.get("selected_repositories_url").asText())
                .isEqualTo(github.apiUrl() + path + "/secrets/DEPLOY_KEY/repositories");
        assertThat(target.keyId()).isNotEqualTo(github.target(new OrganizationTarget(ACME,
                application == Application.ACTIONS ? Application.CODESPACES : Application.ACTIONS)).keyId());
        github.assertNoProtocolViolations();
    }

    @Test
    void shouldChangeTheVisibilityAloneWithoutAValue() {
        var target = github.target(new OrganizationTarget(ACME, Application.ACTIONS)).putSecret("TOKEN", SECRET);

        var changed = client.put("/orgs/acme/actions/secrets/TOKEN", "{\"visibility\":\"private\"}");
        var unknown = client.put("/orgs/acme/actions/secrets/NEW_ONE", "{\"visibility\":\"private\"}");
        var shown = client.get("/orgs/acme/actions/secrets/TOKEN").json();

        assertThat(changed.status()).isEqualTo(204);
        assertThat(target.decryptedValue("TOKEN")).isEqualTo(SECRET);
        assertThat(shown.get("visibility").asText()).isEqualTo("private");
        assertThat(shown.has("selected_repositories_url")).isFalse();
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(target.secretNames()).containsExactly("TOKEN");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'\"selected_repository_ids\":[42]'                           | 422 | lacks visibility",
        "'\"visibility\":\"public\"'                                  | 422 | visibility is not all, private or selected",
        "'\"visibility\":\"all\",\"selected_repository_ids\":[42]'    | 422 | selected_repository_ids with visibility all",
        "'\"visibility\":\"selected\",\"selected_repository_ids\":[\"42\"]' | 422 | holds an item that is not an integer",
        "'\"visibility\":\"selected\",\"encrypted_value\":\"AAAA\"'   | 422 | lacks key_id",
    })
    void shouldRefuseABodyOutsideTheSchema(String fields, int status, String violation) {
        var answer = client.put("/orgs/acme/actions/secrets/TOKEN", "{" + fields + "}");

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.message()).startsWith("Invalid request.");
        assertThat(github.protocolViolations()).singleElement().asString().contains(violation);
    }

    @Test
    void shouldRefuseRepositoriesOfAnotherOwner() {
        var answer = client.put("/orgs/acme/dependabot/secrets/TOKEN", withAccess(client.sealedBody(
                "/orgs/acme/dependabot", SECRET), "\"visibility\":\"selected\",\"selected_repository_ids\":[42,77]"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.message()).contains("77").contains("not a repository of the organization acme");
        assertThat(github.target(new OrganizationTarget(ACME, Application.DEPENDABOT)).secretNames()).isEmpty();
    }

    @Test
    void shouldListReplaceAddAndRemoveTheSelectedRepositories() {
        var target = github.target(new OrganizationTarget(ACME, Application.ACTIONS)).putSecret("TOKEN", SECRET)
                .access(ValueKind.SECRET, "TOKEN", Visibility.SELECTED, 42);
        var selection = "/orgs/acme/actions/secrets/TOKEN/repositories";

        var listed = client.get(selection).json();
        var replaced = client.put(selection, "{\"selected_repository_ids\":[43,44]}");
        var added = client.put(selection + "/42", null);
        var removed = client.delete(selection + "/43");
        var paged = client.get(selection + "?per_page=2");

        assertThat(listed.get("total_count").asInt()).isEqualTo(1);
        assertThat(listed.get("repositories").get(0).get("full_name").asText()).isEqualTo("acme/web");
        assertThat(listed.get("repositories").get(0).get("id").asLong()).isEqualTo(42);
        assertThat(replaced.status()).isEqualTo(204);
        assertThat(added.status()).isEqualTo(204);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(target.selectedRepositoryIds(ValueKind.SECRET, "TOKEN")).containsExactly(42L, 44L);
        assertThat(paged.json().get("repositories")).hasSize(2);
        assertThat(paged.headers().get("Link")).isNull();
        github.assertNoProtocolViolations();
    }

    @Test
    void shouldAnswerConflictWhileTheVisibilityIsNotSelected() {
        github.target(new OrganizationTarget(ACME, Application.ACTIONS)).putSecret("TOKEN", SECRET)
                .putVariable("REGION", "eu-west-1");

        assertThat(client.get("/orgs/acme/actions/secrets/TOKEN/repositories").status()).isEqualTo(409);
        assertThat(client.put("/orgs/acme/actions/variables/REGION/repositories", "{\"selected_repository_ids\":[42]}")
                .status()).isEqualTo(409);
        assertThat(client.get("/orgs/acme/actions/secrets/MISSING/repositories").status()).isEqualTo(404);
    }

    @Test
    void shouldKeepOrganizationVariablesWithTheirVisibility() {
        var created = client.post("/orgs/acme/actions/variables", "{\"name\":\"region\",\"value\":\"eu-west-1\","
                + "\"visibility\":\"selected\",\"selected_repository_ids\":[44]}");
        var again = client.post("/orgs/acme/actions/variables", "{\"name\":\"REGION\",\"value\":\"x\","
                + "\"visibility\":\"all\"}");
        var updated = client.patch("/orgs/acme/actions/variables/REGION", "{\"value\":\"us-east-1\","
                + "\"visibility\":\"private\"}");
        var shown = client.get("/orgs/acme/actions/variables/region").json();
        var target = github.target(new OrganizationTarget(ACME, Application.ACTIONS));

        assertThat(created.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(updated.status()).isEqualTo(204);
        assertThat(shown.get("name").asText()).isEqualTo("REGION");
        assertThat(shown.get("value").asText()).isEqualTo("us-east-1");
        assertThat(shown.get("visibility").asText()).isEqualTo("private");
        assertThat(target.visibility(ValueKind.VARIABLE, "REGION")).contains(Visibility.PRIVATE);
        assertThat(target.selectedRepositoryIds(ValueKind.VARIABLE, "REGION")).isEmpty();
        github.assertNoProtocolViolations();
    }

    @Test
    void shouldHideAnUnknownOrganizationAndOneFromATokenThatSeesNothing() {
        github.addToken("nobody");

        assertThat(client.get("/orgs/ghost/actions/secrets/public-key").status()).isEqualTo(404);
        assertThat(new TestClient(github, "nobody").get("/orgs/acme/actions/secrets/public-key").status())
                .isEqualTo(404);
        assertThat(client.get("/orgs/ACME/actions/secrets/public-key").json().get("key").asText())
                .isEqualTo(Base64.getEncoder().encodeToString(github.target(new OrganizationTarget(ACME,
                        Application.ACTIONS)).publicKey()));
    }

    private static String withAccess(String sealedBody, String fields) {
        return sealedBody.substring(0, sealedBody.length() - 1) + "," + fields + "}";
    }
}
