package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One value for R repositories, two ways: as one organization secret with the R repositories selected (one lookup of
 * their ids, one key read, one write) against R repository secrets (R key reads, R writes). Each is a first write
 * (nothing remembered) of our engine on a fresh fake, at the benchmark's latency and GitHub's gap, on scaled time.
 *
 * <p>Floors: the organization secret, 3 requests, and since the lookup is a POST that GitHub paces as it does writes,
 * its write starts no sooner than max(2L, G) after it, so {@code max(2L, G) + L}; R repository secrets, 2R requests
 * and {@code L + (R - 1) * max(G, L) + L}, as a cold sync of one secret to R targets.
 */
final class SpreadComparison {
    private static final String NAME = "SPREAD_TOKEN";
    /** Simulated pause between two syncs, as between two builds; nothing is in flight, so it goes at 100x. */
    private static final Duration IDLE = Duration.ofSeconds(2);

    private final BenchmarkSettings settings;
    private final ScaledTime time;

    SpreadComparison(BenchmarkSettings settings, ScaledTime time) {
        this.settings = settings;
        this.time = time;
    }

    /**
     * One run of both ways.
     *
     * @param wrong values (or selections) GitHub did not hold as written, over both ways; 0 when all is well
     */
    record Run(int repositories, Measurement organization, Measurement repositorySecrets, Duration organizationFloor,
            Duration repositoriesFloor, int wrong, List<String> failures) {
        double requestRatio() {
            return (double) repositorySecrets.requests() / organization.requests();
        }

        double wallRatio() {
            return (double) repositorySecrets.wall().toNanos() / organization.wall().toNanos();
        }

        /** {@code spread R=20 run=1 organization_requests=3 ... requests_ratio=13.33 wall_ratio=17.1}. */
        String line(int pass, int run) {
            return String.format(Locale.ROOT, "spread R=%d pass=%d run=%d organization_requests=%d"
                    + " organization_writes=%d organization_wall_ms=%d organization_floor_ms=%d"
                    + " repositories_requests=%d repositories_writes=%d repositories_wall_ms=%d"
                    + " repositories_floor_ms=%d refused=%d wrong=%d requests_ratio=%.2f wall_ratio=%.2f",
                    repositories, pass, run, organization.requests(), organization.writes(),
                    organization.wall().toMillis(), organizationFloor.toMillis(), repositorySecrets.requests(),
                    repositorySecrets.writes(), repositorySecrets.wall().toMillis(), repositoriesFloor.toMillis(),
                    organization.refused() + repositorySecrets.refused(), wrong, requestRatio(), wallRatio());
        }
    }

    Run run() throws InterruptedException {
        int count = settings.spread();
        Duration latency = settings.latency();
        Duration spacing = settings.gap().compareTo(latency) >= 0 ? settings.gap() : latency;
        Duration organizationFloor = max(latency.multipliedBy(2), settings.gap()).plus(latency);
        Duration repositoriesFloor = latency.plus(spacing.multipliedBy(count - 1L)).plus(latency);
        var secrets = new BenchSecrets(1, settings.seed());
        List<String> failures = new ArrayList<>();
        try (var github = new BenchGitHub(count, 1, latency, settings.gap(), time)) {
            var engine = new EngineRunner(github, time, settings.clientGap());
            byte[] expected = secrets.utf8(0);
            char[] value = secrets.value(0);
            try {
                time.rescale(settings.factorFor(organizationFloor));
                Measurement organization = engine.runOne(SyncRequest.builder().scope(TargetKind.ORGANIZATION)
                        .organization(BenchGitHub.OWNER).selectedRepositories(github.repositories()), NAME, value);
                engine.lastFailures().forEach(line -> failures.add("organization: " + line));
                idle();
                time.rescale(settings.factorFor(repositoriesFloor));
                Measurement repositorySecrets = engine.runOne(SyncRequest.builder().scope(TargetKind.REPOSITORY)
                        .repositories(github.repositories()), NAME, value);
                engine.lastFailures().forEach(line -> failures.add("repositories: " + line));
                idle();
                List<Long> ids = IntStream.range(0, count).mapToObj(BenchGitHub::idOf).toList();
                int wrong = (github.organizationSecretHolds(NAME, expected, ids) ? 0 : 1)
                        + github.wrongRepositorySecrets(github.repositories(), NAME, expected);
                github.protocolViolations().forEach(problem -> failures.add("protocol violation: " + problem));
                return new Run(count, organization, repositorySecrets, organizationFloor, repositoriesFloor, wrong,
                        failures);
            } finally {
                Arrays.fill(expected, (byte) 0);
                Arrays.fill(value, '\0');
            }
        }
    }

    /** The medians over the runs: {@code spread R=20 pass=1 runs=3 ... requests_ratio=13.33 wall_ratio=17.1}. */
    static String summary(int pass, List<Run> runs) {
        Run first = runs.get(0);
        return String.format(Locale.ROOT, "spread R=%d pass=%d runs=%d organization_requests=%s"
                + " repositories_requests=%s organization_wall_ms=%s repositories_wall_ms=%s requests_ratio=%.2f"
                + " wall_ratio=%.2f wall_ratio_min=%.2f wall_ratio_max=%.2f refused_total=%d wrong_total=%d",
                first.repositories(), pass, runs.size(),
                whole(CaseSummary.median(runs, run -> run.organization().requests())),
                whole(CaseSummary.median(runs, run -> run.repositorySecrets().requests())),
                whole(CaseSummary.median(runs, run -> run.organization().wall().toMillis())),
                whole(CaseSummary.median(runs, run -> run.repositorySecrets().wall().toMillis())),
                CaseSummary.median(runs, Run::requestRatio), CaseSummary.median(runs, Run::wallRatio),
                runs.stream().mapToDouble(Run::wallRatio).min().orElseThrow(),
                runs.stream().mapToDouble(Run::wallRatio).max().orElseThrow(),
                runs.stream().mapToInt(run -> run.organization().refused() + run.repositorySecrets().refused()).sum(),
                runs.stream().mapToInt(Run::wrong).sum());
    }

    private void idle() throws InterruptedException {
        System.gc();
        time.rescale(100);
        time.sleep(IDLE);
    }

    private static Duration max(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    private static String whole(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
