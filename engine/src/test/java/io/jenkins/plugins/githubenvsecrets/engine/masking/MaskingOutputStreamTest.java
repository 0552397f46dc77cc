package io.jenkins.plugins.githubenvsecrets.engine.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingOutputStreamTest {
    private static SecretMask maskOf(String... secrets) {
        SecretMask.Builder builder = SecretMask.builder();
        for (int i = 0; i < secrets.length; i++) {
            builder.add("secret-" + i, secrets[i].toCharArray());
        }
        return builder.build();
    }

    private static String maskWhole(String text, String... secrets) throws IOException {
        RecordingStream out = new RecordingStream();
        try (OutputStream masking = maskOf(secrets).wrap(out)) {
            masking.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.text();
    }

    @ParameterizedTest(name = "[{index}] {0} with {1}")
    @CsvSource(delimiter = '|', value = {
        "token abcdef end           | abcdef       |            | token **** end",
        "xxabcdefyy                 | abcd         | cdef       | xx****yy",
        "abcdefg                    | abc          | abcdef     | ****g",
        "abcxyz                     | abc          | abcdef     | ****xyz",
        "abcabc                     | abc          |            | ****",
        "abc-abc                    | abc          |            | ****-****",
        "xabcdex                    | bcd          | abcde      | x****x",
        "ababab!                    | abab         |            | ****!",
        "user=pässwörd😀!            | pässwörd😀    |            | user=****!",
        "日本語の秘密です             | 秘密です       |            | 日本語の****",
        "nothing to see             | abcdef       |            | nothing to see",
        "almost abcde               | abcdef       |            | almost abcde",
    })
    void shouldMaskEveryCoveredByteAndMergeOverlaps(String text, String first, String second, String expected)
            throws IOException {
        String[] secrets = second == null ? new String[] {first} : new String[] {first, second};

        assertThat(maskWhole(text, secrets)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] chunk size {0}")
    @CsvSource({"1", "2", "3", "5", "7", "64"})
    void shouldMaskSecretsSplitAcrossWritesAndFlushes(int chunkSize) throws IOException {
        String text = "start s3cr3t-value, then s3cr3t-val and s3cr3t-value-long at the end s3cr3t-value";
        RecordingStream out = new RecordingStream();
        OutputStream masking = maskOf("s3cr3t-value", "s3cr3t-value-long").wrap(out);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += chunkSize) {
            masking.write(bytes, i, Math.min(chunkSize, bytes.length - i));
            masking.flush();
            assertThat(out.text()).doesNotContain("s3cr3t-value");
        }
        masking.close();

        assertThat(out.text()).isEqualTo("start ****, then s3cr3t-val and **** at the end ****");
    }

    @Test
    void shouldHoldBackOnlyAPossiblePrefixOnFlush() throws IOException {
        RecordingStream out = new RecordingStream();
        MaskingOutputStream masking = maskOf("abcdef").wrap(out);

        masking.write("hello token=abc".getBytes(StandardCharsets.UTF_8));
        masking.flush();

        assertThat(out.text()).isEqualTo("hello token=");
        assertThat(out.flushes()).isEqualTo(1);
        assertThat(masking.pendingByteCount()).isEqualTo(3);

        masking.write("de".getBytes(StandardCharsets.UTF_8));
        masking.flush();
        assertThat(out.text()).isEqualTo("hello token=");

        masking.write("f and more\n".getBytes(StandardCharsets.UTF_8));
        masking.flush();
        assertThat(out.text()).isEqualTo("hello token=**** and more\n");
        assertThat(masking.pendingByteCount()).isZero();
    }

    @Test
    void shouldPassOnBytesThatCannotBeginASecretInTheSameWrite() throws IOException {
        RecordingStream out = new RecordingStream();
        MaskingOutputStream masking = maskOf("abcdef").wrap(out);

        masking.write("no secret here, but a long line without newline".getBytes(StandardCharsets.UTF_8));

        assertThat(out.text()).isEqualTo("no secret here, but a long line without newline");
        assertThat(masking.pendingByteCount()).isZero();
    }

    @Test
    void shouldReleaseAnIncompletePrefixAndCloseDownstreamOnClose() throws IOException {
        RecordingStream out = new RecordingStream();
        MaskingOutputStream masking = maskOf("abcdef").wrap(out);
        masking.write("value: abcde".getBytes(StandardCharsets.UTF_8));
        assertThat(out.text()).isEqualTo("value: ");

        masking.close();
        masking.close();

        assertThat(out.text()).isEqualTo("value: abcde");
        assertThat(out.isClosed()).isTrue();
        assertThat(masking.pendingByteCount()).isZero();
        assertThatThrownBy(() -> masking.write('x')).isInstanceOf(IOException.class);
    }

    @Test
    void shouldDropHeldBackBytesAfterADownstreamFailure() throws IOException {
        RecordingStream out = new RecordingStream();
        OutputStream failing = new OutputStream() {
            private int writes;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (++writes == 2) {
                    throw new IOException("disk full");
                }
                out.write(b, off, len);
            }

            @Override
            public void close() {
                out.close();
            }
        };
        MaskingOutputStream masking = maskOf("abcdef").wrap(failing);
        masking.write("one abcd".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> masking.write("ef two abc".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("disk full");
        assertThatThrownBy(() -> masking.write('x')).isInstanceOf(IOException.class);
        masking.close();

        assertThat(out.text()).isEqualTo("one ");
        assertThat(out.isClosed()).isTrue();
        assertThat(masking.pendingByteCount()).isZero();
    }

    @Test
    void shouldWriteTheMaskOfASecretEndingTheStreamOnClose() throws IOException {
        RecordingStream out = new RecordingStream();
        MaskingOutputStream masking = maskOf("abc", "abcdef").wrap(out);
        masking.write("value: abc".getBytes(StandardCharsets.UTF_8));
        masking.flush();
        assertThat(out.text()).isEqualTo("value: ");

        masking.close();

        assertThat(out.text()).isEqualTo("value: ****");
    }

    @Test
    void shouldMaskSingleByteWrites() throws IOException {
        RecordingStream out = new RecordingStream();
        try (MaskingOutputStream masking = maskOf("p4ssw0rd").wrap(out)) {
            for (byte b : "echo p4ssw0rd; echo p4ss".getBytes(StandardCharsets.UTF_8)) {
                masking.write(b);
            }
        }

        assertThat(out.text()).isEqualTo("echo ****; echo p4ss");
    }

    @Test
    void shouldKeepBytesThatAreNotUtf8Unchanged() throws IOException {
        byte[] secret = "t0k3n-\u00e9t\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] text = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0xC3}, secret,
                new byte[] {(byte) 0x80, (byte) 0xC3, 0x1B, (byte) 0xF0, (byte) 0x9F});
        RecordingStream out = new RecordingStream();

        try (OutputStream masking = maskOf("t0k3n-\u00e9t\u00e9").wrap(out)) {
            masking.write(text);
        }

        assertThat(out.toByteArray()).containsExactly(concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0xC3},
                "****".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x80, (byte) 0xC3, 0x1B, (byte) 0xF0, (byte) 0x9F}));
    }

    @Test
    void shouldPassEverythingThroughAnEmptyMask() throws IOException {
        RecordingStream out = new RecordingStream();
        MaskingOutputStream masking = SecretMask.empty().wrap(out);

        masking.write("anything at all".getBytes(StandardCharsets.UTF_8));
        masking.flush();

        assertThat(out.text()).isEqualTo("anything at all");
        assertThat(out.flushes()).isEqualTo(1);
        assertThat(masking.pendingByteCount()).isZero();
        masking.close();
        assertThat(out.isClosed()).isTrue();
    }

    @Test
    void shouldStreamAHundredMegabyteLineInBoundedMemory() throws IOException {
        String secret = "AKIAQWERTYUIOPASDF12";
        SecretMask mask = maskOf(secret);
        byte[] block = lineBlock(secret, 1 << 16);
        byte[] expectedBlock = ReferenceMask.mask(block, ReferenceMask.patternsOf(List.of(secret)));
        long total = 100L * 1024 * 1024;
        ComparingStream out = new ComparingStream(expectedBlock);
        MaskingOutputStream masking = mask.wrap(out);
        int longest = mask.longestPatternLength();
        int chunk = 8191;
        byte[] buffer = new byte[chunk];
        long written = 0;
        int maxPending = 0;
        while (written < total) {
            int n = (int) Math.min(chunk, total - written);
            for (int i = 0; i < n; i++) {
                buffer[i] = block[(int) ((written + i) % block.length)];
            }
            masking.write(buffer, 0, n);
            written += n;
            maxPending = Math.max(maxPending, masking.pendingByteCount());
            assertThat(masking.pendingByteCount()).isLessThanOrEqualTo(longest);
        }
        masking.close();

        assertThat(maxPending).isPositive().isLessThanOrEqualTo(longest);
        assertThat(out.received).isEqualTo(total / block.length * expectedBlock.length);
        assertThat(out.mismatches).isZero();
    }

    @Test
    void shouldMaskAThousandSecrets() throws IOException {
        Random random = new Random(42);
        SecretMask.Builder builder = SecretMask.builder();
        StringBuilder text = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        String[] secrets = new String[1000];
        for (int i = 0; i < secrets.length; i++) {
            secrets[i] = randomToken(random, 24 + random.nextInt(24));
            builder.add("TOKEN_" + i, secrets[i].toCharArray());
        }
        SecretMask mask = builder.build();
        for (int i = secrets.length - 1; i >= 0; i--) {
            text.append("[INFO] step ").append(i).append(" uses ").append(secrets[i]).append(" and ")
                    .append(java.util.Base64.getEncoder().encodeToString(secrets[i].getBytes(StandardCharsets.UTF_8)))
                    .append('\n');
            expected.append("[INFO] step ").append(i).append(" uses **** and ****\n");
        }

        String masked = maskWhole(mask, text.toString());

        assertThat(masked).isEqualTo(expected.toString());
        assertThat(mask.patternCount()).isGreaterThanOrEqualTo(7000);
        assertThat(mask.compiledSizeBytes()).isLessThan(8L * 1024 * 1024);
    }

    private static String maskWhole(SecretMask mask, String text) throws IOException {
        RecordingStream out = new RecordingStream();
        try (OutputStream masking = mask.wrap(out)) {
            masking.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.text();
    }

    private static String randomToken(Random random, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        char[] token = new char[length];
        for (int i = 0; i < length; i++) {
            token[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(token);
    }

    /** A block of log text without any newline, holding the secret three times. */
    private static byte[] lineBlock(String secret, int size) {
        byte[] block = new byte[size];
        Random random = new Random(7);
        String filler = "lorem ipsum dolor sit amet, [] {} () <> ;: ";
        for (int i = 0; i < size; i++) {
            block[i] = (byte) filler.charAt(random.nextInt(filler.length()));
        }
        byte[] s = secret.getBytes(StandardCharsets.US_ASCII);
        for (int at : new int[] {5, size / 3, size - s.length - 5}) {
            System.arraycopy(s, 0, block, at, s.length);
        }
        return block;
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : List.of(parts)) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** Checks what it receives against a repeated expected block, without keeping it. */
    private static final class ComparingStream extends OutputStream {
        private final byte[] expected;
        private long received;
        private long mismatches;

        ComparingStream(byte[] expected) {
            this.expected = expected;
        }

        @Override
        public void write(int b) {
            if ((byte) b != expected[(int) (received++ % expected.length)]) {
                mismatches++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }
    }
}
