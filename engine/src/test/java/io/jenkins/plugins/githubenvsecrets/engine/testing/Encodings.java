package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The encodings a server may hide a secret in, computed with the JDK alone, independently of the engine's mask: for
 * a fake that echoes a secret, and for {@link Leaks}, which looks for every one of them.
 */
public final class Encodings {
    private Encodings() {
    }

    /** Every character as a JSON escape, {@code \}{@code u0067\}{@code u0068...}, in lower or upper case hex. */
    public static String jsonEscapeEvery(String text, boolean upperHex) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String hex = String.format("%04x", (int) c);
            out.append("\\u").append(upperHex ? hex.toUpperCase(Locale.ROOT) : hex);
        }
        return out.toString();
    }

    /** Every other character as a JSON escape, the rest plain: no serializer writes it, an adversary may. */
    public static String jsonEscapeMixed(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(i % 2 == 0 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    /** Every UTF-8 byte percent-encoded, unreserved characters too. */
    public static String percentEncodeEvery(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append(String.format("%%%02X", b & 0xff));
        }
        return out.toString();
    }

    /** Percent-encoding as RFC 3986 has it: unreserved characters stay. */
    public static String percentEncode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean unreserved = c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0);
            out.append(unreserved ? String.valueOf(c) : String.format("%%%02X", b & 0xff));
        }
        return out.toString();
    }

    /** Every character as an HTML decimal character reference, {@code &#103;&#104;...}. */
    public static String htmlDecimal(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(codePoint -> out.append("&#").append(codePoint).append(';'));
        return out.toString();
    }

    /**
     * Standard base64 of {@code text} after {@code alignment} bytes of other content, as it shows inside a larger
     * encoding: the text's bytes then start at that byte offset of a 3-byte group.
     */
    public static String base64At(String text, int alignment) {
        byte[] value = text.getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[alignment + value.length];
        for (int i = 0; i < alignment; i++) {
            input[i] = (byte) ('#' + i);
        }
        System.arraycopy(value, 0, input, alignment, value.length);
        return Base64.getEncoder().encodeToString(input);
    }

    /** {@code text} cut into lines of {@code width} characters, as MIME and PEM break base64. */
    public static String wrapped(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i += width) {
            out.append(text, i, Math.min(text.length(), i + width)).append("\r\n");
        }
        return out.toString();
    }

    /**
     * Every form of {@code secret} a leak check looks for: as it is, in the JSON escapes, percent-encodings and HTML
     * references above, and in base64 (standard and URL-safe) at each of the three alignments, as the characters that
     * depend on the secret's bytes alone, so that base64 of a longer text holding it (say {@code Bearer <token>}) is
     * found too.
     */
    public static List<String> forms(String secret) {
        Set<String> forms = new LinkedHashSet<>(List.of(secret, jsonEscapeEvery(secret, false),
                jsonEscapeEvery(secret, true), jsonEscapeMixed(secret), percentEncodeEvery(secret),
                percentEncode(secret), htmlDecimal(secret)));
        byte[] value = secret.getBytes(StandardCharsets.UTF_8);
        for (int alignment = 0; alignment < 3; alignment++) {
            for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
                byte[] input = new byte[alignment + value.length];
                System.arraycopy(value, 0, input, alignment, value.length);
                String encoded = encoder.encodeToString(input);
                forms.add(encoded.substring((8 * alignment + 5) / 6, 8 * (alignment + value.length) / 6));
            }
        }
        return new ArrayList<>(forms);
    }
}
