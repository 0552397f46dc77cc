package io.jenkins.plugins.githubenvsecrets.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.github.AccessToken;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretOutcome;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretResult;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretSync;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncListener;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncOptions;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncReport;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TestSealer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The release check: through the engine's public API alone, sync four secrets (creating the environment if
 * missing), sync again with one changed, then delete all four, checking each report. It prints names and outcomes,
 * never a value or the token.
 */
final class LiveScenario {
    static final int LARGE_BYTES = 40_000;

    private final String apiUrl;
    private final char[] token;
    private final String repository;
    private final String environment;
    private final Map<String, String> values = new LinkedHashMap<>();

    LiveScenario(String apiUrl, char[] token, String repository, String environment, String seed) {
        this.apiUrl = apiUrl;
        this.token = token.clone();
        this.repository = repository;
        this.environment = environment;
        values.put("LIVE_PLAIN", seed);
        values.put("LIVE_MULTILINE", seed + "\nsecond line\n");
        values.put("LIVE_UNICODE", seed + "-ünïcödé-🔐");
        values.put("LIVE_LARGE", seed + "x".repeat(LARGE_BYTES - seed.getBytes(StandardCharsets.UTF_8).length));
    }

    /** The values the first sync writes, by secret name. */
    Map<String, String> values() {
        return values;
    }

    void run() throws InterruptedException {
        assertThat(values.get("LIVE_LARGE").getBytes(StandardCharsets.UTF_8)).hasSize(LARGE_BYTES);

        SyncReport first = sync(builder -> values.forEach((name, value) -> builder.secret(name, value.toCharArray())));
        assertThat(first.failureLines()).isEmpty();
        assertThat(outcomes(first)).containsOnlyKeys(values.keySet()).allSatisfy((name, outcome) ->
                assertThat(outcome).isIn(SecretOutcome.CREATED, SecretOutcome.UPDATED));

        SyncReport second = sync(builder -> values.forEach((name, value) -> builder.secret(name,
                (name.equals("LIVE_PLAIN") ? value + "-v2" : value).toCharArray())));
        assertThat(second.failureLines()).isEmpty();
        assertThat(outcomes(second)).containsOnlyKeys(values.keySet())
                .containsEntry("LIVE_PLAIN", SecretOutcome.UPDATED).allSatisfy((name, outcome) ->
                        assertThat(outcome).isIn(SecretOutcome.UPDATED, SecretOutcome.UNCHANGED));

        SyncReport third = sync(builder -> values.keySet().forEach(builder::remove));
        assertThat(third.failureLines()).isEmpty();
        assertThat(outcomes(third)).containsOnlyKeys(values.keySet()).allSatisfy((name, outcome) ->
                assertThat(outcome).isEqualTo(SecretOutcome.DELETED));
    }

    /** One sync of the scenario, with a fresh client, as a separate build would do. */
    private SyncReport sync(Consumer<SyncRequest.Builder> secrets) throws InterruptedException {
        SyncRequest.Builder builder = SyncRequest.builder().apiUrl(apiUrl).repository(repository)
                .environment(environment).options(new SyncOptions(true, false, PruneMode.NONE));
        secrets.accept(builder);
        try (SyncRequest request = builder.build();
                GitHubClient client = GitHubClient.builder(GitHubApiUrl.parse(apiUrl), AccessToken.of(token))
                        .build()) {
            return new SecretSync(client, TestSealer.get(), new PrintingListener()).run(request);
        }
    }

    private static Map<String, SecretOutcome> outcomes(SyncReport report) {
        return report.targets().get(0).secrets().stream()
                .collect(Collectors.toMap(result -> result.name().value(), SecretResult::outcome));
    }

    /** Names and outcomes only. */
    private static final class PrintingListener implements SyncListener {
        @Override
        public void itemDone(Target target, ValueKind kind, SecretResult result) {
            EnvironmentName environment = ((EnvironmentTarget) target).environment();
            System.out.println("live: " + environment + " " + result.name() + " " + result.outcome().label());
        }
    }
}
