package io.jenkins.plugins.githubenvsecrets.engine.benchmark.mask;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link MaskThroughputBenchmark} (one fork, short iterations), then prints one line per case:
 * {@code mask <log>-<secrets> ours=<MB/s> baseline=<MB/s> ratio=<ours/baseline>}, with MB = 10^6 bytes, and one line
 * per secret count with the size of the compiled mask.
 * System property {@code mask.secrets} (e.g. {@code 1,100}) limits the secret counts run.
 */
public final class MaskBenchmarkMain {
    private MaskBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(MaskThroughputBenchmark.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Xms1g", "-Xmx1g");
        String secretCounts = System.getProperty("mask.secrets");
        if (secretCounts != null) {
            options.param("secrets", secretCounts.split(","));
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        Map<String, double[]> cases = new TreeMap<>();
        for (RunResult result : results) {
            String log = result.getParams().getParam("log");
            int secrets = Integer.parseInt(result.getParams().getParam("secrets"));
            String key = String.format(Locale.ROOT, "%s-%04d", log, secrets);
            double megabytesPerSecond = result.getPrimaryResult().getScore() * SyntheticBuildLog.SIZE / 1e6;
            int slot = result.getParams().getBenchmark().endsWith(".ours") ? 0 : 1;
            cases.computeIfAbsent(key, k -> new double[2])[slot] = megabytesPerSecond;
        }
        StringBuilder summary = new StringBuilder(System.lineSeparator());
        cases.forEach((key, mbs) -> summary.append(String.format(Locale.ROOT,
                "mask %s ours=%.1f baseline=%.3f ratio=%.1f%n", key.replaceFirst("-0*(\\d)", "-$1"), mbs[0],
                mbs[1], mbs[0] / mbs[1])));
        for (String count : secretCounts == null ? new String[] {"1", "10", "100", "1000"} : secretCounts.split(",")) {
            summary.append(memoryLine(Integer.parseInt(count)));
        }
        System.out.print(summary);
    }

    /** What the compiled mask holds for this many secrets, and the most a stream ever holds back. */
    private static String memoryLine(int count) {
        SecretMask.Builder builder = SecretMask.builder();
        List<String> secrets = BenchmarkSecrets.generate(count);
        for (int i = 0; i < secrets.size(); i++) {
            builder.add("SECRET_" + i, secrets.get(i).toCharArray());
        }
        SecretMask mask = builder.build();
        return String.format(Locale.ROOT, "mask-memory secrets=%d patterns=%d compiled=%.2fMiB held-back<=%dB%n", count,
                mask.patternCount(), mask.compiledSizeBytes() / 1048576.0, mask.longestPatternLength());
    }
}
