package io.jenkins.plugins.githubenvsecrets.engine.github;

import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.PROD_EU;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.assertNothingSecretIn;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.body;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.organization;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.repository;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.method;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The variable endpoints of environments and repositories against the GitHub fake: POST to create (409 when it
 * exists), PATCH to update, 30 a page to list, and a value that never reaches a message.
 */
class GitHubClientVariablesTest {
    /** Not secret, yet never shown by this client: messages tell outcomes only. */
    private static final String VALUE = "eu-west-1-cluster-7Jq";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TargetFixture fixture = new TargetFixture();
    private final GitHubClient client = fixture.client;

    @AfterEach
    void stop() {
        fixture.close();
    }

    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of(PROD_EU, "/repos/acme/web/environments/prod%2Feu/variables"),
                Arguments.of(repository(Application.ACTIONS), "/repos/acme/web/actions/variables"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void shouldCreateWithANameAndAValueInTheBody(Target target, String route) throws Exception {
        WriteReceipt created = client.createVariable(target, "REGION", VALUE);

        assertThat(created.outcome()).isEqualTo(WriteOutcome.CREATED);
        assertThat(fixture.github.target(target).variableValue("REGION")).contains(VALUE);
        FakeRequest request = fixture.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(route);
        assertThat((Map<?, ?>) JSON.convertValue(body(request), Map.class))
                .isEqualTo(Map.of("name", "REGION", "value", VALUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void shouldUpdateWithTheValueAloneSoThatNothingIsRenamed(Target target, String route) throws Exception {
        fixture.github.target(target).putVariable("REGION", "old");

        WriteReceipt updated = client.updateVariable(target, "REGION", VALUE);

        assertThat(updated.outcome()).isEqualTo(WriteOutcome.UPDATED);
        assertThat(fixture.github.target(target).variableNames()).containsExactly("REGION");
        assertThat(fixture.github.target(target).variableValue("REGION")).contains(VALUE);
        FakeRequest request = fixture.onlyRequest();
        assertThat(request.method()).isEqualTo("PATCH");
        assertThat(request.path()).isEqualTo(route + "/REGION");
        assertThat((Map<?, ?>) JSON.convertValue(body(request), Map.class)).isEqualTo(Map.of("value", VALUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void shouldReadValuesAndDeleteByTheSameRoute(Target target, String route) throws Exception {
        fixture.github.target(target).putVariable("REGION", VALUE);

        assertThat(client.getVariable(target, "region")).hasValueSatisfying(variable -> {
            assertThat(variable.name()).isEqualTo("REGION");
            assertThat(variable.value()).isEqualTo(VALUE);
            assertThat(variable.toString()).contains("REGION").doesNotContain(VALUE);
        });
        assertThat(client.deleteVariable(target, "REGION")).isTrue();
        assertThat(client.deleteVariable(target, "REGION")).isFalse();
        assertThat(client.getVariable(target, "REGION")).isEmpty();
        assertThat(fixture.github.requests()).extracting(request -> request.method() + " " + request.path())
                .containsExactly("GET " + route + "/region", "DELETE " + route + "/REGION",
                        "DELETE " + route + "/REGION", "GET " + route + "/REGION");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void shouldListThirtyAPageWithTheirValues(Target target, String route) throws Exception {
        IntStream.range(0, 65).forEach(i -> fixture.github.target(target)
                .putVariable(String.format("V_%02d", i), "value-" + i));

        List<VariableMetadata> variables = client.listVariables(target);

        assertThat(variables).hasSize(65);
        assertThat(variables.get(64).name()).isEqualTo("V_64");
        assertThat(variables.get(64).value()).isEqualTo("value-64");
        assertThat(fixture.github.requests()).hasSize(3).allSatisfy(request -> {
            assertThat(request.path()).isEqualTo(route);
            assertThat(request.queryParameter("per_page")).contains("30");
        });
        assertThat(fixture.github.requests()).extracting(request -> request.queryParameter("page").orElse("1"))
                .containsExactly("1", "2", "3");
    }

    @Test
    void shouldRefuseToCreateOneThatExistsAndChangeNothing() throws Exception {
        fixture.github.target(PROD_EU).putVariable("REGION", "kept");

        GitHubConflictException conflict = catchThrowableOfType(GitHubConflictException.class,
                () -> client.createVariable(PROD_EU, "REGION", VALUE));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict).hasMessage("POST repository acme/web, environment 'prod/eu', variable 'REGION': HTTP 409."
                + " GitHub holds a variable of this name already, so nothing was created or changed; update it"
                + " instead.");
        assertThat(fixture.github.target(PROD_EU).variableValue("REGION")).contains("kept");
        assertNothingSecretIn(conflict, VALUE);
    }

    @Test
    void shouldSayWhatAMissingVariableMayMean() {
        GitHubNotFoundException missing = catchThrowableOfType(GitHubNotFoundException.class,
                () -> client.updateVariable(repository(Application.ACTIONS), "GONE", VALUE));

        assertThat(missing).hasMessageStartingWith("PATCH repository acme/web, variable 'GONE': HTTP 404.")
                .hasMessageContaining("does not exist (or holds no variable 'GONE')");
        assertNothingSecretIn(missing, VALUE);
    }

    /** A server that repeats the value in its words, plainly or in JSON escapes, does not bring it into a message. */
    @Test
    void shouldHideAnEchoOfTheValueSent() {
        String value = "line\"one\"\ncolour=\u00e9";
        fixture.github.refuseNext(1, method("POST"), 422, "Invalid value " + value + " for REGION");
        fixture.github.failNext(1, method("PATCH"), 422, Map.of(),
                "{\"message\":\"Invalid value line\\\"one\\\"\\ncolour=\\u00e9\",\"errors\":[\"line\\\"one\\\"\\n"
                        + "colour=\u00e9\"]}");

        Throwable created = catchThrowable(() -> client.createVariable(PROD_EU, "REGION", value));
        Throwable updated = catchThrowable(() -> client.updateVariable(PROD_EU, "REGION", value));

        assertThat(created).isInstanceOfSatisfying(GitHubValidationException.class, e ->
                assertThat(e.gitHubMessage()).contains("Invalid value **** for REGION"));
        assertThat(updated).isInstanceOf(GitHubValidationException.class).hasMessageContaining("****");
        assertNothingSecretIn(created, value, "line\\\"one");
        assertNothingSecretIn(updated, value, "line\\\"one", "colour=\u00e9");
    }

    @Test
    void shouldRefusePairsGitHubDoesNotOfferUnsent() {
        Throwable dependabot = catchThrowable(() -> client.createVariable(repository(Application.DEPENDABOT),
                "REGION", VALUE));
        Throwable codespaces = catchThrowable(() -> client.listVariables(organization(Application.CODESPACES)));
        Throwable organization = catchThrowable(() -> client.updateVariable(organization(Application.ACTIONS),
                "REGION", VALUE));

        assertThat(dependabot).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("repository acme/web (Dependabot): Dependabot has no variables: GitHub offers variables"
                        + " to Actions only. Nothing was sent.");
        assertThat(codespaces).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("organization acme (Codespaces): Codespaces has no variables");
        assertThat(organization).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("updateOrganizationVariable");
        assertNothingSecretIn(dependabot, VALUE);
        assertNothingSecretIn(organization, VALUE);
        assertThat(fixture.github.requestCount()).isZero();
    }

    @Test
    void shouldSendAVariableNameAsOneEncodedSegment() throws Exception {
        assertThat(client.deleteVariable(PROD_EU, "A/B C")).isFalse();

        assertThat(fixture.onlyRequest().path())
                .isEqualTo("/repos/acme/web/environments/prod%2Feu/variables/A%2FB%20C");
    }
}
