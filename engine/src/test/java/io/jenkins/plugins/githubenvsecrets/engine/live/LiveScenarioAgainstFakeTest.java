package io.jenkins.plugins.githubenvsecrets.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TargetView;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The live scenario itself, proven against the GitHub fake, so the release check is known to work. */
class LiveScenarioAgainstFakeTest {
    private static final String TOKEN = "ghp_liveScenarioToken0123456789";

    @Test
    void shouldPassAgainstAGitHubCompatibleServerWithoutPrintingValuesOrToken() throws Exception {
        try (GitHubFake github = GitHubFake.start()) {
            github.addToken(TOKEN, Permission.ADMIN).addRepository("acme", "throwaway", 7);
            LiveScenario scenario = new LiveScenario(github.apiUrl(), TOKEN.toCharArray(), "acme/throwaway",
                    "live test/ü", "seed-fixed-4711");
            String printed = capturingStdout(scenario);

            RepositoryCoordinates throwaway = new RepositoryCoordinates("acme", "throwaway");
            TargetView environment = github.target(new EnvironmentTarget(throwaway, EnvironmentName.of("live test/ü")));
            TargetView repository = github.target(new RepositoryTarget(throwaway, Application.ACTIONS));

            assertThat(github.hasEnvironment("acme", "throwaway", "live test/ü")).isTrue();
            assertThat(environment.secretNames()).isEmpty();
            assertThat(environment.variableNames()).isEmpty();
            assertThat(repository.secretNames()).isEmpty();
            // The environment, then 4 + 4 environment secrets and 1 + 1 repository secret.
            assertThat(github.requests("PUT")).hasSize(11);
            assertThat(github.requests()).filteredOn(r -> r.path().contains("/variables")).extracting(r -> r.method())
                    .containsExactly("GET", "POST", "GET", "PATCH", "GET", "DELETE");
            github.assertNoProtocolViolations();
            assertThat(printed).contains("secret LIVE_LARGE deleted", "variable LIVE_VARIABLE updated",
                    "repository acme/throwaway secret LIVE_REPOSITORY_SECRET deleted")
                    .doesNotContain("seed-fixed-4711").doesNotContain(TOKEN);
        }
    }

    private static String capturingStdout(LiveScenario scenario) throws InterruptedException {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            scenario.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
