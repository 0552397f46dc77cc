package io.jenkins.plugins.githubenvsecrets.engine.masking;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The forms a value takes inside a JSON string as common serializers write it: the mandatory escapes with either hex
 * case, {@code \/} for slashes, and {@code \}{@code uXXXX} for every non-ASCII character.
 */
final class JsonEscaping {
    private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

    private JsonEscaping() {
    }

    static void forEach(char[] value, Consumer<char[]> sink) {
        sink.accept(escape(value, LOWER_HEX, false, false));
        sink.accept(escape(value, UPPER_HEX, false, false));
        sink.accept(escape(value, LOWER_HEX, true, false));
        sink.accept(escape(value, LOWER_HEX, false, true));
        sink.accept(escape(value, UPPER_HEX, false, true));
    }

    static char[] escape(char[] value, char[] hex, boolean escapeSlash, boolean asciiOnly) {
        char[] buffer = new char[value.length * 6];
        int o = 0;
        for (char c : value) {
            char shortEscape = shortEscape(c, escapeSlash);
            if (shortEscape != 0) {
                buffer[o++] = '\\';
                buffer[o++] = shortEscape;
            } else if (c < 0x20 || asciiOnly && c > 0x7E) {
                buffer[o++] = '\\';
                buffer[o++] = 'u';
                buffer[o++] = hex[c >> 12];
                buffer[o++] = hex[c >> 8 & 0xF];
                buffer[o++] = hex[c >> 4 & 0xF];
                buffer[o++] = hex[c & 0xF];
            } else {
                buffer[o++] = c;
            }
        }
        char[] escaped = Arrays.copyOf(buffer, o);
        Arrays.fill(buffer, '\0');
        return escaped;
    }

    private static char shortEscape(char c, boolean escapeSlash) {
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return escapeSlash ? '/' : 0;
            case '\b':
                return 'b';
            case '\f':
                return 'f';
            case '\n':
                return 'n';
            case '\r':
                return 'r';
            case '\t':
                return 't';
            default:
                return 0;
        }
    }
}
