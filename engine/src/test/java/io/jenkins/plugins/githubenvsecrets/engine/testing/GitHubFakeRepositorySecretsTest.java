package io.jenkins.plugins.githubenvsecrets.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Repository secrets of each application: a key pair of their own, real decryption, GitHub's answers. */
class GitHubFakeRepositorySecretsTest {
    private static final RepositoryCoordinates WEB = RepositoryCoordinates.parse("acme/web");
    private static final String SECRET_TEXT = "repo-s3cret-\u00e9-72";
    private static final byte[] SECRET = SECRET_TEXT.getBytes(StandardCharsets.UTF_8);

    private final GitHubFake github = GitHubFake.start()
            .addToken("writer", Permission.WRITE)
            .addRepository("acme", "web", 42)
            .addEnvironment("acme", "web", "production");
    private final TestClient client = new TestClient(github, "writer");

    @AfterEach
    void checkNothingLeakedAndStop() {
        assertThat(github.requests().toString()).doesNotContain(SECRET_TEXT).doesNotContain("writer");
        assertThat(github.protocolViolations()).allSatisfy(problem -> assertThat(problem).doesNotContain(SECRET_TEXT));
        github.close();
    }

    @ParameterizedTest
    @EnumSource(Application.class)
    void shouldCreateUpdateReadAndDeleteWhatTheApplicationsKeyOpens(Application application) {
        var path = "/repos/acme/web/" + application.pathSegment();
        var created = client.put(path + "/secrets/npm_token", client.sealedBody(path, SECRET));
        var updated = client.put(path + "/secrets/NPM_TOKEN", client.sealedBody(path, "v2".getBytes(
                StandardCharsets.UTF_8)));
        var metadata = client.get(path + "/secrets/Npm_Token");
        var target = github.target(new RepositoryTarget(WEB, application));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().size()).isZero();
        assertThat(updated.status()).isEqualTo(204);
        assertThat(target.valueOf("NPM_TOKEN")).contains("v2");
        assertThat(target.secretNames()).containsExactly("NPM_TOKEN");
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.json().get("name").asText()).isEqualTo("NPM_TOKEN");
        assertThat(metadata.json().has("created_at")).isTrue();
        assertThat(metadata.json().has("visibility")).isFalse();
        assertThat(client.delete(path + "/secrets/NPM_TOKEN").status()).isEqualTo(204);
        assertThat(client.delete(path + "/secrets/NPM_TOKEN").status()).isEqualTo(404);
        assertThat(client.get(path + "/secrets/NPM_TOKEN").status()).isEqualTo(404);
        github.assertNoProtocolViolations();
    }

    @Test
    void shouldKeepAKeyPairPerApplicationApartFromTheEnvironments() {
        var keys = Arrays.stream(Application.values())
                .map(application -> github.target(new RepositoryTarget(WEB, application)).keyId()).toList();
        var environment = github.target(new EnvironmentTarget(WEB, EnvironmentName.of("production"))).keyId();

        assertThat(keys).doesNotHaveDuplicates().doesNotContain(environment);
        assertThat(client.get("/repos/acme/web/dependabot/secrets/public-key").json().get("key_id").asText())
                .isEqualTo(keys.get(Application.DEPENDABOT.ordinal()));
    }

    @Test
    void shouldRefuseABoxSealedForAnotherApplicationsKey() {
        var actions = github.target(new RepositoryTarget(WEB, Application.ACTIONS));
        var dependabot = github.target(new RepositoryTarget(WEB, Application.DEPENDABOT));
        var body = TestClient.sealedBody(actions.publicKey(), dependabot.keyId(), SECRET);

        var answer = client.put("/repos/acme/web/dependabot/secrets/NPM_TOKEN", body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.message()).isEqualTo(SealedSecrets.IMPROPERLY_ENCRYPTED);
        assertThat(answer.json().get("documentation_url").asText())
                .isEqualTo("https://docs.github.com/rest/dependabot/secrets#create-or-update-a-repository-secret");
        assertThat(dependabot.secretNames()).isEmpty();
    }

    @Test
    void shouldListByNameWithLinksAndRefuseTheHundredAndFirst() {
        var codespaces = github.target(new RepositoryTarget(WEB, Application.CODESPACES));
        IntStream.range(0, 100).forEach(i -> codespaces.putSecret(String.format("S_%03d", i), new byte[] {1}));

        var first = client.get("/repos/acme/web/codespaces/secrets?per_page=40");
        var refused = client.put("/repos/acme/web/codespaces/secrets/ONE_MORE",
                client.sealedBody("/repos/acme/web/codespaces", SECRET));

        assertThat(first.json().get("total_count").asInt()).isEqualTo(100);
        assertThat(first.json().get("secrets")).hasSize(40);
        assertThat(first.json().get("secrets").get(0).get("name").asText()).isEqualTo("S_000");
        assertThat(first.headers().get("Link")).contains("/repos/acme/web/codespaces/secrets?per_page=40&page=2>;"
                + " rel=\"next\"").contains("page=3>; rel=\"last\"");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.message()).contains("This repository already has the maximum of 100 secrets.");
        assertThat(codespaces.secretNames()).hasSize(100).doesNotContain("ONE_MORE");
    }

    @Test
    void shouldServeTheRepositoryIdFormAndKeepTheSchemasTwoProperties() {
        var byId = "/repositories/42/actions";
        var created = client.put(byId + "/secrets/VIA_ID", client.sealedBody(byId, SECRET));
        var extra = client.put(byId + "/secrets/EXTRA", "{\"encrypted_value\":\"AAAA\",\"key_id\":\"1\","
                + "\"visibility\":\"all\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(github.target(new RepositoryTarget(WEB, Application.ACTIONS)).decryptedValue("VIA_ID"))
                .isEqualTo(SECRET);
        assertThat(extra.status()).isEqualTo(422);
        assertThat(github.protocolViolations()).singleElement().asString()
                .contains("secret body has property 'visibility'");
    }
}
