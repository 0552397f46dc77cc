package io.jenkins.plugins.githubenvsecrets.engine.live;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs {@link LiveScenario} against a real GitHub when the LIVE_GITHUB_* variables are set (see README). */
class LiveGitHubTest {
    private static final List<String> REQUIRED = List.of(
            "LIVE_GITHUB_API_URL", "LIVE_GITHUB_TOKEN", "LIVE_GITHUB_REPOSITORY", "LIVE_GITHUB_ENVIRONMENT");

    @Test
    void shouldCreateChangeAndDeleteSecretsOnGitHub() throws InterruptedException {
        List<String> missing = REQUIRED.stream().filter(name -> isBlank(System.getenv(name))).toList();
        if (!missing.isEmpty()) {
            String reason = "Live GitHub test skipped: set " + String.join(", ", missing) + " to run it (see README)";
            // Surefire's console lists a skipped test without the assumption's message (the XML report has it), so
            // the reason is printed where the build's reader looks.
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        String seed = System.getenv("LIVE_GITHUB_VALUE_SEED");
        new LiveScenario(System.getenv("LIVE_GITHUB_API_URL"), System.getenv("LIVE_GITHUB_TOKEN").toCharArray(),
                System.getenv("LIVE_GITHUB_REPOSITORY"), System.getenv("LIVE_GITHUB_ENVIRONMENT"),
                isBlank(seed) ? "seed-" + UUID.randomUUID() : seed).run();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
