package io.jenkins.plugins.githubenvsecrets.engine.masking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random logs with random secrets embedded in their common forms, written with random write and flush boundaries: the
 * output is exactly what masking the whole text at once gives, and no secret or encoded form survives.
 */
class MaskingPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Gson GSON = new Gson();

    @Property(tries = 300)
    void shouldMaskLikeTheWholeTextReferenceWhateverTheBoundaries(
            @ForAll @Size(min = 1, max = 4) List<@From("secrets") String> secrets,
            @ForAll @Size(max = 12) List<@From("logText") String> fillers, @ForAll Random random) throws IOException {
        assertMasksLikeReference(SecretMask.builder(), secrets, fillers, random);
    }

    @Property(tries = 150)
    void shouldMaskLikeTheReferenceWhenOnlyTheRootStateIsDense(
            @ForAll @Size(min = 1, max = 4) List<@From("secrets") String> secrets,
            @ForAll @Size(max = 12) List<@From("logText") String> fillers, @ForAll Random random) throws IOException {
        assertMasksLikeReference(SecretMask.builder().denseBudget(0), secrets, fillers, random);
    }

    private static void assertMasksLikeReference(SecretMask.Builder builder, List<String> secrets,
            List<String> fillers, Random random) throws IOException {
        for (int i = 0; i < secrets.size(); i++) {
            builder.add("S" + i, secrets.get(i).toCharArray());
        }
        SecretMask mask = builder.build();
        Log log = new Log();
        for (String filler : fillers) {
            log.append(filler);
            embed(secrets.get(random.nextInt(secrets.size())), random, log);
        }
        byte[] input = log.bytes.toByteArray();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MaskingOutputStream masking = mask.wrap(out);
        int at = 0;
        while (at < input.length) {
            int n = Math.min(input.length - at, random.nextInt(12));
            masking.write(input, at, n);
            at += n;
            assertThat(masking.pendingByteCount()).isLessThanOrEqualTo(mask.longestPatternLength());
            if (random.nextInt(4) == 0) {
                masking.flush();
            }
        }
        masking.close();

        List<byte[]> patterns = ReferenceMask.patternsOf(secrets);
        assertThat(out.toByteArray()).isEqualTo(ReferenceMask.mask(input, patterns));
        boolean[] covered = ReferenceMask.coverage(input, patterns);
        String masked = out.toString(StandardCharsets.UTF_8);
        for (int[] fragment : log.fragments) {
            String text = new String(input, fragment[0], fragment[1] - fragment[0], StandardCharsets.UTF_8);
            assertThat(masked).doesNotContain(text);
            for (int i = fragment[0]; i < fragment[1]; i++) {
                assertThat(covered[i]).as("byte %d of fragment %s is masked", i - fragment[0], text).isTrue();
            }
        }
    }

    /** One secret in a random form; the log records where the part that must not survive lies. */
    private static void embed(String secret, Random random, Log log) throws JsonProcessingException {
        switch (random.nextInt(7)) {
            case 0:
                log.appendFragment(secret);
                return;
            case 1:
                base64(secret, random, log);
                return;
            case 2:
                String json = JSON.writeValueAsString(secret);
                log.append("{\"token\": \"");
                log.appendFragment(json.substring(1, json.length() - 1));
                log.append("\"}");
                return;
            case 3:
                log.append("https://example.org/?q=");
                log.appendFragment(URLEncoder.encode(secret, StandardCharsets.UTF_8));
                log.append("&x=1");
                return;
            case 4:
                String gson = GSON.toJson(secret);
                log.append("{\"token\": \"");
                log.appendFragment(gson.substring(1, gson.length() - 1));
                log.append("\"}");
                return;
            case 5:
                log.append("+ curl -u '");
                log.appendFragment(shellForm(secret, random));
                log.append("' https://example.org\n");
                return;
            default:
                List<String> lines = nonBlankLines(secret);
                String line = lines.get(random.nextInt(lines.size()));
                log.append("  ");
                if (line.length() >= SecretForms.MIN_LENGTH) {
                    log.appendFragment(line);
                } else {
                    log.append(line);
                }
                log.append("\r\n");
        }
    }

    /** The value as a shell or build tool prints it: bash or ash quoting, doubled dollars, cmd carets. */
    private static String shellForm(String secret, Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return secret.replace("'", "'\\''");
            case 1:
                return secret.replaceAll("'+", "'\"$0\"'");
            case 2:
                return secret.replace("$", "$$");
            default:
                return secret.replaceAll("[\\^&|<>()]", "^$0");
        }
    }

    private static void base64(String secret, Random random, Log log) {
        byte[] value = secret.getBytes(StandardCharsets.UTF_8);
        int prefix = random.nextInt(3) + (random.nextBoolean() ? 3 : 0);
        int suffix = random.nextInt(4);
        byte[] input = new byte[prefix + value.length + suffix];
        random.nextBytes(input);
        System.arraycopy(value, 0, input, prefix, value.length);
        Base64.Encoder encoder = random.nextBoolean() ? Base64.getEncoder() : Base64.getUrlEncoder();
        if (random.nextBoolean()) {
            encoder = encoder.withoutPadding();
        }
        String encoded = encoder.encodeToString(input);
        // Characters that carry only the value's bits, wherever it sits.
        int first = (8 * prefix + 5) / 6;
        int last = 8 * (prefix + value.length) / 6;
        log.append("data=" + encoded.substring(0, first));
        log.appendFragment(encoded.substring(first, last));
        log.append(encoded.substring(last) + ";");
    }

    /** The log under construction, with the byte ranges of embedded secret forms. */
    private static final class Log {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<int[]> fragments = new ArrayList<>();

        void append(String text) {
            bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }

        void appendFragment(String text) {
            int start = bytes.size();
            append(text);
            fragments.add(new int[] {start, bytes.size()});
        }
    }

    private static List<String> nonBlankLines(String secret) {
        List<String> lines = new ArrayList<>();
        for (String line : secret.split("[\r\n]")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    @Provide
    Arbitrary<String> secrets() {
        return Arbitraries.strings().withChars("abcxZ09+/=%\"\\ -_~\u00e9\u65e5\ud83d\n\t'$^&<").ofMinLength(3)
                .ofMaxLength(24)
                .map(MaskingPropertiesTest::repairSurrogates)
                .filter(s -> !s.isBlank() && nonBlankLines(s).stream().anyMatch(l -> !l.isEmpty()));
    }

    @Provide
    Arbitrary<String> logText() {
        return Arbitraries.strings().withChars("abcxZ09+/=%\"\\ \n-_~:;\u00e9*").ofMaxLength(30);
    }

    /** Pairs every lone high surrogate with a low one, so each secret is valid text. */
    private static String repairSurrogates(String s) {
        return s.replace("\ud83d", "\ud83d\ude00");
    }
}
