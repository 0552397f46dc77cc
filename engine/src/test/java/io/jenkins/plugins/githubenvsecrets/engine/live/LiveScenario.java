package io.jenkins.plugins.githubenvsecrets.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.github.AccessToken;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
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
 * The release check: through the engine's public API alone, sync four environment secrets and an environment variable
 * (creating the environment if missing) and a repository secret, sync again with one secret, the variable and the
 * repository secret changed, then delete them all, checking each report. It prints names and outcomes, never a value
 * or the token.
 */
final class LiveScenario {
    static final int LARGE_BYTES = 40_000;
    static final String VARIABLE = "LIVE_VARIABLE";
    static final String REPOSITORY_SECRET = "LIVE_REPOSITORY_SECRET";

    private final String apiUrl;
    private final char[] token;
    private final String repository;
    private final String environment;
    private final String seed;
    private final Map<String, String> values = new LinkedHashMap<>();

    LiveScenario(String apiUrl, char[] token, String repository, String environment, String seed) {
        this.apiUrl = apiUrl;
        this.token = token.clone();
        this.repository = repository;
        this.environment = environment;
        this.seed = seed;
        values.put("LIVE_PLAIN", seed);
        values.put("LIVE_MULTILINE", seed + "\nsecond line\n");
        values.put("LIVE_UNICODE", seed + "-ünïcödé-🔐");
        values.put("LIVE_LARGE", seed + "x".repeat(LARGE_BYTES - seed.getBytes(StandardCharsets.UTF_8).length));
    }

    /** The values the first sync writes to the environment, by secret name. */
    Map<String, String> values() {
        return values;
    }

    void run() throws InterruptedException {
        assertThat(values.get("LIVE_LARGE").getBytes(StandardCharsets.UTF_8)).hasSize(LARGE_BYTES);

        SyncReport first = environmentSync(builder -> {
            values.forEach((name, value) -> builder.secret(name, value.toCharArray()));
            builder.variable(VARIABLE, (seed + "-variable").toCharArray());
        });
        assertThat(first.failureLines()).isEmpty();
        assertThat(outcomes(first, ValueKind.SECRET)).containsOnlyKeys(values.keySet()).allSatisfy((name, outcome) ->
                assertThat(outcome).isIn(SecretOutcome.CREATED, SecretOutcome.UPDATED));
        assertThat(outcomes(first, ValueKind.VARIABLE)).containsOnlyKeys(VARIABLE).allSatisfy((name, outcome) ->
                assertThat(outcome).isIn(SecretOutcome.CREATED, SecretOutcome.UPDATED));
        SyncReport firstOfRepository = repositorySync(builder -> builder.secret(REPOSITORY_SECRET, seed.toCharArray()));
        assertThat(firstOfRepository.failureLines()).isEmpty();
        assertThat(outcomes(firstOfRepository, ValueKind.SECRET)).containsOnlyKeys(REPOSITORY_SECRET)
                .allSatisfy((name, outcome) -> assertThat(outcome).isIn(SecretOutcome.CREATED, SecretOutcome.UPDATED));

        SyncReport second = environmentSync(builder -> {
            values.forEach((name, value) -> builder.secret(name,
                    (name.equals("LIVE_PLAIN") ? value + "-v2" : value).toCharArray()));
            builder.variable(VARIABLE, (seed + "-variable-v2").toCharArray());
        });
        assertThat(second.failureLines()).isEmpty();
        assertThat(outcomes(second, ValueKind.SECRET)).containsOnlyKeys(values.keySet())
                .containsEntry("LIVE_PLAIN", SecretOutcome.UPDATED).allSatisfy((name, outcome) ->
                        assertThat(outcome).isIn(SecretOutcome.UPDATED, SecretOutcome.UNCHANGED));
        assertThat(outcomes(second, ValueKind.VARIABLE)).containsExactly(Map.entry(VARIABLE, SecretOutcome.UPDATED));
        SyncReport secondOfRepository = repositorySync(builder -> builder.secret(REPOSITORY_SECRET,
                (seed + "-v2").toCharArray()));
        assertThat(outcomes(secondOfRepository, ValueKind.SECRET))
                .containsExactly(Map.entry(REPOSITORY_SECRET, SecretOutcome.UPDATED));

        SyncReport third = environmentSync(builder -> {
            values.keySet().forEach(builder::remove);
            builder.removeVariable(VARIABLE);
        });
        assertThat(third.failureLines()).isEmpty();
        assertThat(outcomes(third, ValueKind.SECRET)).containsOnlyKeys(values.keySet()).allSatisfy((name, outcome) ->
                assertThat(outcome).isEqualTo(SecretOutcome.DELETED));
        assertThat(outcomes(third, ValueKind.VARIABLE)).containsExactly(Map.entry(VARIABLE, SecretOutcome.DELETED));
        SyncReport thirdOfRepository = repositorySync(builder -> builder.remove(REPOSITORY_SECRET));
        assertThat(outcomes(thirdOfRepository, ValueKind.SECRET))
                .containsExactly(Map.entry(REPOSITORY_SECRET, SecretOutcome.DELETED));
    }

    /** One sync of the environment, with a fresh client, as a separate build would do. */
    private SyncReport environmentSync(Consumer<SyncRequest.Builder> items) throws InterruptedException {
        SyncRequest.Builder builder = SyncRequest.builder().apiUrl(apiUrl).repository(repository)
                .environment(environment).options(new SyncOptions(true, false, PruneMode.NONE));
        items.accept(builder);
        return sync(builder);
    }

    /** One sync of the repository's own Actions secrets. */
    private SyncReport repositorySync(Consumer<SyncRequest.Builder> items) throws InterruptedException {
        SyncRequest.Builder builder = SyncRequest.builder().apiUrl(apiUrl).scope(TargetKind.REPOSITORY)
                .repository(repository);
        items.accept(builder);
        return sync(builder);
    }

    private SyncReport sync(SyncRequest.Builder builder) throws InterruptedException {
        try (SyncRequest request = builder.build();
                GitHubClient client = GitHubClient.builder(GitHubApiUrl.parse(apiUrl), AccessToken.of(token))
                        .build()) {
            return new SecretSync(client, TestSealer.get(), new PrintingListener()).run(request);
        }
    }

    private static Map<String, SecretOutcome> outcomes(SyncReport report, ValueKind kind) {
        assertThat(report.targets()).hasSize(1);
        return report.targets().get(0).results(kind).stream()
                .collect(Collectors.toMap(result -> result.name().value(), SecretResult::outcome));
    }

    /** Names and outcomes only. */
    private static final class PrintingListener implements SyncListener {
        @Override
        public void itemDone(Target target, ValueKind kind, SecretResult result) {
            System.out.println("live: " + target.describe() + " " + kind.noun() + " " + result.name() + " "
                    + result.outcome().label());
        }
    }
}
