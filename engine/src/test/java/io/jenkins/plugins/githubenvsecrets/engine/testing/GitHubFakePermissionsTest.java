package io.jenkins.plugins.githubenvsecrets.engine.testing;

import static io.jenkins.plugins.githubenvsecrets.engine.testing.FineGrainedPermission.ADMINISTRATION;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.FineGrainedPermission.DEPENDABOT_SECRETS;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.FineGrainedPermission.ENVIRONMENTS;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.FineGrainedPermission.ORGANIZATION_CODESPACES_SECRETS;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.FineGrainedPermission.ORGANIZATION_VARIABLES;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.FineGrainedPermission.SECRETS;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.FineGrainedPermission.VARIABLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each route family asks for its own permission: a fine-grained token without it gets GitHub's 403. */
class GitHubFakePermissionsTest {
    private final GitHubFake github = GitHubFake.start()
            .addFineGrainedToken("secrets-reader", Grant.read(SECRETS))
            .addFineGrainedToken("secrets-writer", Grant.write(SECRETS), Grant.read(SECRETS))
            .addFineGrainedToken("dependabot", Grant.write(DEPENDABOT_SECRETS))
            .addFineGrainedToken("variables", Grant.write(VARIABLES), Grant.read(ORGANIZATION_VARIABLES))
            .addFineGrainedToken("environments", Grant.write(ENVIRONMENTS))
            .addFineGrainedToken("admin", Grant.write(ADMINISTRATION))
            .addFineGrainedToken("org-codespaces", Grant.write(ORGANIZATION_CODESPACES_SECRETS))
            .addFineGrainedToken("nothing")
            .addToken("classic", Permission.WRITE)
            .addOrganization("acme", 9001)
            .addRepository("acme", "web", 42)
            .addEnvironment("acme", "web", "production");

    @AfterEach
    void stop() {
        github.assertNoProtocolViolations();
        github.close();
    }

    @ParameterizedTest(name = "{0} {1} with {2} -> {3}")
    @CsvSource({
        "GET,    /repos/acme/web/actions/secrets,                       secrets-reader, 200",
        "DELETE, /repos/acme/web/actions/secrets/X,                     secrets-reader, 403",
        "DELETE, /repos/acme/web/actions/secrets/X,                     secrets-writer, 404",
        "GET,    /repos/acme/web/dependabot/secrets/public-key,         secrets-writer, 403",
        "GET,    /repos/acme/web/dependabot/secrets/public-key,         dependabot,     200",
        "GET,    /repos/acme/web/codespaces/secrets,                    dependabot,     403",
        "GET,    /repos/acme/web/actions/variables,                     variables,      200",
        "GET,    /repos/acme/web/environments/production/variables,     variables,      403",
        "GET,    /repos/acme/web/environments/production/variables,     environments,   200",
        "GET,    /repos/acme/web/environments/production/secrets,       environments,   200",
        "PUT,    /repos/acme/web/environments/staging,                  environments,   403",
        "PUT,    /repos/acme/web/environments/staging,                  admin,          200",
        "GET,    /orgs/acme/actions/variables,                          variables,      200",
        "DELETE, /orgs/acme/actions/variables/X,                        variables,      403",
        "GET,    /orgs/acme/actions/secrets,                            secrets-writer, 403",
        "GET,    /orgs/acme/codespaces/secrets/public-key,              org-codespaces, 200",
        "GET,    /orgs/acme/dependabot/secrets/public-key,              org-codespaces, 403",
        "GET,    /repos/acme/web,                                       dependabot,     200",
        "GET,    /repos/acme/web/actions/secrets,                       nothing,        404",
        "GET,    /orgs/acme/actions/secrets,                            nothing,        404",
        "GET,    /orgs/acme/dependabot/secrets,                         classic,        200",
        "DELETE, /repos/acme/web/codespaces/secrets/X,                  classic,        404",
    })
    void shouldAnswerByThePermissionOfTheRouteFamily(String method, String path, String token, int status) {
        var client = new TestClient(github, token);

        var answer = client.send(client.request(method, path, method.equals("PUT") ? "{}" : null));

        assertThat(answer.status()).isEqualTo(status);
        if (status == 403) {
            assertThat(answer.message()).isEqualTo("Resource not accessible by personal access token");
            assertThat(answer.json().get("documentation_url").asText()).startsWith("https://docs.github.com/rest/");
        }
    }

    @Test
    void shouldLinkTheDocumentationOfTheOperationRefused() {
        var client = new TestClient(github, "secrets-reader");

        var refused = client.send(client.request("PUT", "/orgs/acme/dependabot/secrets/X",
                "{\"visibility\":\"all\"}"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("documentation_url").asText())
                .isEqualTo("https://docs.github.com/rest/dependabot/secrets#create-or-update-an-organization-secret");
    }

    @Test
    void shouldGrantAFineGrainedPermissionOnlyToReadOrWrite() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Grant(SECRETS, Permission.ADMIN))
                .withMessageContaining("read or write");
    }
}
