package io.jenkins.plugins.githubenvsecrets.engine.masking;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decoded readings of a text from elsewhere, so that a secret spelled in a way no pattern of the mask covers (every
 * character escaped, escaped and plain characters mixed, every byte percent-encoded, HTML character references, base64
 * broken over lines) is still found. Three kinds of escape are read: backslash escapes of JSON and JavaScript
 * ({@code \}{@code u0067}, {@code \}{@code u{67}}, {@code \x67}, {@code \/}), percent-encoding, and HTML character
 * references ({@code &#103;}, {@code &#x67;}, {@code &amp;}). Each kind is read alone (a secret may hold characters
 * that look like another kind's escapes), then all at once, repeated while the text changes up to
 * {@value #MAX_ROUNDS} times, for kinds mixed and escapes of escapes. {@link #compact} joins what white space split.
 *
 * <p>Never throws: whatever does not decode stays as it is.
 */
final class Decodings {
    static final int MAX_ROUNDS = 3;
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Cntrl}]+");
    private static final Map<String, String> NAMED_REFERENCES = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "sol", "/", "bsol", "\\", "percnt", "%");
    private static final int MAX_REFERENCE = 10;

    /** The kinds of escape, each of which a reading may resolve. */
    private enum Kind {
        BACKSLASH, PERCENT, HTML
    }

    private Decodings() {
    }

    /** The readable readings of {@code text} that differ from it, in the order above; the last is the deepest. */
    static List<String> of(String text) {
        Set<String> readings = new LinkedHashSet<>();
        for (Kind kind : Kind.values()) {
            readings.add(decode(text, EnumSet.of(kind)));
        }
        String current = text;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String decoded = decode(current, EnumSet.allOf(Kind.class));
            if (decoded.equals(current)) {
                break;
            }
            readings.remove(decoded);
            readings.add(decoded);
            current = decoded;
        }
        readings.remove(text);
        return new ArrayList<>(readings);
    }

    /** {@code text} without white space and control characters, for what line breaks split (base64 above all). */
    static String compact(String text) {
        return SPACE.matcher(text).replaceAll("");
    }

    private static String decode(String text, Set<Kind> kinds) {
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream percentBytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && kinds.contains(Kind.PERCENT) && isHex(text, i + 1, 2)) {
                percentBytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
                i += 3;
                continue;
            }
            flushUtf8(percentBytes, out);
            if (c == '\\' && kinds.contains(Kind.BACKSLASH)) {
                i = backslash(text, i, out);
            } else if (c == '&' && kinds.contains(Kind.HTML)) {
                i = reference(text, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        flushUtf8(percentBytes, out);
        return out.toString();
    }

    /** Appends what the backslash escape at {@code at} stands for; returns where the text goes on. */
    private static int backslash(String text, int at, StringBuilder out) {
        if (at + 1 >= text.length()) {
            out.append('\\');
            return at + 1;
        }
        char kind = text.charAt(at + 1);
        if (kind == 'u' && isHex(text, at + 2, 4)) {
            out.append((char) Integer.parseInt(text, at + 2, at + 6, 16));
            return at + 6;
        }
        if (kind == 'u' && at + 2 < text.length() && text.charAt(at + 2) == '{') {
            int close = indexWithin(text, '}', at + 3, at + 9);
            if (close > at + 3 && isHex(text, at + 3, close - at - 3)) {
                int codePoint = Integer.parseInt(text, at + 3, close, 16);
                if (Character.isValidCodePoint(codePoint)) {
                    out.appendCodePoint(codePoint);
                    return close + 1;
                }
            }
        }
        if (kind == 'x' && isHex(text, at + 2, 2)) {
            out.append((char) Integer.parseInt(text, at + 2, at + 4, 16));
            return at + 4;
        }
        String simple = switch (kind) {
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case '/', '\\', '"', '\'' -> String.valueOf(kind);
            default -> null;
        };
        if (simple == null) {
            out.append('\\');
            return at + 1;
        }
        out.append(simple);
        return at + 2;
    }

    /** Appends what the HTML character reference at {@code at} stands for; returns where the text goes on. */
    private static int reference(String text, int at, StringBuilder out) {
        int end = indexWithin(text, ';', at + 1, at + MAX_REFERENCE);
        if (end < 0) {
            out.append('&');
            return at + 1;
        }
        String body = text.substring(at + 1, end);
        int codePoint = -1;
        if (body.startsWith("#x") || body.startsWith("#X")) {
            codePoint = isHex(body, 2, body.length() - 2) ? Integer.parseInt(body, 2, body.length(), 16) : -1;
        } else if (body.startsWith("#")) {
            codePoint = body.length() > 1 && body.substring(1).chars().allMatch(Character::isDigit)
                    ? Integer.parseInt(body, 1, body.length(), 10) : -1;
        } else if (NAMED_REFERENCES.containsKey(body)) {
            out.append(NAMED_REFERENCES.get(body));
            return end + 1;
        }
        if (!Character.isValidCodePoint(codePoint)) {
            out.append('&');
            return at + 1;
        }
        out.appendCodePoint(codePoint);
        return end + 1;
    }

    /**
     * Where {@code c} first occurs from {@code from} to {@code last} (both included), or -1: an escape's end is looked
     * for only as far as the escape can reach, so a text full of escapes that never end is still read in one pass.
     */
    private static int indexWithin(String text, char c, int from, int last) {
        for (int i = from; i <= last && i < text.length(); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static void flushUtf8(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    /** Whether {@code count} (1 to 7) hex digits start at {@code from}. */
    private static boolean isHex(String text, int from, int count) {
        if (count < 1 || count > 7 || from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (Character.digit(text.charAt(i), 16) < 0 || text.charAt(i) > 'f') {
                return false;
            }
        }
        return true;
    }
}
