package io.jenkins.plugins.githubenvsecrets.engine.github;

import static io.jenkins.plugins.githubenvsecrets.engine.github.MockGitHub.REPO;
import static io.jenkins.plugins.githubenvsecrets.engine.github.MockGitHub.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Encodings;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Leaks;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each failure becomes the exception that explains it, naming what was asked and never the token or a value. */
class GitHubClientErrorTest {
    /** Stands for a sealed value: it may only travel in a request body, never into a message. */
    private static final String SEALED = "U2VhbGVkQ2lwaGVydGV4dE1hcmtlcjQyMQ==";

    private MockGitHub github;

    @BeforeEach
    void startServer() throws Exception {
        github = new MockGitHub(RetryPolicy.defaults().withMaxAttempts(2), "/");
    }

    @AfterEach
    void stopServer() {
        github.close();
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(401, "{\"message\":\"Bad credentials\"}", GitHubAuthenticationException.class,
                        List.of("HTTP 401", "invalid, expired or revoked", "Check the credential",
                                "GitHub said: \"Bad credentials\"")),
                Arguments.of(403, "{\"message\":\"Resource not accessible by integration\"}",
                        GitHubPermissionException.class,
                        List.of("HTTP 403", "'repo' scope", "'Environments: write'",
                                "Resource not accessible by integration")),
                Arguments.of(404, "{\"message\":\"Not Found\"}", GitHubNotFoundException.class,
                        List.of("HTTP 404", "repository acme/web or its environment 'production' does not exist",
                                "create the environment", "token has access")),
                Arguments.of(422, "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Secret\","
                        + "\"field\":\"encrypted_value\",\"code\":\"invalid\",\"value\":\"" + SEALED + "\"},"
                        + "\"Key id does not match\"]}", GitHubValidationException.class,
                        List.of("HTTP 422", "Validation Failed",
                                "Secret encrypted_value invalid; Key id does not match")),
                Arguments.of(500, "{\"message\":\"Server Error\"}", GitHubServerException.class,
                        List.of("HTTP 500 after 2 attempts", "try again later")),
                Arguments.of(409, "{\"message\":\"Conflict\"}", GitHubApiException.class,
                        List.of("HTTP 409", "does not expect", "Conflict")));
    }

    @ParameterizedTest(name = "HTTP {0} -> {2}")
    @MethodSource("failures")
    void shouldExplainEachFailureNamingRepositoryEnvironmentAndSecret(int status, String body,
            Class<? extends GitHubApiException> type, List<String> fragments) throws Exception {
        github.enqueue(status, body);
        github.enqueue(status, body);

        Throwable thrown = catchThrowable(
                () -> github.client.putSecret(REPO, "production", "API_KEY", SEALED, "4711"));

        assertThat(thrown).isExactlyInstanceOf(type);
        GitHubApiException failure = (GitHubApiException) thrown;
        assertThat(failure.status()).isEqualTo(status);
        assertThat(failure.context()).isEqualTo(RequestContext.of("PUT",
                new EnvironmentTarget(REPO, EnvironmentName.of("production")), ValueKind.SECRET, "API_KEY"));
        assertThat(failure.getMessage())
                .startsWith("PUT repository acme/web, environment 'production', secret 'API_KEY': ")
                .contains(fragments);
        assertNothingSecretIn(failure);
    }

    /** A server may echo the token with JSON escapes; the escaped echo is removed as the plain one is. */
    @Test
    void shouldNotRepeatATokenThatTheAnswerEchoesEscaped() throws Exception {
        String escaped = "\\u0067" + MockGitHub.TOKEN.substring(1); // g as \u0067, as JSON may write it
        github.enqueue(401, "{\"message\":\"Bad credentials " + escaped + "\",\"errors\":[\"" + escaped
                + "\"]}");

        Throwable thrown = catchThrowable(() -> github.client.getPublicKey(REPO, "production"));

        assertThat(thrown).isInstanceOfSatisfying(GitHubAuthenticationException.class, e ->
                assertThat(e.gitHubMessage()).get().asString().contains("Bad credentials")
                        .doesNotContain(MockGitHub.TOKEN));
        assertNothingSecretIn(thrown);
    }

    @Test
    void shouldListGitHubsValidationErrors() throws Exception {
        github.enqueue(422, "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Secret\","
                + "\"code\":\"custom\",\"message\":\"encrypted_value is not valid\"}]}");

        Throwable thrown = catchThrowable(() -> github.client.putSecret(REPO, "prod", "API_KEY", SEALED, "1"));

        assertThat(thrown).isInstanceOfSatisfying(GitHubValidationException.class, e -> {
            assertThat(e.errors()).containsExactly("encrypted_value is not valid");
            assertThat(e.gitHubMessage()).contains("Validation Failed");
        });
    }

    @Test
    void shouldSayTheRepositoryIsMissingWhenOnlyTheRepositoryWasAsked() throws Exception {
        github.enqueue(404, "{\"message\":\"Not Found\"}");

        Throwable thrown = catchThrowable(() -> github.client.getRepository(REPO));

        assertThat(thrown).isInstanceOf(GitHubNotFoundException.class)
                .hasMessageStartingWith("GET repository acme/web: HTTP 404. The repository acme/web does not exist");
    }

    @Test
    void shouldShortenALongBody() throws Exception {
        github.enqueue(409, "<html>" + "x".repeat(20_000) + "</html>");

        Throwable thrown = catchThrowable(() -> github.client.getPublicKey(REPO, "production"));

        assertThat(thrown.getMessage()).hasSizeLessThan(700).contains("<html>xxx").contains("...\"");
        assertThat(((GitHubApiException) thrown).gitHubMessage()).get().asString().hasSize(303);
    }

    @Test
    void shouldKeepControlCharactersFromTheServerOutOfMessages() throws Exception {
        github.enqueue(403, "{\"message\":\"line one\\nline two\\u001b[31m red\"}");

        Throwable thrown = catchThrowable(() -> github.client.getPublicKey(REPO, "production"));

        assertThat(thrown.getMessage()).contains("line one line two [31m red").doesNotContain("\n", "\u001b");
    }

    @Test
    void shouldRemoveTheTokenWhenTheServerEchoesIt() throws Exception {
        github.enqueue(400, "{\"message\":\"Bad header Authorization: Bearer " + TOKEN + "\"}");

        Throwable thrown = catchThrowable(() -> github.client.getPublicKey(REPO, "production"));

        assertThat(thrown.getMessage()).contains("Bad header Authorization: Bearer ****");
        assertNothingSecretIn(thrown);
    }

    @Test
    void shouldKeepTheTokenOutOfEveryKindOfFailure() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        github.enqueue(401, "{\"message\":\"Bad credentials\"}");
        failures.add(catchThrowable(() -> github.client.getPublicKey(REPO, "production")));
        github.enqueue(429, null, "Retry-After", "3600");
        failures.add(catchThrowable(() -> github.client.deleteSecret(REPO, "production", "API_KEY")));
        github.enqueue(200, "{\"id\":1,\"name\":\"web\",\"owner\":{\"login\":\"not valid!\"}}");
        failures.add(catchThrowable(() -> github.client.getRepository(REPO)));
        github.server.close(); // from now on every connection is refused
        failures.add(catchThrowable(() -> github.client.listSecrets(REPO, "production")));

        assertThat(failures).hasSize(4).allSatisfy(failure -> {
            assertThat(failure).isInstanceOf(GitHubApiException.class);
            assertNothingSecretIn(failure);
        });
        assertThat(failures).extracting(Throwable::getClass).containsExactly(GitHubAuthenticationException.class,
                GitHubRateLimitException.class, GitHubApiException.class, GitHubConnectionException.class);
        assertThat(github.client.toString()).doesNotContain(TOKEN);
        assertThat(github.heard).allSatisfy(line -> assertThat(line).doesNotContain(TOKEN));
    }

    @Test
    void shouldScrubAnIoErrorThatQuotesAMalformedStatusLine() throws Exception {
        for (int i = 0; i < 2; i++) {
            github.enqueue(new MockResponse.Builder().status("HTTP/1.1 abc " + Encodings.jsonEscapeMixed(TOKEN))
                    .build());
        }

        Throwable thrown = catchThrowable(() -> github.client.getPublicKey(REPO, "production"));

        assertThat(thrown).isInstanceOf(GitHubConnectionException.class).hasMessageContaining("no answer from")
                .hasMessageContaining("ProtocolException");
        assertNothingSecretIn(thrown);
    }

    @Test
    void shouldScrubTheServerARedirectNamesWhenItEchoesAValue() throws Exception {
        String value = "leaky-host-value-9k2";
        github.enqueue(new MockResponse.Builder().code(307).setHeader("Location", "https://" + value + ".example/x")
                .build());
        SecretMask mask = SecretMask.builder().add("GitHub token", TOKEN.toCharArray())
                .add("HOST_VALUE", value.toCharArray()).build();

        Throwable thrown;
        try (GitHubClient client = github.builder("/").mask(mask).build()) {
            thrown = catchThrowable(() -> client.deleteSecret(REPO, "production", "API_KEY"));
        }

        assertThat(thrown).isInstanceOf(GitHubRedirectException.class)
                .hasMessageContaining("redirects to another server, https://****.example:443.");
        Leaks.assertNoSecretIn(thrown, TOKEN, value);
        github.take();
        github.assertNoMoreRequests();
    }

    @Test
    void shouldRefuseAMaskThatDoesNotHideItsToken() {
        SecretMask valuesOnly = SecretMask.builder().add("A", "some-value-of-the-sync".toCharArray()).build();

        assertThatThrownBy(() -> github.builder("/").mask(valuesOnly).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not hide its token")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void shouldMaskItsTokenAloneUntilGivenTheValues() throws Exception {
        String value = "value-given-later-7f3";
        github.enqueue(422, "{\"message\":\"value " + value + " for " + TOKEN + "\"}");
        github.enqueue(422, "{\"message\":\"value " + value + " for " + TOKEN + "\"}");

        Throwable before = catchThrowable(() -> github.client.getPublicKey(REPO, "production"));
        github.client.maskAlso(SecretMask.builder().add("A", value.toCharArray()));
        Throwable after = catchThrowable(() -> github.client.getPublicKey(REPO, "production"));

        assertThat(before).hasMessageContaining("value " + value + " for ****");
        assertThat(after).hasMessageContaining("value **** for ****");
        assertThat(github.client.mask().covers(value.toCharArray())).isTrue();
        assertThat(github.client.mask().covers(TOKEN.toCharArray())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"..", "."})
    void shouldSendNothingForANameNoPathCanCarry(String name) throws Exception {
        Throwable thrown = catchThrowable(() -> github.client.deleteSecret(REPO, "production", name));

        assertThat(thrown).isExactlyInstanceOf(GitHubApiException.class)
                .hasMessageStartingWith("DELETE repository acme/web, environment 'production', secret '" + name
                        + "': not sent: '" + name + "' cannot be used as a name in a GitHub API path");
        assertThat(((GitHubApiException) thrown).status()).isZero();
        github.assertNoMoreRequests();
    }

    /** The token and the sealed value appear in no form in the failure, its causes or their toString. */
    private static void assertNothingSecretIn(Throwable failure) {
        Leaks.assertNoSecretIn(failure, TOKEN, SEALED);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof GitHubApiException api) {
                Leaks.assertNoSecretIn(api.context().toString() + " " + api.gitHubMessage().orElse(""), TOKEN,
                        SEALED);
            }
        }
    }
}
