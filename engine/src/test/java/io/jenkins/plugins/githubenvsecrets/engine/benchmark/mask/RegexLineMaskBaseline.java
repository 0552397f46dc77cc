package io.jenkins.plugins.githubenvsecrets.engine.benchmark.mask;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What Jenkins' credentials-binding masking does, for comparison: every secret with its base64 forms (three byte
 * alignments, with and without the trailing partial character) and shell forms (bash and ash quoting, backslashes and
 * cmd carets consumed, dollars doubled), joined longest first into one quoted regex alternation, applied to each whole
 * line once its end is seen.
 */
final class RegexLineMaskBaseline {
    private RegexLineMaskBaseline() {
    }

    static Pattern pattern(List<String> secrets) {
        String alternation = secrets.stream()
                .filter(secret -> secret.length() >= 3)
                .flatMap(secret -> forms(secret).stream())
                .filter(form -> !form.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile(alternation);
    }

    static OutputStream wrap(OutputStream downstream, Pattern pattern) {
        return new LineStream(downstream, pattern);
    }

    private static List<String> forms(String secret) {
        List<String> forms = new ArrayList<>();
        forms.add(secret);
        Base64.Encoder encoder = Base64.getEncoder();
        String[] fillers = {"", "a", "aa"};
        for (int shift = 0; shift < 3; shift++) {
            String encoded = encoder.encodeToString((fillers[shift] + secret).getBytes(StandardCharsets.UTF_8));
            String inner = encoded.substring(shift == 0 ? 0 : 2 * shift);
            forms.add(inner);
            forms.add(withoutPartialEnd(inner));
        }
        String quoted = secret.replace("'", "'\\''");
        forms.add(quoted);
        forms.add("'" + quoted + "'");
        forms.add(secret.replaceAll("\\\\(\\\\?)", "$1"));
        forms.add(secret.replaceAll("'+", "'\"$0\"'"));
        forms.add(secret.replace("$", "$$"));
        forms.add(secret.replaceAll("\\^(\\^?)", "$1"));
        return forms;
    }

    private static String withoutPartialEnd(String encoded) {
        if (encoded.endsWith("==")) {
            return encoded.substring(0, encoded.length() - 3);
        }
        if (encoded.endsWith("=")) {
            return encoded.substring(0, encoded.length() - 2);
        }
        return encoded;
    }

    /** Buffers each line whole, then masks it with the regex. */
    private static final class LineStream extends OutputStream {
        private final OutputStream downstream;
        private final Pattern pattern;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineStream(OutputStream downstream, Pattern pattern) {
            this.downstream = downstream;
            this.pattern = pattern;
        }

        @Override
        public void write(int b) throws IOException {
            line.write(b);
            if (b == '\n') {
                endOfLine();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    line.write(b, start, i + 1 - start);
                    endOfLine();
                    start = i + 1;
                }
            }
            line.write(b, start, off + len - start);
        }

        private void endOfLine() throws IOException {
            String text = line.toString(StandardCharsets.UTF_8);
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                downstream.write(matcher.replaceAll("****").getBytes(StandardCharsets.UTF_8));
            } else {
                line.writeTo(downstream);
            }
            line.reset();
        }

        @Override
        public void close() throws IOException {
            if (line.size() > 0) {
                endOfLine();
            }
            downstream.close();
        }
    }
}
