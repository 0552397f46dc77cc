package io.jenkins.plugins.githubenvsecrets.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GitHubFakeSecretsTest {
    private static final String ENVIRONMENT = "/repos/acme/web/environments/production";
    private static final String SECRET_TEXT = "s3cret-Value-\u00e9-71";
    private static final byte[] SECRET = SECRET_TEXT.getBytes(StandardCharsets.UTF_8);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00.700Z"));
    private final GitHubFake github = GitHubFake.start()
            .clock(clock)
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

    @Test
    void shouldCreateThenUpdateWhatTheEnvironmentKeyOpens() {
        var created = client.put(ENVIRONMENT + "/secrets/API_TOKEN", client.sealedBody(ENVIRONMENT, SECRET));
        clock.advance(Duration.ofMinutes(5));
        var newValue = "rotated-\u00e9".getBytes(StandardCharsets.UTF_8);
        var updated = client.put(ENVIRONMENT + "/secrets/API_TOKEN", client.sealedBody(ENVIRONMENT, newValue));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().isObject()).isTrue();
        assertThat(created.json().size()).isZero();
        assertThat(updated.status()).isEqualTo(204);
        assertThat(updated.body()).isEmpty();
        assertThat(github.decryptedValue("acme", "web", "production", "API_TOKEN")).isEqualTo(newValue);
        assertThat(github.valueOf("acme", "web", "production", "api_token")).contains("rotated-\u00e9");
        assertThat(github.secretMetadata("acme", "web", "production", "API_TOKEN")).hasValueSatisfying(metadata -> {
            assertThat(metadata.createdAt()).isEqualTo("2025-03-01T10:00:00Z");
            assertThat(metadata.updatedAt()).isEqualTo("2025-03-01T10:05:00Z");
        });
        assertThat(github.mutatingRequestCount()).isEqualTo(2);
        assertThat(github.requests("GET")).hasSize(2).allSatisfy(request ->
                assertThat(request.path()).isEqualTo(ENVIRONMENT + "/secrets/public-key"));
        github.assertNoProtocolViolations();
    }

    @Test
    void shouldStoreNamesUpperCaseAndAnswerMetadataCaseInsensitively() {
        client.put(ENVIRONMENT + "/secrets/db_password", client.sealedBody(ENVIRONMENT, SECRET));

        var metadata = client.get("/repos/ACME/Web/environments/PRODUCTION/secrets/Db_Password");

        assertThat(github.secretNames("acme", "web", "production")).containsExactly("DB_PASSWORD");
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.json().get("name").asText()).isEqualTo("DB_PASSWORD");
        assertThat(metadata.json().get("created_at").asText()).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(metadata.json().get("updated_at").asText()).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(metadata.body()).doesNotContain(SECRET_TEXT);
        assertThat(client.get(ENVIRONMENT + "/secrets/OTHER").status()).isEqualTo(404);
    }

    @Test
    void shouldRefuseABoxSealedForAnotherEnvironmentsKey() {
        github.addEnvironment("acme", "web", "staging");
        var stagingKey = github.publicKey("acme", "web", "staging");
        var body = TestClient.sealedBody(stagingKey, github.keyId("acme", "web", "production"), SECRET);

        var answer = client.put(ENVIRONMENT + "/secrets/API_TOKEN", body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.message()).isEqualTo("Bad request - validation failed due to an improperly encrypted secret");
        assertThat(github.secretNames("acme", "web", "production")).isEmpty();
        github.assertNoProtocolViolations();
    }

    @Test
    void shouldRefuseAValueThatIsNotASealedBoxAtAll() {
        var notSealed = Base64.getEncoder().encodeToString(SECRET);
        var body = "{\"encrypted_value\":\"" + notSealed + "\",\"key_id\":\""
                + github.keyId("acme", "web", "production") + "\"}";

        assertThat(client.put(ENVIRONMENT + "/secrets/API_TOKEN", body).status()).isEqualTo(422);
        assertThat(github.valueOf("acme", "web", "production", "API_TOKEN")).isEmpty();
    }

    @Test
    void shouldRefuseTheOldKeyOnceTheKeyRotatedThenAcceptTheNewOne() {
        var sealedForOldKey = client.sealedBody(ENVIRONMENT, SECRET);
        var oldKeyId = github.keyId("acme", "web", "production");
        github.rotateKeyBeforeNextPut("acme", "web", "production");

        var refused = client.put(ENVIRONMENT + "/secrets/API_TOKEN", sealedForOldKey);
        var accepted = client.put(ENVIRONMENT + "/secrets/API_TOKEN", client.sealedBody(ENVIRONMENT, SECRET));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(github.keyId("acme", "web", "production")).isNotEqualTo(oldKeyId);
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(github.decryptedValue("acme", "web", "production", "API_TOKEN")).isEqualTo(SECRET);
    }

    @Test
    void shouldRefuseAStaleKeyIdEvenWhenTheBoxOpens() {
        var publicKey = github.publicKey("acme", "web", "production");
        var body = TestClient.sealedBody(publicKey, "12345", SECRET);

        assertThat(client.put(ENVIRONMENT + "/secrets/API_TOKEN", body).status()).isEqualTo(422);
        assertThat(github.secretNames("acme", "web", "production")).isEmpty();
    }

    @Test
    void shouldHandOutTheNewKeyAfterAnImmediateRotation() {
        var before = client.get(ENVIRONMENT + "/secrets/public-key").json();

        var newKeyId = github.rotateKey("acme", "web", "production");
        var after = client.get(ENVIRONMENT + "/secrets/public-key").json();

        assertThat(after.get("key_id").asText()).isEqualTo(newKeyId).isNotEqualTo(before.get("key_id").asText());
        assertThat(Base64.getDecoder().decode(after.get("key").asText()))
                .hasSize(32)
                .isEqualTo(github.publicKey("acme", "web", "production"))
                .isNotEqualTo(Base64.getDecoder().decode(before.get("key").asText()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1ABC", "GITHUB_TOKEN", "github_token", "A-B", "A%20B", "\u00c4PFEL", "public-key"})
    void shouldRefuseNamesGitHubDoesNotAllow(String encodedName) {
        var answer = client.put(ENVIRONMENT + "/secrets/" + encodedName, client.sealedBody(ENVIRONMENT, SECRET));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.message()).startsWith("Invalid request.");
        assertThat(github.secretNames("acme", "web", "production")).isEmpty();
        github.assertNoProtocolViolations();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"_X, _X", "a1, A1", "Deploy_Key_2, DEPLOY_KEY_2", "GITHUBX, GITHUBX"})
    void shouldAcceptNamesGitHubAllows(String name, String stored) {
        assertThat(client.put(ENVIRONMENT + "/secrets/" + name, client.sealedBody(ENVIRONMENT, SECRET)).status())
                .isEqualTo(201);
        assertThat(github.secretNames("acme", "web", "production")).containsExactly(stored);
    }

    @Test
    void shouldDeleteOnceThenAnswerNotFound() {
        github.putSecret("acme", "web", "production", "OLD", SECRET);

        assertThat(client.delete(ENVIRONMENT + "/secrets/old").status()).isEqualTo(204);
        assertThat(client.delete(ENVIRONMENT + "/secrets/OLD").status()).isEqualTo(404);
        assertThat(github.secretNames("acme", "web", "production")).isEmpty();
        assertThat(github.mutatingRequestCount()).isEqualTo(2);
    }

    @Test
    void shouldRefuseValuesOverFortyEightKilobytes() {
        var limit = new byte[48 * 1024];
        var tooLarge = new byte[48 * 1024 + 1];

        assertThat(client.put(ENVIRONMENT + "/secrets/BIG", client.sealedBody(ENVIRONMENT, tooLarge)).status())
                .isEqualTo(422);
        assertThat(client.put(ENVIRONMENT + "/secrets/BIG", client.sealedBody(ENVIRONMENT, limit)).status())
                .isEqualTo(201);
        assertThat(github.decryptedValue("acme", "web", "production", "BIG")).hasSize(48 * 1024);
    }

    @Test
    void shouldRefuseANewSecretBeyondTheEnvironmentLimitButStillUpdate() {
        github.maxSecretsPerEnvironment(2);
        github.putSecret("acme", "web", "production", "ONE", SECRET).putSecret("acme", "web", "production", "TWO",
                SECRET);

        var third = client.put(ENVIRONMENT + "/secrets/THREE", client.sealedBody(ENVIRONMENT, SECRET));
        var update = client.put(ENVIRONMENT + "/secrets/TWO", client.sealedBody(ENVIRONMENT, new byte[] {1}));

        assertThat(third.status()).isEqualTo(422);
        assertThat(update.status()).isEqualTo(204);
        assertThat(github.secretNames("acme", "web", "production")).containsExactly("ONE", "TWO");
    }

    @Test
    void shouldAnswerNotFoundForAMissingEnvironment() {
        var missing = "/repos/acme/web/environments/qa";

        assertThat(client.get(missing + "/secrets/public-key").status()).isEqualTo(404);
        assertThat(client.get(missing + "/secrets").status()).isEqualTo(404);
        assertThat(client.put(missing + "/secrets/X", TestClient.sealedBody(github.publicKey("acme", "web",
                "production"), "1", SECRET)).status()).isEqualTo(404);
        assertThat(client.get(missing + "/secrets/public-key").message()).isEqualTo("Not Found");
    }

    @Test
    void shouldNameTheMissingSecretButNotAnyValueWhenATestAsksForIt() {
        github.putSecret("acme", "web", "production", "PRESENT", SECRET);

        assertThatThrownBy(() -> github.decryptedValue("acme", "web", "production", "ABSENT"))
                .hasMessageContaining("ABSENT")
                .hasMessageNotContaining(SECRET_TEXT);
        assertThat(github.valueOf("acme", "web", "production", "ABSENT")).isEmpty();
    }
}
