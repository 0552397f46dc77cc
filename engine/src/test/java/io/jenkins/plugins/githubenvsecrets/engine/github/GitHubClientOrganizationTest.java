package io.jenkins.plugins.githubenvsecrets.engine.github;

import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.API;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.WEB;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.assertNothingSecretIn;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.body;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.organization;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.seal;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.FineGrainedPermission.ORGANIZATION_SECRETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SealedSecret;
import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Grant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Organization secrets and variables against the GitHub fake: the visibility and selected repository ids in each
 * write's body, as GitHub takes them, the listings that show the visibility, and the selection routes.
 */
class GitHubClientOrganizationTest {
    private static final String VALUE = "org-s3cret-\u00e9-75";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TargetFixture fixture = new TargetFixture();
    private final GitHubClient client = fixture.client;

    @AfterEach
    void stop() {
        fixture.close();
    }

    @ParameterizedTest
    @EnumSource(Application.class)
    void shouldWriteASecretForSelectedRepositoriesById(Application application) throws Exception {
        OrganizationTarget target = organization(application);
        SealedSecret sealed = seal(VALUE, client.getPublicKey(target));
        fixture.github.clearRequests();

        WriteReceipt written = client.putOrganizationSecret(target, "DEPLOY_KEY", sealed.encryptedValueBase64(),
                sealed.keyId(), RepositoryAccess.selected(List.of(43L, 42L)));

        assertThat(written.outcome()).isEqualTo(WriteOutcome.CREATED);
        FakeRequest request = fixture.onlyRequest();
        assertThat(request.path()).isEqualTo("/orgs/acme/" + application.pathSegment() + "/secrets/DEPLOY_KEY");
        assertThat((Map<?, ?>) JSON.convertValue(body(request), Map.class)).isEqualTo(Map.of(
                "encrypted_value", sealed.encryptedValueBase64(), "key_id", sealed.keyId(),
                "visibility", "selected", "selected_repository_ids", List.of(43, 42)));
        assertThat(body(request).get("selected_repository_ids").get(0).isIntegralNumber()).isTrue();
        assertThat(fixture.github.target(target).valueOf("DEPLOY_KEY")).contains(VALUE);
        assertThat(fixture.github.target(target).selectedRepositoryIds(ValueKind.SECRET, "DEPLOY_KEY"))
                .containsExactly(42L, 43L);
    }

    @Test
    void shouldSendNoIdsWithAnotherVisibilityAndListEachSecretsVisibility() throws Exception {
        OrganizationTarget target = organization(Application.ACTIONS);
        SealedSecret sealed = seal(VALUE, client.getPublicKey(target));

        client.putOrganizationSecret(target, "ALL_OF_THEM", sealed.encryptedValueBase64(), sealed.keyId(),
                RepositoryAccess.all());
        client.putOrganizationSecret(target, "PRIVATE_ONES", sealed.encryptedValueBase64(), sealed.keyId(),
                RepositoryAccess.privateRepositories());
        List<OrganizationSecret> listed = client.listOrganizationSecrets(target);

        assertThat(fixture.github.requests("PUT")).extracting(request -> body(request).get("visibility").asText())
                .containsExactly("all", "private");
        assertThat(fixture.github.requests("PUT")).allSatisfy(request ->
                assertThat(body(request).has("selected_repository_ids")).isFalse());
        assertThat(listed).extracting(secret -> secret.secret().name() + " " + secret.visibility())
                .containsExactly("ALL_OF_THEM ALL", "PRIVATE_ONES PRIVATE");
        assertThat(client.listSecrets(target)).extracting(SecretMetadata::name)
                .containsExactly("ALL_OF_THEM", "PRIVATE_ONES");
    }

    @Test
    void shouldCreateAndUpdateAVariableWithItsVisibility() throws Exception {
        OrganizationTarget target = organization(Application.ACTIONS);

        client.createOrganizationVariable(target, "REGION", "eu-west-1", RepositoryAccess.selected(List.of(42L)));
        client.updateOrganizationVariable(target, "REGION", "us-east-1", RepositoryAccess.privateRepositories());
        List<OrganizationVariable> listed = client.listOrganizationVariables(target);

        List<FakeRequest> requests = fixture.github.requests();
        assertThat(requests.get(0).method() + " " + requests.get(0).path())
                .isEqualTo("POST /orgs/acme/actions/variables");
        assertThat((Map<?, ?>) JSON.convertValue(body(requests.get(0)), Map.class)).isEqualTo(Map.of("name", "REGION",
                "value", "eu-west-1", "visibility", "selected", "selected_repository_ids", List.of(42)));
        assertThat(requests.get(1).method() + " " + requests.get(1).path())
                .isEqualTo("PATCH /orgs/acme/actions/variables/REGION");
        assertThat((Map<?, ?>) JSON.convertValue(body(requests.get(1)), Map.class))
                .isEqualTo(Map.of("value", "us-east-1", "visibility", "private"));
        assertThat(listed).singleElement().satisfies(variable -> {
            assertThat(variable.variable().value()).isEqualTo("us-east-1");
            assertThat(variable.visibility()).isEqualTo(Visibility.PRIVATE);
        });
        assertThat(requests.get(2).queryParameter("per_page")).contains("30");
    }

    @Test
    void shouldReadAndReplaceTheSelectedRepositories() throws Exception {
        OrganizationTarget target = organization(Application.DEPENDABOT);
        fixture.github.target(target).putSecret("NPM_TOKEN", new byte[] {1})
                .access(ValueKind.SECRET, "NPM_TOKEN", Visibility.SELECTED, 43, 42);
        fixture.github.target(organization(Application.ACTIONS)).putVariable("REGION", "eu")
                .access(ValueKind.VARIABLE, "REGION", Visibility.SELECTED);

        List<RepositoryInfo> selected = client.selectedRepositories(target, ValueKind.SECRET, "NPM_TOKEN");
        client.replaceSelectedRepositories(organization(Application.ACTIONS), ValueKind.VARIABLE, "REGION",
                List.of(43L));

        assertThat(selected).containsExactly(new RepositoryInfo(42, WEB), new RepositoryInfo(43, API));
        List<FakeRequest> requests = fixture.github.requests();
        assertThat(requests.get(0).path()).isEqualTo("/orgs/acme/dependabot/secrets/NPM_TOKEN/repositories");
        assertThat(requests.get(0).queryParameter("per_page")).contains("100");
        assertThat(requests.get(1).method() + " " + requests.get(1).path())
                .isEqualTo("PUT /orgs/acme/actions/variables/REGION/repositories");
        assertThat((Map<?, ?>) JSON.convertValue(body(requests.get(1)), Map.class))
                .isEqualTo(Map.of("selected_repository_ids", List.of(43)));
        assertThat(fixture.github.target(organization(Application.ACTIONS))
                .selectedRepositoryIds(ValueKind.VARIABLE, "REGION")).containsExactly(43L);
        assertThat(requests).hasSize(2);
    }

    @Test
    void shouldTellThatOnlySelectedVisibilityHasASelection() {
        fixture.github.target(organization(Application.ACTIONS)).putSecret("TOKEN", new byte[] {1});

        GitHubConflictException conflict = catchThrowableOfType(GitHubConflictException.class,
                () -> client.selectedRepositories(organization(Application.ACTIONS), ValueKind.SECRET, "TOKEN"));

        assertThat(conflict).hasMessage("GET organization acme, secret 'TOKEN': HTTP 409. Its visibility is not"
                + " 'selected', so it has no selected repositories; write it with visibility 'selected' first.");
        assertNothingSecretIn(conflict);
    }

    @Test
    void shouldRefuseBadIdsBeforeAnyRequest() {
        OrganizationTarget target = organization(Application.ACTIONS);

        assertThatIllegalArgumentException().isThrownBy(() -> client.replaceSelectedRepositories(target,
                ValueKind.SECRET, "TOKEN", List.of(42L, 42L))).withMessageContaining("more than once");
        assertThatIllegalArgumentException().isThrownBy(() -> client.replaceSelectedRepositories(target,
                ValueKind.SECRET, "TOKEN", List.of(0L))).withMessageContaining("positive");
        assertThatIllegalArgumentException().isThrownBy(() -> client.replaceSelectedRepositories(
                organization(Application.CODESPACES), ValueKind.VARIABLE, "TOKEN", List.of(42L)))
                .withMessageContaining("Codespaces has no variables");
        assertThatIllegalArgumentException().isThrownBy(() -> new RepositoryAccess(Visibility.ALL, List.of(42L)))
                .withMessageContaining("only with visibility 'selected'");
        assertThat(fixture.github.requestCount()).isZero();
    }

    @Test
    void shouldReportWhatGitHubRefusesNamingTheOrganizationAndTheSecret() throws Exception {
        OrganizationTarget target = organization(Application.ACTIONS);
        SealedSecret sealed = seal(VALUE, client.getPublicKey(target));

        Throwable refused = catchThrowable(() -> client.putOrganizationSecret(target, "TOKEN",
                sealed.encryptedValueBase64(), sealed.keyId(), RepositoryAccess.selected(List.of(77L))));

        assertThat(refused).isInstanceOf(GitHubValidationException.class)
                .hasMessageStartingWith("PUT organization acme, secret 'TOKEN': HTTP 422.")
                .hasMessageContaining("77");
        assertNothingSecretIn(refused, VALUE, sealed.encryptedValueBase64());
        assertThat(fixture.github.target(target).secretNames()).isEmpty();
    }

    @Test
    void shouldNameTheOrganizationPermissionATokenLacks() {
        fixture.github.addFineGrainedToken("ghp_orgActionsOnly", Grant.write(ORGANIZATION_SECRETS));
        try (GitHubClient limited = fixture.client("ghp_orgActionsOnly")) {
            GitHubPermissionException refused = catchThrowableOfType(GitHubPermissionException.class,
                    () -> limited.listOrganizationSecrets(organization(Application.DEPENDABOT)));

            assertThat(refused).hasMessageStartingWith("GET organization acme (Dependabot): HTTP 403.")
                    .hasMessageContaining("'admin:org' scope")
                    .hasMessageContaining("organization permission 'Dependabot secrets: write'");
            assertNothingSecretIn(refused);
        }
    }
}
