package io.jenkins.plugins.githubenvsecrets.engine.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SealedSecret;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SealingKey;
import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TestSealer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The GitHub fake holding an organization {@code acme} (id 9001) with repositories {@code acme/web} (42) and
 * {@code acme/api} (43), a repository {@code other/tool} (77) and an environment {@code prod/eu} of
 * {@code acme/web}; a client of it on fake time; and the checks the target tests share.
 */
final class TargetFixture implements AutoCloseable {
    /** Distinctive, so that any leak into a message is found by a plain search. */
    static final String TOKEN = "ghp_TargetCanary4Kq8Wz2Vt6Rb9Lp3Nd7Mf5Hx1";
    static final RepositoryCoordinates WEB = RepositoryCoordinates.parse("acme/web");
    static final RepositoryCoordinates API = RepositoryCoordinates.parse("acme/api");
    static final OrganizationName ACME = new OrganizationName("acme");
    static final EnvironmentTarget PROD_EU = new EnvironmentTarget(WEB, EnvironmentName.of("prod/eu"));
    private static final ObjectMapper JSON = new ObjectMapper();

    final FakeTime time = new FakeTime();
    final GitHubFake github = GitHubFake.start()
            .addToken(TOKEN, Permission.WRITE)
            .addOrganization("acme", 9001)
            .addRepository("acme", "web", 42)
            .addRepository("acme", "api", 43)
            .addRepository("other", "tool", 77)
            .addEnvironment("acme", "web", "prod/eu");
    final GitHubClient client = client(TOKEN);

    GitHubClient client(String token) {
        return GitHubClient.builder(GitHubApiUrl.parse(github.apiUrl()), AccessToken.of(token.toCharArray()))
                .retryPolicy(RetryPolicy.defaults().withJitter(() -> 1.0))
                .clock(time).sleeper(time).build();
    }

    static RepositoryTarget repository(Application application) {
        return new RepositoryTarget(WEB, application);
    }

    static OrganizationTarget organization(Application application) {
        return new OrganizationTarget(ACME, application);
    }

    /** Seals {@code value} for the key, as a sync does: the engine's own sealer, real libsodium. */
    static SealedSecret seal(String value, TargetPublicKey key) {
        try (SecretValue secret = SecretValue.of(value.toCharArray())) {
            return TestSealer.get().seal(secret, SealingKey.fromBase64(key.keyId(), key.keyBase64()));
        }
    }

    /** The one request the fake received, after asserting that no other came. */
    FakeRequest onlyRequest() {
        List<FakeRequest> requests = github.requests();
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    static JsonNode body(FakeRequest request) {
        try {
            return JSON.readTree(request.bodyUtf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Neither the token nor any of {@code values} appears in the failure, its causes, their context or toString. */
    static void assertNothingSecretIn(Throwable failure, String... values) {
        List<String> hidden = new ArrayList<>(List.of(values));
        hidden.add(TOKEN);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            List<String> texts = new ArrayList<>(List.of(String.valueOf(t.getMessage()), t.toString()));
            if (t instanceof GitHubApiException api) {
                texts.add(api.context().toString());
                texts.add(api.gitHubMessage().orElse(""));
            }
            for (String text : texts) {
                hidden.forEach(value -> assertThat(text).doesNotContain(value));
            }
        }
    }

    @Override
    public void close() {
        client.close();
        github.assertNoProtocolViolations();
        github.close();
    }
}
