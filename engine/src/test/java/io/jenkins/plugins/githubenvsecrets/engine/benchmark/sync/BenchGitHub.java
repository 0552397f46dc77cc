package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A GitHub fake set up for one benchmark chain: one repository with E environments, every answer delayed by the
 * round-trip latency and GitHub's secondary limit on mutating requests, all on scaled time.
 */
final class BenchGitHub implements AutoCloseable {
    static final String OWNER = "acme";
    static final String REPOSITORY = "bench";
    /** A benchmark token; it guards nothing but the fake. */
    static final String TOKEN = "ghp_syncBenchmarkToken0123456789abcdef";

    private final GitHubFake fake;
    private final List<String> environments = new ArrayList<>();

    BenchGitHub(int environmentCount, int secrets, Duration latency, Duration gap, ScaledTime time) {
        fake = GitHubFake.start()
                .clock(time)
                .latency(latency, time)
                .secondaryLimit(gap, time)
                .maxSecretsPerEnvironment(Math.max(100, secrets))
                .addToken(TOKEN, Permission.WRITE)
                .addRepository(OWNER, REPOSITORY, 4242);
        for (int i = 1; i <= environmentCount; i++) {
            String name = "bench-env-" + i;
            fake.addEnvironment(OWNER, REPOSITORY, name);
            environments.add(name);
        }
    }

    String apiUrl() {
        return fake.apiUrl();
    }

    List<String> environments() {
        return List.copyOf(environments);
    }

    /** Forgets what came before, so that {@link #seen()} holds only the measured run. */
    void startMeasuring() {
        fake.clearRequests();
    }

    List<FakeRequest> seen() {
        return fake.requests();
    }

    /** Secrets, over all environments, that GitHub does not hold with their current value (opened with its key). */
    int wrongValues(BenchSecrets secrets) {
        int wrong = 0;
        for (String environment : environments) {
            for (int i = 0; i < secrets.count(); i++) {
                byte[] expected = secrets.utf8(i);
                byte[] stored = new byte[0];
                try {
                    stored = fake.decryptedValue(OWNER, REPOSITORY, environment, BenchSecrets.name(i));
                } catch (NoSuchElementException missing) {
                    // counted as wrong below
                }
                if (!Arrays.equals(expected, stored)) {
                    wrong++;
                }
                Arrays.fill(expected, (byte) 0);
                Arrays.fill(stored, (byte) 0);
            }
        }
        return wrong;
    }

    List<String> protocolViolations() {
        return fake.protocolViolations();
    }

    @Override
    public void close() {
        fake.close();
    }
}
