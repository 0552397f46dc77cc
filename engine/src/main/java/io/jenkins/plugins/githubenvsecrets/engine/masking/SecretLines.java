package io.jenkins.plugins.githubenvsecrets.engine.masking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a value into its non-blank lines, each trimmed of surrounding whitespace (so of {@code \r} too): a tool may
 * print a multi-line secret one line at a time, or re-indented, so every line is masked on its own.
 */
final class SecretLines {
    private SecretLines() {
    }

    static List<char[]> split(char[] value) {
        List<char[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= value.length; i++) {
            if (i == value.length || value[i] == '\n' || value[i] == '\r') {
                addTrimmed(value, start, i, lines);
                start = i + 1;
            }
        }
        return lines;
    }

    static boolean isBlank(char[] value) {
        for (char c : value) {
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static void addTrimmed(char[] value, int from, int to, List<char[]> lines) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(value[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(value[end - 1])) {
            end--;
        }
        if (start < end) {
            lines.add(Arrays.copyOfRange(value, start, end));
        }
    }
}
