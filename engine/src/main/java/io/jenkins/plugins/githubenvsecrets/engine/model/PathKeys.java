package io.jenkins.plugins.githubenvsecrets.engine.model;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Route segments as one unambiguous text: lower case, percent-encoded, joined by {@code /}. */
final class PathKeys {
    private PathKeys() {
    }

    static String join(List<String> segments) {
        return segments.stream().map(PathKeys::encode).collect(Collectors.joining("/"));
    }

    /** Every byte but RFC 3986's unreserved characters is encoded, so no name can forge a {@code /} or a space. */
    private static String encode(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : segment.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
