package io.jenkins.plugins.githubenvsecrets.engine.masking;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The forms a value takes inside a JSON string as common serializers write it: the mandatory escapes with either hex
 * case, {@code \/} for slashes, {@code \}{@code uXXXX} for every non-ASCII character, and the HTML-safe escapes of Go
 * and Gson.
 */
final class JsonEscaping {
    private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

    /** How one family of serializers escapes a string. */
    enum Style {
        /** Mandatory escapes only: JavaScript's JSON.stringify, Python with {@code ensure_ascii=False}. */
        MINIMAL(false, false, false, ""),
        /** Jackson: uppercase hex. */
        MINIMAL_UPPER(true, false, false, ""),
        /** Slashes escaped too, as PHP's {@code JSON_UNESCAPED_UNICODE} and several Java libraries write them. */
        SLASH(false, true, false, ""),
        /** Python's default {@code ensure_ascii}. */
        ASCII(false, false, true, ""),
        /** Jackson's {@code ESCAPE_NON_ASCII}. */
        ASCII_UPPER(true, false, true, ""),
        /** PHP's {@code json_encode} default: slashes and every non-ASCII character. */
        PHP(false, true, true, ""),
        /** Go's {@code encoding/json}: HTML-safe {@code < > &}, and the JavaScript line separators. */
        GO(false, false, false, "<>&\u2028\u2029"),
        /** Gson's default: Go's set and {@code = '}. */
        GSON(false, false, false, "<>&='\u2028\u2029");

        private final boolean upperHex;
        private final boolean escapeSlash;
        private final boolean asciiOnly;
        private final String unicodeEscaped;

        Style(boolean upperHex, boolean escapeSlash, boolean asciiOnly, String unicodeEscaped) {
            this.upperHex = upperHex;
            this.escapeSlash = escapeSlash;
            this.asciiOnly = asciiOnly;
            this.unicodeEscaped = unicodeEscaped;
        }
    }

    private JsonEscaping() {
    }

    static void forEach(char[] value, Consumer<char[]> sink) {
        for (Style style : Style.values()) {
            sink.accept(escape(value, style));
        }
    }

    static char[] escape(char[] value, Style style) {
        char[] hex = style.upperHex ? UPPER_HEX : LOWER_HEX;
        char[] buffer = new char[value.length * 6];
        int o = 0;
        for (char c : value) {
            char shortEscape = shortEscape(c, style.escapeSlash);
            if (shortEscape != 0) {
                buffer[o++] = '\\';
                buffer[o++] = shortEscape;
            } else if (c < 0x20 || style.asciiOnly && c > 0x7E || style.unicodeEscaped.indexOf(c) >= 0) {
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
