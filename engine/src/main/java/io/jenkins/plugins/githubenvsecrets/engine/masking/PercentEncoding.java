package io.jenkins.plugins.githubenvsecrets.engine.masking;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The forms a value takes in a URL: RFC 3986 percent-encoding with either hex case, and HTML form encoding (space as
 * {@code +}, as {@code java.net.URLEncoder} writes it).
 */
final class PercentEncoding {
    private static final byte[] LOWER_HEX = {
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    private static final byte[] UPPER_HEX = {
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};

    private PercentEncoding() {
    }

    static void forEach(byte[] value, Consumer<byte[]> sink) {
        sink.accept(encode(value, UPPER_HEX, false));
        sink.accept(encode(value, LOWER_HEX, false));
        sink.accept(encode(value, UPPER_HEX, true));
    }

    static byte[] encode(byte[] value, byte[] hex, boolean form) {
        byte[] buffer = new byte[value.length * 3];
        int o = 0;
        for (byte b : value) {
            if (isAlphaNumeric(b) || b == '-' || b == '.' || b == '_' || (form ? b == '*' : b == '~')) {
                buffer[o++] = b;
            } else if (form && b == ' ') {
                buffer[o++] = '+';
            } else {
                buffer[o++] = '%';
                buffer[o++] = hex[b >> 4 & 0xF];
                buffer[o++] = hex[b & 0xF];
            }
        }
        byte[] encoded = Arrays.copyOf(buffer, o);
        Arrays.fill(buffer, (byte) 0);
        return encoded;
    }

    private static boolean isAlphaNumeric(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9';
    }
}
