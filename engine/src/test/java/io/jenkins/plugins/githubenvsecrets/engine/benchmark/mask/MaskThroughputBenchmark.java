package io.jenkins.plugins.githubenvsecrets.engine.benchmark.mask;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Masks one {@link SyntheticBuildLog#SIZE}-byte log per operation, written in 8 KiB chunks as a process pipe delivers
 * it, with our mask and with the regex baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MaskThroughputBenchmark {
    static final int CHUNK = 8192;

    @Param({"realistic", "dense"})
    public String log;

    @Param({"1", "10", "100", "1000"})
    public int secrets;

    private byte[] text;
    private SecretMask mask;
    private Pattern baseline;

    @Setup
    public void setUp() {
        List<String> values = BenchmarkSecrets.generate(secrets);
        text = "dense".equals(log) ? SyntheticBuildLog.dense(values) : SyntheticBuildLog.realistic(values);
        SecretMask.Builder builder = SecretMask.builder();
        for (int i = 0; i < values.size(); i++) {
            builder.add("SECRET_" + i, values.get(i).toCharArray());
        }
        mask = builder.build();
        baseline = RegexLineMaskBaseline.pattern(values);
    }

    @Benchmark
    public long ours() throws IOException {
        CountingSink sink = new CountingSink();
        writeInChunks(mask.wrap(sink));
        return sink.count;
    }

    @Benchmark
    public long baseline() throws IOException {
        CountingSink sink = new CountingSink();
        writeInChunks(RegexLineMaskBaseline.wrap(sink, baseline));
        return sink.count;
    }

    private void writeInChunks(OutputStream out) throws IOException {
        for (int at = 0; at < text.length; at += CHUNK) {
            out.write(text, at, Math.min(CHUNK, text.length - at));
        }
        out.close();
    }

    /** Counts what arrives, so nothing is optimised away and no copy is kept. */
    static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
