package io.jenkins.plugins.githubenvsecrets.engine.github;

import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.PROD_EU;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.TOKEN;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.WEB;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.assertNothingSecretIn;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.body;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.organization;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.repository;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.seal;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.FineGrainedPermission.SECRETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.githubenvsecrets.engine.crypto.SealedSecret;
import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Grant;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The secret endpoints of every target against the GitHub fake: the route each request takes, GitHub's headers, the
 * body, a value the target's own private key opens, and the failures of each target named, never the token.
 */
class GitHubClientTargetSecretsTest {
    private static final String VALUE = "target-s3cret-\u00e9-74";

    private final TargetFixture fixture = new TargetFixture();
    private final GitHubClient client = fixture.client;

    @AfterEach
    void stop() {
        fixture.close();
    }

    /** Every target and application with the route below which its secrets live. */
    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of(PROD_EU, "/repos/acme/web/environments/prod%2Feu"),
                Arguments.of(repository(Application.ACTIONS), "/repos/acme/web/actions"),
                Arguments.of(repository(Application.DEPENDABOT), "/repos/acme/web/dependabot"),
                Arguments.of(repository(Application.CODESPACES), "/repos/acme/web/codespaces"),
                Arguments.of(organization(Application.ACTIONS), "/orgs/acme/actions"),
                Arguments.of(organization(Application.DEPENDABOT), "/orgs/acme/dependabot"),
                Arguments.of(organization(Application.CODESPACES), "/orgs/acme/codespaces"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void shouldFetchTheKeyOfExactlyThisTargetAndApplication(Target target, String route) throws Exception {
        TargetPublicKey key = client.getPublicKey(target);

        assertThat(key.keyId()).isEqualTo(fixture.github.target(target).keyId());
        assertThat(Base64.getDecoder().decode(key.keyBase64())).isEqualTo(fixture.github.target(target).publicKey());
        FakeRequest request = fixture.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo(route + "/secrets/public-key");
        assertThat(request.header("Authorization")).contains("Bearer " + TOKEN);
        assertThat(request.header("Accept")).contains("application/vnd.github+json");
        assertThat(request.header("X-GitHub-Api-Version")).contains("2022-11-28");
        assertThat(request.hasBody()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void shouldWriteAValueOnlyThisTargetsPrivateKeyOpens(Target target, String route) throws Exception {
        SealedSecret sealed = seal(VALUE, client.getPublicKey(target));
        fixture.github.clearRequests();

        WriteReceipt created = write(target, "DEPLOY_KEY", sealed);
        WriteReceipt updated = write(target, "DEPLOY_KEY", sealed);

        assertThat(created.outcome()).isEqualTo(WriteOutcome.CREATED);
        assertThat(updated.outcome()).isEqualTo(WriteOutcome.UPDATED);
        assertThat(fixture.github.target(target).valueOf("DEPLOY_KEY")).contains(VALUE);
        FakeRequest request = fixture.github.requests().get(0);
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.path()).isEqualTo(route + "/secrets/DEPLOY_KEY");
        assertThat(request.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(body(request).get("encrypted_value").asText()).isEqualTo(sealed.encryptedValueBase64());
        assertThat(body(request).get("key_id").asText()).isEqualTo(sealed.keyId());
        assertThat(body(request).size()).isEqualTo(target instanceof OrganizationTarget ? 3 : 2);
        assertThat(fixture.github.requests()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void shouldReadMetadataAndDeleteByTheSameRoute(Target target, String route) throws Exception {
        fixture.github.target(target).putSecret("OLD_KEY", new byte[] {1});

        assertThat(client.getSecret(target, "old_key")).hasValueSatisfying(secret ->
                assertThat(secret.name()).isEqualTo("OLD_KEY"));
        assertThat(client.deleteSecret(target, "OLD_KEY")).isTrue();
        assertThat(client.deleteSecret(target, "OLD_KEY")).isFalse();
        assertThat(client.getSecret(target, "OLD_KEY")).isEmpty();

        assertThat(fixture.github.requests()).extracting(request -> request.method() + " " + request.path())
                .containsExactly("GET " + route + "/secrets/old_key", "DELETE " + route + "/secrets/OLD_KEY",
                        "DELETE " + route + "/secrets/OLD_KEY", "GET " + route + "/secrets/OLD_KEY");
        assertThat(fixture.github.target(target).secretNames()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void shouldListEveryPageAHundredAtATime(Target target, String route) throws Exception {
        IntStream.range(0, 150).forEach(i -> fixture.github.target(target)
                .putSecret(String.format("S_%03d", i), new byte[] {(byte) i}));

        List<SecretMetadata> secrets = client.listSecrets(target);

        assertThat(secrets).hasSize(150).extracting(SecretMetadata::name).startsWith("S_000").endsWith("S_149");
        // The environment's links name the repository by id, as github.com's do.
        assertThat(fixture.github.requests().get(0).path()).isEqualTo(route + "/secrets");
        assertThat(fixture.github.requests()).extracting(FakeRequest::path).allSatisfy(path ->
                assertThat(path).endsWith("/secrets"));
        assertThat(fixture.github.requests()).extracting(request -> request.queryParameter("per_page").orElseThrow())
                .containsExactly("100", "100");
        assertThat(fixture.github.requests().get(1).queryParameter("page")).contains("2");
    }

    @Test
    void shouldSendEachNameAsOneEncodedSegment() throws Exception {
        assertThat(client.getSecret(repository(Application.DEPENDABOT), "a/b c?")).isEmpty();

        FakeRequest request = fixture.onlyRequest();
        assertThat(request.path()).isEqualTo("/repos/acme/web/dependabot/secrets/a%2Fb%20c%3F");
        assertThat(request.pathSegments()).endsWith("secrets", "a/b c?");
    }

    @Test
    void shouldKeepTheEnvironmentMethodsAsCasesOfTheTargetOnes() throws Exception {
        EnvironmentPublicKey key = client.getPublicKey(WEB, "prod/eu");
        SealedSecret sealed = seal(VALUE, new TargetPublicKey(key.keyId(), key.keyBase64()));

        client.putSecret(WEB, "prod/eu", "API_KEY", sealed.encryptedValueBase64(), sealed.keyId());

        assertThat(client.listSecrets(WEB, "prod/eu")).extracting(SecretMetadata::name).containsExactly("API_KEY");
        assertThat(fixture.github.valueOf("acme", "web", "prod/eu", "API_KEY")).contains(VALUE);
        assertThat(fixture.github.requests()).extracting(FakeRequest::path).containsExactly(
                "/repos/acme/web/environments/prod%2Feu/secrets/public-key",
                "/repos/acme/web/environments/prod%2Feu/secrets/API_KEY",
                "/repos/acme/web/environments/prod%2Feu/secrets");
    }

    @Test
    void shouldRefuseAnOrganizationSecretWithoutItsVisibilityUnsent() {
        Throwable refused = catchThrowable(() -> client.putSecret(organization(Application.ACTIONS), "TOKEN",
                "AAAA", "1"));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organization acme, secret 'TOKEN'")
                .hasMessageContaining("putOrganizationSecret").hasMessageEndingWith("Nothing was sent.");
        assertThat(fixture.github.requestCount()).isZero();
    }

    @Test
    void shouldNameTheMissingPermissionOfTheTarget() {
        fixture.github.addFineGrainedToken("ghp_onlyActionsSecrets", Grant.write(SECRETS));
        try (GitHubClient limited = fixture.client("ghp_onlyActionsSecrets")) {
            GitHubPermissionException refused = catchThrowableOfType(GitHubPermissionException.class,
                    () -> limited.getPublicKey(repository(Application.DEPENDABOT)));

            assertThat(refused).hasMessageStartingWith("GET repository acme/web (Dependabot): HTTP 403.")
                    .hasMessageContaining("repository permission 'Dependabot secrets: write'")
                    .hasMessageContaining("Resource not accessible by personal access token");
            assertThat(refused.context().target()).isEqualTo(repository(Application.DEPENDABOT));
            assertThat(refused.context().kind()).isEqualTo(ValueKind.SECRET);
            assertNothingSecretIn(refused);
        }
    }

    @Test
    void shouldSayWhatAnUnknownOrganizationMayMean() throws Exception {
        OrganizationTarget ghost = new OrganizationTarget(new OrganizationName("ghost"), Application.CODESPACES);

        GitHubNotFoundException missing = catchThrowableOfType(GitHubNotFoundException.class,
                () -> client.getPublicKey(ghost));

        assertThat(missing).hasMessageStartingWith("GET organization ghost (Codespaces): HTTP 404.")
                .hasMessageContaining("The organization ghost does not exist, or the token cannot see it.");
        assertThat(client.deleteSecret(ghost, "TOKEN")).isFalse();
        assertNothingSecretIn(missing);
    }

    private WriteReceipt write(Target target, String name, SealedSecret sealed) throws InterruptedException {
        if (target instanceof OrganizationTarget organization) {
            return client.putOrganizationSecret(organization, name, sealed.encryptedValueBase64(), sealed.keyId(),
                    RepositoryAccess.all());
        }
        return client.putSecret(target, name, sealed.encryptedValueBase64(), sealed.keyId());
    }
}
