package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static io.jenkins.plugins.githubenvsecrets.engine.sync.Reports.environment;
import static io.jenkins.plugins.githubenvsecrets.engine.sync.Reports.outcomes;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.RequestMatchers.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.githubenvsecrets.engine.github.AccessToken;
import io.jenkins.plugins.githubenvsecrets.engine.github.FakeTime;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.github.RetryPolicy;
import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Echo;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Encodings;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Leaks;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TestSealer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server that echoes what it was sent, the token and the value it was to store, in whatever it answers and however
 * it encodes it: no reason, event or warning of the sync shows them, GitHub's own words stay readable, and the secret
 * the echo did not concern is written as usual. The fake opens each sealed value with the environment's private key,
 * so the echo is of the real value.
 */
class MisbehavingServerTest {
    private static final String TOKEN = "ghp_misbehavingServerToken01234567";
    private static final String VALUE_A = "echoed-value-A-s3cr3t";
    private static final String VALUE_B = "kept-value-B/s3cr3t+&%";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeTime time = new FakeTime();
    private final List<String> events = new ArrayList<>();
    private final GitHubFake github = GitHubFake.start().addToken(TOKEN, Permission.ADMIN)
            .addRepository("acme", "web", 4242).addEnvironment("acme", "web", "production");

    @AfterEach
    void stop() {
        github.assertNoProtocolViolations();
        github.close();
    }

    static Stream<Arguments> echoes() {
        Map<String, UnaryOperator<String>> encodings = Map.of(
                "as it is", text -> text,
                "every character JSON-escaped", text -> Encodings.jsonEscapeEvery(text, false),
                "every character JSON-escaped, upper hex", text -> Encodings.jsonEscapeEvery(text, true),
                "escaped and plain mixed", Encodings::jsonEscapeMixed,
                "every byte percent-encoded", Encodings::percentEncodeEvery,
                "percent-encoded", Encodings::percentEncode,
                "HTML character references", Encodings::htmlDecimal,
                "base64, aligned", text -> Encodings.base64At(text, 0),
                "base64, one byte in", text -> Encodings.base64At(text, 1),
                "base64, two bytes in", text -> Encodings.base64At(text, 2));
        List<String> contentTypes = List.of("text/html; charset=utf-8", "text/plain", "application/json", "none");
        return encodings.entrySet().stream().flatMap(encoding -> contentTypes.stream()
                .map(type -> Arguments.of(type, encoding.getKey(), encoding.getValue())));
    }

    @ParameterizedTest(name = "[{index}] {0}, {1}")
    @MethodSource("echoes")
    void shouldShowNoEchoOfTheTokenOrTheValueInAnyContentType(String contentType, String how,
            UnaryOperator<String> encode) throws Exception {
        github.echoNext(1, request("PUT", ".*/secrets/A"), 422, contentType.equals("none") ? null : contentType,
                echo -> body(contentType, echo, encode));

        SyncReport report = sync(client(null));

        assertThat(outcomes(report, "production")).containsExactly(Map.entry("A", SecretOutcome.FAILED),
                Map.entry("B", SecretOutcome.CREATED));
        assertThat(report.failureLines()).singleElement().asString().contains("secret A: PUT repository acme/web")
                .contains("HTTP 422", "GitHub said: \"");
        assertThat(github.valueOf("acme", "web", "production", "B")).contains(VALUE_B);
    }

    @Test
    void shouldKeepGitHubsWordsWithTheQuotedValueMasked() throws Exception {
        github.echoNext(1, request("PUT", ".*/secrets/A"), 422, "application/json", echo -> "{\"message\":"
                + "\"Validation Failed: value '" + echo.value() + "' is not allowed\",\"errors\":[{\"resource\":"
                + "\"Secret\",\"code\":\"custom\",\"message\":\"value '" + echo.value() + "' is reserved\"}]}");

        SyncReport report = sync(client(null));

        assertThat(environment(report, "production").secrets().get(0).failureReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("GitHub said: \"Validation Failed: value '****' is not allowed\".")
                        .contains("Errors: value '****' is reserved."));
    }

    @Test
    void shouldShowNoEchoInAStatusLine() throws Exception {
        github.echoInReasonNext(1, request("PUT", ".*/secrets/A"), 409,
                echo -> "Conflict for " + echo.authorization() + " " + echo.value());

        SyncReport report = sync(client(null));

        assertThat(outcomes(report, "production")).containsEntry("A", SecretOutcome.FAILED)
                .containsEntry("B", SecretOutcome.CREATED);
        assertThat(report.failureLines()).singleElement().asString().contains("HTTP 409");
    }

    @Test
    void shouldShowNoEchoInAServerErrorPageOnTheLastAttempt() throws Exception {
        github.echoNext(2, request("GET", ".*/secrets/public-key"), 502, "text/html", echo -> "<html><h1>502 Bad"
                + " Gateway</h1><pre>" + Encodings.jsonEscapeEvery(echo.authorization(), false) + "</pre></html>");

        SyncReport report = sync(client(null));

        assertThat(environment(report, "production").outcome()).isEqualTo(TargetOutcome.FAILED);
        assertThat(report.failureLines()).singleElement().asString().contains("HTTP 502 after 2 attempts")
                .contains("502 Bad Gateway", "Bearer ****");
    }

    /** The plugin hands in the mask that guards its log: the client scrubs with that one, and builds no other. */
    @Test
    void shouldScrubWithTheMaskItWasGivenAndBuildNoOther() throws Exception {
        SecretMask mask = SecretMask.builder().add("GitHub token", TOKEN.toCharArray())
                .add("A", VALUE_A.toCharArray()).add("B", VALUE_B.toCharArray()).build();
        github.echoNext(1, request("PUT", ".*/secrets/A"), 422, "text/plain",
                echo -> "value " + Encodings.jsonEscapeMixed(echo.value()) + " refused");
        GitHubClient client = client(mask);

        SyncReport report = sync(client);

        assertThat(client.mask()).isSameAs(mask);
        assertThat(report.failureLines()).singleElement().asString().contains("GitHub said: \"value **** refused\"");
    }

    private static String body(String contentType, Echo echo, UnaryOperator<String> encode) {
        String words = "Validation Failed: value '" + encode.apply(echo.value()) + "' is not allowed for "
                + encode.apply(echo.authorization());
        return switch (contentType) {
            case "application/json" -> json(words, encode.apply(echo.value()));
            case "text/plain", "none" -> words;
            default -> "<!DOCTYPE html><html><head><title>Unprocessable</title></head><body><h1>422</h1><p>"
                    + words + "</p></body></html>";
        };
    }

    private static String json(String message, String encodedValue) {
        ObjectNode body = JSON.createObjectNode().put("message", message);
        body.putArray("errors").add(JSON.createObjectNode().put("resource", "Secret").put("code", "custom")
                .put("message", "value " + encodedValue + " is reserved"));
        return body.toString();
    }

    /** A client of the fake; with a mask when one is given, as the plugin builds it, else with none. */
    private GitHubClient client(SecretMask mask) {
        GitHubClient.Builder builder = GitHubClient.builder(GitHubApiUrl.parse(github.apiUrl()),
                        AccessToken.of(TOKEN.toCharArray())).clock(time).sleeper(time).mutationGap(Duration.ZERO)
                .retryPolicy(RetryPolicy.defaults().withMaxAttempts(2));
        return mask == null ? builder.build() : builder.mask(mask).build();
    }

    private SyncReport sync(GitHubClient client) throws InterruptedException {
        try (client; SyncRequest request = SyncRequest.builder().repository("acme/web").environment("production")
                .secret("A", VALUE_A.toCharArray()).secret("B", VALUE_B.toCharArray()).build()) {
            SyncReport report = new SecretSync(client, TestSealer.get(), new RecordingListener()).run(request);
            String everything = report + "\n" + String.join("\n", report.failureLines()) + "\n" + events;
            Leaks.assertNoSecretIn(everything, TOKEN, VALUE_A, VALUE_B);
            return report;
        }
    }

    private final class RecordingListener implements SyncListener {
        @Override
        public void itemDone(Target target, ValueKind kind, SecretResult result) {
            EnvironmentName environment = Reports.environmentOf(target);
            events.add(environment + " " + result.name() + " " + result.outcome().label() + " "
                    + result.failureReason().orElse(""));
        }

        @Override
        public void targetDone(TargetReport report) {
            events.add("done " + report.environment().orElseThrow() + " " + report.targetError().orElse(""));
        }

        @Override
        public void warning(String message) {
            events.add(message);
        }
    }
}
