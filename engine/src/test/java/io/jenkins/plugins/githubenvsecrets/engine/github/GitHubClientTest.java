package io.jenkins.plugins.githubenvsecrets.engine.github;

import static io.jenkins.plugins.githubenvsecrets.engine.github.MockGitHub.REPO;
import static io.jenkins.plugins.githubenvsecrets.engine.github.MockGitHub.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each endpoint: the request GitHub receives (method, encoded path, headers, body) and how the answer is read. */
class GitHubClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "{\"key_id\":\"012345678912345678\","
            + "\"key\":\"2Sg8iYjAxxmI2LvUXpJjkYrMxURPc8r+dB7TJyvv1234\"}";

    private MockGitHub github;

    @BeforeEach
    void startServer() throws Exception {
        github = new MockGitHub();
    }

    @AfterEach
    void stopServer() {
        github.close();
    }

    @Test
    void shouldSendGitHubsHeadersAndReadThePublicKey() throws Exception {
        github.enqueue(200, KEY);

        EnvironmentPublicKey key = github.client.getPublicKey(REPO, "production");

        assertThat(key).isEqualTo(
                new EnvironmentPublicKey("012345678912345678", "2Sg8iYjAxxmI2LvUXpJjkYrMxURPc8r+dB7TJyvv1234"));
        RecordedRequest request = github.take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/repos/acme/web/environments/production/secrets/public-key");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/vnd.github+json");
        assertThat(request.getHeaders().get("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo("github-environment-secrets/dev");
        github.assertNoMoreRequests();
    }

    @Test
    void shouldSendTheConfiguredUserAgent() throws Exception {
        try (GitHubClient client = github.builder("/").userAgent("my-jenkins-plugin/2.1").build()) {
            github.enqueue(200, KEY);

            client.getPublicKey(REPO, "production");

            assertThat(github.take().getHeaders().get("User-Agent")).isEqualTo("my-jenkins-plugin/2.1");
        }
    }

    @Test
    void shouldDeriveFromTheGivenHttpClientAndShareItsConnectionPool() throws Exception {
        OkHttpClient jenkins = new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("Via", "proxy").build()))
                .build();
        try (GitHubClient client = github.builder("/").httpClient(jenkins).build()) {
            github.enqueue(200, KEY);

            client.getPublicKey(REPO, "production");

            assertThat(github.take().getHeaders().get("Via")).isEqualTo("proxy");
            assertThat(jenkins.connectionPool().connectionCount()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "production      | production",
        "prod/eu-west    | prod%2Feu-west",
        "blue green      | blue%20green",
        "Größe           | Gr%C3%B6%C3%9Fe",
        "a?b#c%d         | a%3Fb%23c%25d",
        "..staging       | ..staging",
    })
    void shouldSendEachEnvironmentNameAsOneEncodedPathSegment(String environment, String encoded)
            throws Exception {
        github.enqueue(204, null);

        github.client.deleteSecret(REPO, environment, "API_KEY");

        RecordedRequest request = github.take();
        assertThat(request.getTarget()).isEqualTo("/repos/acme/web/environments/" + encoded + "/secrets/API_KEY");
        assertThat(request.getUrl().pathSegments()).containsExactly(
                "repos", "acme", "web", "environments", environment, "secrets", "API_KEY");
    }

    @Test
    void shouldKeepTheEnterpriseServerBasePath() throws Exception {
        try (GitHubClient client = github.builder("/api/v3/").build()) {
            github.enqueue(200, KEY);

            client.getPublicKey(REPO, "prod/eu");

            assertThat(github.take().getTarget())
                    .isEqualTo("/api/v3/repos/acme/web/environments/prod%2Feu/secrets/public-key");
        }
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"201, CREATED", "204, UPDATED"})
    void shouldPutTheSealedValueWithItsKeyId(int status, WriteOutcome outcome) throws Exception {
        github.enqueue(status, status == 201 ? "{}" : null);

        WriteReceipt written = github.client.putSecret(REPO, "staging", "API_KEY", "c2VhbGVkIGJveA==", "4711");

        assertThat(written.outcome()).isEqualTo(outcome);
        RecordedRequest request = github.take();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/repos/acme/web/environments/staging/secrets/API_KEY");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(JSON.readValue(request.getBody().utf8(), new TypeReference<Map<String, Object>>() { }))
                .isEqualTo(Map.of("encrypted_value", "c2VhbGVkIGJveA==", "key_id", "4711"));
        github.assertNoMoreRequests();
    }

    @Test
    void shouldCreateAnEnvironmentWithoutSendingSettings() throws Exception {
        github.enqueue(200, "{\"id\":161088068,\"name\":\"prod/eu\"}");

        github.client.createEnvironment(REPO, "prod/eu");

        RecordedRequest request = github.take();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/repos/acme/web/environments/prod%2Feu");
        assertThat(request.getBody().utf8()).isEqualTo("{}");
        github.assertNoMoreRequests();
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"200, true", "404, false"})
    void shouldTellWhetherAnEnvironmentExists(int status, boolean exists) throws Exception {
        github.enqueue(status, status == 200 ? "{\"name\":\"production\"}" : "{\"message\":\"Not Found\"}");

        assertThat(github.client.environmentExists(REPO, "production")).isEqualTo(exists);

        RecordedRequest request = github.take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/repos/acme/web/environments/production");
    }

    @Test
    void shouldReadASecretsMetadata() throws Exception {
        github.enqueue(200, "{\"name\":\"API_KEY\",\"created_at\":\"2019-08-10T14:59:22Z\","
                + "\"updated_at\":\"2020-01-10T14:59:22+01:00\"}");

        Optional<SecretMetadata> secret = github.client.getSecret(REPO, "production", "API_KEY");

        assertThat(secret).contains(new SecretMetadata("API_KEY", Instant.parse("2019-08-10T14:59:22Z"),
                Instant.parse("2020-01-10T13:59:22Z")));
        assertThat(github.take().getTarget()).isEqualTo("/repos/acme/web/environments/production/secrets/API_KEY");
    }

    @Test
    void shouldAnswerNoSecretOn404() throws Exception {
        github.enqueue(404, "{\"message\":\"Not Found\"}");

        assertThat(github.client.getSecret(REPO, "production", "API_KEY")).isEmpty();
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"204, true", "404, false"})
    void shouldTellWhetherADeleteRemovedSomething(int status, boolean deleted) throws Exception {
        github.enqueue(status, status == 404 ? "{\"message\":\"Not Found\"}" : null);

        assertThat(github.client.deleteSecret(REPO, "production", "OLD_KEY")).isEqualTo(deleted);

        RecordedRequest request = github.take();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getTarget()).isEqualTo("/repos/acme/web/environments/production/secrets/OLD_KEY");
        assertThat(request.getBodySize()).isZero();
    }

    @Test
    void shouldReadTheRepositorysIdAndCurrentName() throws Exception {
        github.enqueue(200, "{\"id\":1296269,\"name\":\"Web\",\"full_name\":\"Acme/Web\","
                + "\"owner\":{\"login\":\"Acme\",\"id\":1}}");

        RepositoryInfo info = github.client.getRepository(REPO);

        assertThat(info.id()).isEqualTo(1296269L);
        assertThat(info.coordinates()).hasToString("Acme/Web");
        assertThat(github.take().getTarget()).isEqualTo("/repos/acme/web");
    }

    @Test
    void shouldResolveARepositoryId() throws Exception {
        github.enqueue(200, "{\"id\":1296269,\"name\":\"web\",\"owner\":{\"login\":\"acme\"}}");

        assertThat(github.client.getRepository(1296269L)).isEqualTo(new RepositoryInfo(1296269L, REPO));

        assertThat(github.take().getTarget()).isEqualTo("/repositories/1296269");
    }

    @Test
    void shouldRefuseARepositoryIdThatIsNotPositive() {
        assertThatThrownBy(() -> github.client.getRepository(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldFollowTheLinkHeaderThroughEveryPage() throws Exception {
        String secrets = "/repos/acme/web/environments/prod%2Feu/secrets";
        github.enqueue(200, page(3, "A", "B"), "Link", link(secrets, 2, "next") + ", " + link(secrets, 3, "last"));
        github.enqueue(200, page(3, "C"), "Link", link(secrets, 1, "prev") + ", " + link(secrets, 3, "next"));
        github.enqueue(200, page(3, "D"), "Link", link(secrets, 2, "prev") + ", " + link(secrets, 1, "first"));

        List<SecretMetadata> all = github.client.listSecrets(REPO, "prod/eu");

        assertThat(all).extracting(SecretMetadata::name).containsExactly("A", "B", "C", "D");
        assertThat(github.take().getTarget()).isEqualTo(secrets + "?per_page=100");
        assertThat(github.take().getTarget()).isEqualTo(secrets + "?per_page=100&page=2");
        RecordedRequest last = github.take();
        assertThat(last.getTarget()).isEqualTo(secrets + "?per_page=100&page=3");
        assertThat(last.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        github.assertNoMoreRequests();
    }

    @Test
    void shouldCountPagesByTotalWhenThereIsNoLinkHeader() throws Exception {
        github.enqueue(200, page(3, "A", "B"));
        github.enqueue(200, page(3, "C"));

        assertThat(github.client.listSecrets(REPO, "production")).extracting(SecretMetadata::name)
                .containsExactly("A", "B", "C");

        assertThat(github.take().getTarget()).endsWith("/secrets?per_page=100");
        assertThat(github.take().getTarget()).endsWith("/secrets?per_page=100&page=2");
        github.assertNoMoreRequests();
    }

    @Test
    void shouldListAnEmptyEnvironmentInOneRequest() throws Exception {
        github.enqueue(200, page(0));

        assertThat(github.client.listSecrets(REPO, "production")).isEmpty();

        github.take();
        github.assertNoMoreRequests();
    }

    @Test
    void shouldNotFollowAPageLinkToAnotherHost() throws Exception {
        github.enqueue(200, page(2, "A"), "Link", "<https://collector.example/steal?page=2>; rel=\"next\"");

        assertThatThrownBy(() -> github.client.listSecrets(REPO, "production"))
                .isExactlyInstanceOf(GitHubApiException.class)
                .hasMessageContaining("outside " + github.client.apiUrl());

        github.take();
        github.assertNoMoreRequests();
    }

    @Test
    void shouldReportAnAnswerThatIsNotGitHubsJson() throws Exception {
        github.enqueue(200, "<html>captive portal</html>");

        assertThatThrownBy(() -> github.client.getPublicKey(REPO, "production"))
                .isExactlyInstanceOf(GitHubApiException.class)
                .hasMessageContaining("GET repository acme/web, environment 'production'")
                .hasMessageContaining("is not a JSON object");
    }

    @Test
    void shouldReportAnAnswerThatLacksAField() throws Exception {
        github.enqueue(200, "{\"key_id\":\"1\"}");

        assertThatThrownBy(() -> github.client.getPublicKey(REPO, "production"))
                .isExactlyInstanceOf(GitHubApiException.class)
                .hasMessageContaining("has no 'key'");
    }

    @Test
    void shouldPaceWritesASecondApartWithAMarginForJitter() throws Exception {
        github.enqueue(201, "{}");
        github.enqueue(204, null);
        github.enqueue(204, null);

        github.client.putSecret(REPO, "production", "A", "c2VhbGVk", "1");
        github.client.putSecret(REPO, "production", "B", "c2VhbGVk", "1");
        github.client.deleteSecret(REPO, "production", "C");

        assertThat(github.time.sleeps()).containsExactly(Duration.ofMillis(1050), Duration.ofMillis(1050));
    }

    @Test
    void shouldNotPaceReads() throws Exception {
        github.enqueue(200, KEY);
        github.enqueue(200, KEY);

        github.client.getPublicKey(REPO, "production");
        github.client.getPublicKey(REPO, "staging");

        assertThat(github.time.sleeps()).isEmpty();
    }

    @Test
    void shouldPaceWritesByTheConfiguredGap() throws Exception {
        try (GitHubClient client = github.builder("/").mutationGap(Duration.ofMillis(2500)).build()) {
            github.enqueue(204, null);
            github.enqueue(204, null);

            client.deleteSecret(REPO, "production", "A");
            client.deleteSecret(REPO, "production", "B");

            assertThat(github.time.sleeps()).containsExactly(Duration.ofMillis(2500));
        }
    }

    @Test
    void shouldBeUnusableOnceClosed() {
        github.client.close();

        assertThatThrownBy(() -> github.client.getPublicKey(REPO, "production"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void shouldShowOnlyItsUrl() {
        assertThat(github.client).hasToString("GitHubClient[" + github.client.apiUrl() + "]");
    }

    private static String page(int total, String... names) throws Exception {
        List<Map<String, String>> secrets = Arrays.stream(names)
                .map(name -> Map.of("name", name, "created_at", "2020-01-10T10:59:22Z",
                        "updated_at", "2020-01-11T11:59:22Z"))
                .toList();
        return JSON.writeValueAsString(Map.of("total_count", total, "secrets", secrets));
    }

    private String link(String path, int page, String rel) {
        return "<" + github.server.url(path + "?per_page=100&page=" + page) + ">; rel=\"" + rel + "\"";
    }
}
