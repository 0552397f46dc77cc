package io.jenkins.plugins.githubenvsecrets.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
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

            assertThat(github.hasEnvironment("acme", "throwaway", "live test/ü")).isTrue();
            assertThat(github.secretNames("acme", "throwaway", "live test/ü")).isEmpty();
            assertThat(github.requests("PUT")).hasSize(9);
            github.assertNoProtocolViolations();
            assertThat(printed).contains("LIVE_LARGE deleted").doesNotContain("seed-fixed-4711").doesNotContain(TOKEN);
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
