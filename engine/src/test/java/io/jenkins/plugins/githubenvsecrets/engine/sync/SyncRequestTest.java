package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncRequestTest {
    private static final String SECRET = "hunter2-s3cr3t";

    @ParameterizedTest(name = "job {0}, identity {1}")
    @CsvSource(nullValues = "-", value = {
            "team/api, -,                 team/api",
            "team/api, team/api,          team/api",
            "team/api, team/api/deploy,   team/api/deploy",
            "-,        anything,          anything",
    })
    void shouldAcceptTheJobsOwnNameOrASuffixOfItAsIdentity(String job, String identity, String expected) {
        SyncRequest.Builder builder = SyncRequest.builder().repository("acme/web").environment("production")
                .secret("A", SECRET.toCharArray());
        if (job != null) {
            builder.job(job, 3);
        }
        if (identity != null) {
            builder.identity(identity);
        }
        try (SyncRequest request = builder.build()) {
            assertThat(request.identity()).isEqualTo(expected);
            assertThat(request.job()).isEqualTo(java.util.Optional.ofNullable(job));
        }
    }

    @ParameterizedTest
    @CsvSource({"team/other", "team/api/", "team/apiX", "team", "other/team/api"})
    void shouldRefuseAnIdentityThatNamesAnotherJob(String identity) {
        assertThatThrownBy(() -> SyncRequest.builder().repository("acme/web").environment("production")
                .secret("A", SECRET.toCharArray()).job("team/api", 3).identity(identity).build())
                .isInstanceOf(SyncValidationException.class)
                .hasMessageContaining("Sync identity '" + identity + "' is not allowed")
                .hasMessageContaining("'team/api/<suffix>'");
    }

    @Test
    void shouldRefuseAServerThatIsNotAllowedBeforeAnyRequest() {
        List<GitHubApiUrl> allowed = List.of(GitHubApiUrl.GITHUB_COM, GitHubApiUrl.parse("https://ghe.example/api/v3"));

        assertThatThrownBy(() -> SyncRequest.builder().repository("https://evil.example/acme/web")
                .environment("production").secret("A", SECRET.toCharArray())
                .allowedApiUrls(allowed, "Ask an administrator.").build())
                .isInstanceOf(SyncValidationException.class)
                .hasMessageContaining("GitHub server https://evil.example/api/v3 (host evil.example) is not allowed")
                .hasMessageContaining("Ask an administrator.")
                .hasMessageNotContaining(SECRET);
        try (SyncRequest request = SyncRequest.builder().repository("https://ghe.example/acme/web")
                .environment("production").secret("A", SECRET.toCharArray())
                .allowedApiUrls(allowed, "Ask an administrator.").build()) {
            assertThat(request.apiUrl()).hasToString("https://ghe.example/api/v3");
        }
    }

    @Test
    void shouldTellTheResolvedApiUrlBeforeBuildingAndNothingWhileInputIsInvalid() {
        assertThat(SyncRequest.builder().repository("git@ghe.example:acme/web.git").resolvedApiUrl())
                .hasValueSatisfying(url -> assertThat(url).hasToString("https://ghe.example/api/v3"));
        assertThat(SyncRequest.builder().repository("acme/web").defaultApiUrl("https://ghe.example/api/v3")
                .resolvedApiUrl()).hasValueSatisfying(url -> assertThat(url.host()).isEqualTo("ghe.example"));
        assertThat(SyncRequest.builder().repository("acme/web").apiUrl("http://remote.example").resolvedApiUrl())
                .isEmpty();
    }

    @Test
    void shouldKeepEachSecretsSourceButNoValue() {
        try (SyncRequest request = SyncRequest.builder().repository("acme/web").environment("production")
                .secret("A", SECRET.toCharArray(), "deploy-key").secret("B", "other".toCharArray(), "env:B_VALUE")
                .secret("C", "third".toCharArray()).build()) {
            assertThat(request.source(SecretName.of("A"))).contains("deploy-key");
            assertThat(request.source(SecretName.of("B"))).contains("env:B_VALUE");
            assertThat(request.source(SecretName.of("C"))).isEmpty();
        }
    }

    @Test
    void shouldCollectAValidRequest() {
        try (SyncRequest request = SyncRequest.builder()
                .repository("acme/web").environment("production").environment("staging")
                .secret("deploy_key", SECRET.toCharArray()).secret("DB_PASSWORD", "pw-123".toCharArray())
                .build()) {
            assertThat(request.repositories()).singleElement().satisfies(repository -> assertThat(
                    repository.coordinates()).contains(new RepositoryCoordinates("acme", "web")));
            assertThat(request.environments()).containsExactly(EnvironmentName.of("production"),
                    EnvironmentName.of("staging"));
            assertThat(request.secrets().keySet()).containsExactly(SecretName.of("DEPLOY_KEY"),
                    SecretName.of("DB_PASSWORD"));
            assertThat(request.apiUrl()).hasToString("https://api.github.com");
            assertThat(request.toString()).contains("DEPLOY_KEY").doesNotContain(SECRET);
        }
    }

    @Test
    void shouldReportEveryProblemAtOnceWithoutAnyValue() {
        char[] tooLarge = new char[SecretValue.MAX_BYTES + 1];
        java.util.Arrays.fill(tooLarge, 'x');

        assertThatThrownBy(() -> SyncRequest.builder()
                .repository("acme")
                .environment("prod").environment("PROD").environment(" ")
                .secret("GOOD", SECRET.toCharArray())
                .secret("1BAD", SECRET.toCharArray())
                .secret("EMPTY", new char[0])
                .secret("LARGE", tooLarge)
                .secret("db_password", SECRET.toCharArray())
                .secret("DB_PASSWORD", SECRET.toCharArray())
                .problem("Secret DEPLOY_KEY: credential 'deploy-key' was not found")
                .build())
                .isInstanceOfSatisfying(SyncValidationException.class, e -> {
                    assertThat(e.problems()).hasSize(8);
                    assertThat(e.getMessage()).startsWith("Nothing was sent to GitHub: the request has 8 problems:")
                            .contains("Repository 'acme' is not of the form owner/name")
                            .contains("Environment 'PROD' is named twice")
                            .contains("An environment name is empty")
                            .contains("Secret name '1BAD' is not valid")
                            .contains("Secret EMPTY: the value is empty")
                            .contains("Secret LARGE: the value has 49153 bytes")
                            .contains("Secret names 'db_password' and 'DB_PASSWORD' are the same to GitHub")
                            .contains("credential 'deploy-key' was not found")
                            .doesNotContain(SECRET);
                });
    }

    @Test
    void shouldRequireRepositoryEnvironmentAndSecrets() {
        assertThatThrownBy(() -> SyncRequest.builder().build())
                .isInstanceOfSatisfying(SyncValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        "No repository given: use owner/repo, a repository URL or its id",
                        "No environment given",
                        "No secrets or variables given, and pruning is off: there is nothing to do"));
    }

    @Test
    void shouldAllowAnEmptySecretListWhenPruning() {
        try (SyncRequest request = SyncRequest.builder().repository("acme/web").environment("prod")
                .options(new SyncOptions(false, false, PruneMode.ALL)).build()) {
            assertThat(request.secrets()).isEmpty();
        }
    }

    @Test
    void shouldRefuseMoreThanGitHubsHundredSecrets() {
        SyncRequest.Builder builder = SyncRequest.builder().repository("acme/web").environment("prod");
        for (int i = 0; i <= 100; i++) {
            builder.secret("S" + i, SECRET.toCharArray());
        }

        assertThatThrownBy(builder::build).hasMessageContaining("101 secrets given; GitHub allows at most 100");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "acme/web, -, -, https://api.github.com",
        "acme/web, -, https://ghe.example.com/api/v3, https://ghe.example.com/api/v3",
        "acme/web, https://ghe.example.com/api/v3, https://other.example.com/api/v3, https://ghe.example.com/api/v3",
        "https://ghe.example.com/acme/web, -, -, https://ghe.example.com/api/v3",
        "https://ghe.example.com/acme/web, -, https://api.github.com, https://ghe.example.com/api/v3",
        "https://github.com/acme/web, https://api.github.com, -, https://api.github.com",
        "https://octo.ghe.com/acme/web, -, -, https://api.octo.ghe.com"
    })
    void shouldPickTheApiUrlFromStepThenRepositoryThenDefault(String repository, String apiUrl, String defaultUrl,
            String expected) {
        try (SyncRequest request = SyncRequest.builder().repository(repository).apiUrl(apiUrl)
                .defaultApiUrl(defaultUrl).environment("prod").secret("A", SECRET.toCharArray()).build()) {
            assertThat(request.apiUrl()).hasToString(expected);
        }
    }

    @Test
    void shouldSayWhereAnInvalidDefaultApiUrlComesFromWhenItIsUsed() {
        String source = "The default GitHub API URL of the global configuration";

        SyncValidationException refused = catchThrowableOfType(SyncValidationException.class,
                () -> SyncRequest.builder().repository("acme/web").defaultApiUrl("http://ghe.example/api/v3", source)
                        .environment("prod").secret("A", SECRET.toCharArray()).build());

        assertThat(refused.problems()).containsExactly("The default GitHub API URL of the global configuration is not"
                + " valid: GitHub API URL 'http://ghe.example/api/v3' is not valid: it must use https so the token is"
                + " never sent in clear text (http is allowed only for localhost)");
        // A sync that names its own server does not use the default, and is not refused for it.
        try (SyncRequest request = SyncRequest.builder().repository("acme/web").apiUrl("https://ghe.example/api/v3")
                .defaultApiUrl("http://ghe.example/api/v3", source).environment("prod")
                .secret("A", SECRET.toCharArray()).build()) {
            assertThat(request.apiUrl()).hasToString("https://ghe.example/api/v3");
        }
    }

    @Test
    void shouldRefuseARepositoryUrlThatDisagreesWithTheApiUrl() {
        assertThatThrownBy(() -> SyncRequest.builder().repository("https://ghe.example.com/acme/web")
                .apiUrl("https://api.github.com").environment("prod").secret("A", SECRET.toCharArray()).build())
                .hasMessageContaining("is on ghe.example.com")
                .hasMessageContaining("but the API URL is https://api.github.com");
    }

    @Test
    void shouldRefusePlainHttpToARemoteHost() {
        assertThatThrownBy(() -> SyncRequest.builder().repository("acme/web").apiUrl("http://ghe.example.com/api/v3")
                .environment("prod").secret("A", SECRET.toCharArray()).build())
                .isInstanceOf(SyncValidationException.class).hasMessageContaining("http://ghe.example.com");
    }

    @Test
    void shouldClearValuesOnCloseAndOnFailure() {
        SyncRequest request = SyncRequest.builder().repository("acme/web").environment("prod")
                .secret("A", SECRET.toCharArray()).build();
        SecretValue value = request.secrets().get(SecretName.of("A"));
        request.close();

        assertThat(value.isDestroyed()).isTrue();
        assertThat(List.of(value).toString()).doesNotContain(SECRET);
    }
}
