package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TargetView;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A GitHub fake set up for one benchmark chain: the organization {@value #OWNER} with one repository of E environments
 * and E repositories of its own besides, every answer delayed by the round-trip latency and GitHub's secondary limit
 * on mutating requests, all on scaled time.
 */
final class BenchGitHub implements AutoCloseable {
    static final String OWNER = "acme";
    static final String REPOSITORY = "bench";
    /** A benchmark token; it guards nothing but the fake. */
    static final String TOKEN = "ghp_syncBenchmarkToken0123456789abcdef";

    private final GitHubFake fake;
    private final List<String> environments = new ArrayList<>();
    private final List<String> repositories = new ArrayList<>();

    BenchGitHub(int environmentCount, int secrets, Duration latency, Duration gap, ScaledTime time) {
        fake = GitHubFake.start()
                .clock(time)
                .latency(latency, time)
                .secondaryLimit(gap, time)
                .maxSecretsPerEnvironment(Math.max(100, secrets))
                .addToken(TOKEN, Permission.WRITE)
                .addOrganization(OWNER, 4000)
                .addRepository(OWNER, REPOSITORY, 4242);
        for (int i = 1; i <= environmentCount; i++) {
            String name = "bench-env-" + i;
            fake.addEnvironment(OWNER, REPOSITORY, name);
            environments.add(name);
            String repository = REPOSITORY + "-" + i;
            fake.addRepository(OWNER, repository, 5000 + i);
            repositories.add(OWNER + "/" + repository);
        }
    }

    String apiUrl() {
        return fake.apiUrl();
    }

    List<String> environments() {
        return List.copyOf(environments);
    }

    /** The E repositories besides the one of the environments, as {@code owner/name}. */
    List<String> repositories() {
        return List.copyOf(repositories);
    }

    /** Forgets what came before, so that {@link #seen()} holds only the measured run. */
    void startMeasuring() {
        fake.clearRequests();
    }

    List<FakeRequest> seen() {
        return fake.requests();
    }

    /**
     * Values, over all targets of the shape, that GitHub does not hold as they are now: secrets opened with the
     * target's own key, variables as GitHub shows them.
     */
    int wrongValues(BenchSecrets secrets, TargetShape shape) {
        int wrong = 0;
        for (Target target : targets(shape)) {
            TargetView view = fake.target(target);
            for (int i = 0; i < secrets.count(); i++) {
                byte[] expected = secrets.utf8(i);
                byte[] stored = stored(view, shape, BenchSecrets.name(i));
                if (!Arrays.equals(expected, stored)) {
                    wrong++;
                }
                Arrays.fill(expected, (byte) 0);
                Arrays.fill(stored, (byte) 0);
            }
        }
        return wrong;
    }

    /** Environment secrets' values that GitHub does not hold as they are now, as the gh-style baseline leaves them. */
    int wrongValues(BenchSecrets secrets) {
        return wrongValues(secrets, TargetShape.ENVIRONMENT_SECRETS);
    }

    /** Whether each of {@code repositories} holds the repository secret {@code name} with {@code value} (UTF-8). */
    int wrongRepositorySecrets(List<String> names, String name, byte[] value) {
        int wrong = 0;
        for (String repository : names) {
            byte[] stored = stored(fake.target(new RepositoryTarget(RepositoryCoordinates.parse(repository),
                    Application.ACTIONS)), TargetShape.REPOSITORY_SECRETS, name);
            wrong += Arrays.equals(value, stored) ? 0 : 1;
            Arrays.fill(stored, (byte) 0);
        }
        return wrong;
    }

    /** Whether the organization holds secret {@code name} with {@code value}, for exactly these repository ids. */
    boolean organizationSecretHolds(String name, byte[] value, List<Long> selectedIds) {
        TargetView organization = fake.target(organization());
        byte[] stored = stored(organization, TargetShape.ORGANIZATION_SECRETS, name);
        try {
            return Arrays.equals(value, stored) && organization.selectedRepositoryIds(ValueKind.SECRET,
                    name).equals(selectedIds);
        } finally {
            Arrays.fill(stored, (byte) 0);
        }
    }

    /** The fake's id of one of {@link #repositories()}. */
    static long idOf(int index) {
        return 5000 + index + 1L;
    }

    List<String> protocolViolations() {
        return fake.protocolViolations();
    }

    @Override
    public void close() {
        fake.close();
    }

    private List<Target> targets(TargetShape shape) {
        return switch (shape) {
            case ENVIRONMENT_SECRETS, ENVIRONMENT_VARIABLES -> environments.stream().map(environment -> (Target)
                    new EnvironmentTarget(new RepositoryCoordinates(OWNER, REPOSITORY),
                            EnvironmentName.of(environment))).toList();
            case REPOSITORY_SECRETS -> repositories.stream().map(repository -> (Target) new RepositoryTarget(
                    RepositoryCoordinates.parse(repository), Application.ACTIONS)).toList();
            case ORGANIZATION_SECRETS -> List.of(organization());
        };
    }

    private static OrganizationTarget organization() {
        return new OrganizationTarget(new OrganizationName(OWNER), Application.ACTIONS);
    }

    /** What the target holds under {@code name}, as UTF-8; empty when it holds nothing. */
    private static byte[] stored(TargetView view, TargetShape shape, String name) {
        if (shape == TargetShape.ENVIRONMENT_VARIABLES) {
            return view.variableValue(name).map(value -> value.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
        }
        try {
            return view.decryptedValue(name);
        } catch (NoSuchElementException missing) {
            return new byte[0];
        }
    }
}
