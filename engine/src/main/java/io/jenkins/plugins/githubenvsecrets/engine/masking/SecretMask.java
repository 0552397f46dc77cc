package io.jenkins.plugins.githubenvsecrets.engine.masking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The secrets of one build, compiled once into a matcher that masks them in logs and exceptions.
 *
 * <p>Each secret is masked as it is and in the forms a value takes in a log: base64 (standard and URL-safe, at any
 * byte alignment inside a larger encoding, with or without padding), JSON string escaping (as common serializers,
 * HTML-safe ones included, write it), percent-encoding, and the quoting and escaping of shells and build tools (see
 * {@code ShellForms}). A multi-line secret is also masked line by line (each non-blank line, trimmed), so no line of a private key survives.
 * Values under {@value #MIN_LENGTH} characters, or blank, are not masked: they would mangle the log. Their labels are
 * listed by {@link #skippedLabels()} and logged, never their values.
 *
 * <p>Matching works on the UTF-8 bytes of the log. Every byte inside an occurrence of any pattern is masked, so a
 * secret that overlaps another, or is a prefix of another, never leaves a part visible; occurrences that overlap or
 * touch become one {@code ****}.
 *
 * <p>Text from elsewhere, such as a server's answer, goes through {@link #scrub(String)}: masked the same way, and
 * withheld as a whole if it still holds a secret once its escapes are decoded.
 *
 * <p>The compiled matcher necessarily holds the bytes of every pattern, in memory only; it never prints them.
 */
public final class SecretMask {
    /** Shortest value that is masked, as in Jenkins' own masking. */
    public static final int MIN_LENGTH = SecretForms.MIN_LENGTH;

    /** What {@link #scrub(String)} gives instead of a text that still held a secret once decoded. */
    public static final String WITHHELD = "[not shown: it holds a secret in an encoded form]";

    private static final SecretMask EMPTY = new SecretMask(null, List.of());

    private final MaskAutomaton automaton;
    private final List<String> skippedLabels;

    private SecretMask(MaskAutomaton automaton, List<String> skippedLabels) {
        this.automaton = automaton;
        this.skippedLabels = skippedLabels;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A mask with no secrets: streams pass bytes straight through. */
    public static SecretMask empty() {
        return EMPTY;
    }

    /** The labels of the values that are not masked because they are too short or blank, in the order added. */
    public List<String> skippedLabels() {
        return skippedLabels;
    }

    public boolean isEmpty() {
        return automaton == null;
    }

    /** A stream that masks what it passes to {@code downstream}; closing it closes {@code downstream}. */
    public MaskingOutputStream wrap(OutputStream downstream) {
        return new MaskingOutputStream(downstream, automaton);
    }

    /** The text with every secret masked; the text is taken as UTF-8. */
    public String apply(String text) {
        if (automaton == null) {
            return text;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream masked = new ByteArrayOutputStream(bytes.length);
        try (MaskingOutputStream out = wrap(masked)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return masked.toString(StandardCharsets.UTF_8);
    }

    /**
     * A masked copy of {@code throwable}, its causes and suppressed exceptions, with their stack traces, for printing.
     * The original is left as it is.
     */
    public MaskedException apply(Throwable throwable) {
        return new MaskedThrowables(this::apply).copy(throwable);
    }

    /**
     * Text that came from elsewhere (a server's answer, an error a library built from one), made fit for a message:
     * every form this mask knows is masked as {@link #apply(String)} masks it, and the rest stays as it is. A secret
     * in a form no pattern foresees is found in the text's decoded readings (JSON and JavaScript backslash escapes of
     * any character, percent-encoding of any byte, HTML character references, each also mixed with plain characters
     * and with each other; base64 broken by white space): the text is then shown as the reading that revealed it,
     * masked, so that its words stay readable. Whatever is returned holds no secret of this mask, neither as it is nor
     * in any of its readings; where that cannot be had, the text is replaced as a whole by {@link #WITHHELD}.
     */
    public String scrub(String text) {
        if (automaton == null || text == null) {
            return text;
        }
        String masked = apply(text);
        if (!hides(masked)) {
            return masked;
        }
        for (String reading : Decodings.of(masked)) {
            String shown = apply(reading);
            if (!shown.equals(reading)) {
                return hides(shown) ? WITHHELD : shown;
            }
        }
        return WITHHELD; // found only with white space removed: no reading worth showing
    }

    /** Whether a decoded reading of the (masked) text still holds a secret. */
    private boolean hides(String masked) {
        List<String> readings = Decodings.of(masked);
        String deepest = readings.isEmpty() ? masked : readings.get(readings.size() - 1);
        readings.add(Decodings.compact(deepest));
        readings.add(Decodings.compact(masked));
        return readings.stream().anyMatch(reading -> !apply(reading).equals(reading));
    }

    /** A copy of {@code throwable} and its chain whose messages are scrubbed as {@link #scrub(String)} does. */
    public MaskedException scrub(Throwable throwable) {
        return new MaskedThrowables(this::scrub).copy(throwable);
    }

    /**
     * Whether this mask hides {@code value} wherever it appears: true when the value was added to it, and for a value
     * no mask hides (shorter than {@link #MIN_LENGTH} or blank), which the builder names in {@link #skippedLabels()}.
     * The value is read, never kept.
     */
    public boolean covers(char[] value) {
        if (value.length < MIN_LENGTH || SecretLines.isBlank(value)) {
            return true;
        }
        if (automaton == null) {
            return false;
        }
        byte[] raw = Utf8.encode(value);
        MaskOnly out = new MaskOnly();
        try (MaskingOutputStream masking = wrap(out)) {
            masking.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
        return out.wholly();
    }

    /** How many distinct byte patterns (secrets and their forms) are masked. */
    public int patternCount() {
        return automaton == null ? 0 : automaton.patternCount();
    }

    /** The length in bytes of the longest pattern: the most a masking stream ever holds back. */
    public int longestPatternLength() {
        return automaton == null ? 0 : automaton.longestPattern();
    }

    /** Approximate memory held by the compiled matcher, in bytes. */
    public long compiledSizeBytes() {
        return automaton == null ? 0 : automaton.sizeInBytes();
    }

    @Override
    public String toString() {
        return "SecretMask[patterns=" + patternCount() + ", skipped=" + skippedLabels + "]";
    }

    /** Tells whether all that came through was one {@code ****}, keeping no byte of it. */
    private static final class MaskOnly extends OutputStream {
        private static final byte[] MASK = MaskingOutputStream.MASK.getBytes(StandardCharsets.US_ASCII);
        private int seen;
        private boolean other;

        @Override
        public void write(int b) {
            if (seen >= MASK.length || (byte) b != MASK[seen]) {
                other = true;
            }
            seen++;
        }

        boolean wholly() {
            return !other && seen == MASK.length;
        }
    }

    /** Collects secrets; {@link #build()} compiles them and wipes the builder's copies. Not thread-safe. */
    public static final class Builder {
        private final List<String> labels = new ArrayList<>();
        private final List<char[]> values = new ArrayList<>();
        private int denseBudget = AutomatonCompiler.DEFAULT_DENSE_BUDGET;

        private Builder() {
        }

        /** Adds a secret; {@code value} is copied, so the caller may clear its array afterwards. */
        public Builder add(String label, char[] value) {
            labels.add(Objects.requireNonNull(label, "label"));
            values.add(Objects.requireNonNull(value, "value").clone());
            return this;
        }

        Builder denseBudget(int entries) {
            this.denseBudget = entries;
            return this;
        }

        /** Compiles the secrets added so far and clears them from the builder, which is then empty. */
        public SecretMask build() {
            List<String> skipped = new ArrayList<>();
            SecretForms forms = new SecretForms();
            try {
                for (int i = 0; i < values.size(); i++) {
                    char[] value = values.get(i);
                    if (value.length < MIN_LENGTH || SecretLines.isBlank(value)) {
                        // The caller warns in its own log (skippedLabels), naming the secret, never the value.
                        skipped.add(labels.get(i));
                    } else {
                        forms.addSecret(value);
                    }
                }
                List<byte[]> patterns = forms.patterns();
                if (patterns.isEmpty()) {
                    return skipped.isEmpty() ? EMPTY : new SecretMask(null, List.copyOf(skipped));
                }
                MaskAutomaton automaton = new AutomatonCompiler(denseBudget).compile(patterns);
                return new SecretMask(automaton, List.copyOf(skipped));
            } finally {
                forms.wipe();
                for (char[] value : values) {
                    Arrays.fill(value, '\0');
                }
                values.clear();
                labels.clear();
            }
        }
    }
}
