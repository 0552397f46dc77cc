package io.jenkins.plugins.githubenvsecrets.engine.masking;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The forms a value takes when a shell or a build tool prints it, the same forms Jenkins' own credentials masking
 * hides. Each form is given only when the value holds a character it changes, so a plain value adds nothing:
 * <ul>
 * <li>bash {@code set -x}: single-quoted, each {@code '} as {@code '\''}, with and without the outer quotes;</li>
 * <li>ash (busybox) {@code set -x}: each run of {@code '} as {@code '"'...'"'};</li>
 * <li>backslash escapes consumed by a shell ({@code \\} to {@code \}, a lone {@code \} dropped);</li>
 * <li>{@code $} doubled, as make, docker compose and Jenkins' own variable syntax escape it;</li>
 * <li>Windows cmd: carets consumed ({@code ^^} to {@code ^}, a lone {@code ^} dropped), and each of
 * {@code ^ & | < > ( )} escaped with a caret.</li>
 * </ul>
 */
final class ShellForms {
    private static final String CMD_SPECIALS = "^&|<>()";

    private ShellForms() {
    }

    /** Gives each form to {@code sink}, which owns it and may clear it. */
    static void forEach(char[] value, Consumer<char[]> sink) {
        if (contains(value, '\'')) {
            char[] bash = bashQuoted(value);
            char[] bashWord = wrapped(bash, '\'');
            // The sink may clear what it is given, so both are built first.
            sink.accept(bash);
            sink.accept(bashWord);
            sink.accept(ashQuoted(value));
        }
        if (contains(value, '\\')) {
            sink.accept(consumed(value, '\\'));
        }
        if (contains(value, '$')) {
            sink.accept(doubled(value, '$'));
        }
        if (contains(value, '^')) {
            sink.accept(consumed(value, '^'));
        }
        if (containsAny(value, CMD_SPECIALS)) {
            sink.accept(caretEscaped(value));
        }
    }

    /** Each {@code '} closes the quote, adds an escaped quote and reopens: {@code '\''}. */
    static char[] bashQuoted(char[] value) {
        Output out = new Output(value.length * 4);
        for (char c : value) {
            if (c == '\'') {
                out.append("'\\''");
            } else {
                out.append(c);
            }
        }
        return out.done();
    }

    /** Each run of {@code '} closes the quote, is double-quoted and reopens: {@code '"''"'} for two. */
    static char[] ashQuoted(char[] value) {
        Output out = new Output(value.length * 5);
        for (int i = 0; i < value.length; i++) {
            if (value[i] == '\'') {
                out.append("'\"");
                while (i < value.length && value[i] == '\'') {
                    out.append('\'');
                    i++;
                }
                out.append("\"'");
                i--;
            } else {
                out.append(value[i]);
            }
        }
        return out.done();
    }

    /** The value once an escape character has been consumed: a doubled one stays single, a lone one goes. */
    static char[] consumed(char[] value, char escape) {
        Output out = new Output(value.length);
        for (int i = 0; i < value.length; i++) {
            if (value[i] != escape) {
                out.append(value[i]);
            } else if (i + 1 < value.length && value[i + 1] == escape) {
                out.append(escape);
                i++;
            }
        }
        return out.done();
    }

    static char[] doubled(char[] value, char special) {
        Output out = new Output(value.length * 2);
        for (char c : value) {
            out.append(c);
            if (c == special) {
                out.append(c);
            }
        }
        return out.done();
    }

    static char[] caretEscaped(char[] value) {
        Output out = new Output(value.length * 2);
        for (char c : value) {
            if (CMD_SPECIALS.indexOf(c) >= 0) {
                out.append('^');
            }
            out.append(c);
        }
        return out.done();
    }

    private static char[] wrapped(char[] value, char quote) {
        Output out = new Output(value.length + 2);
        out.append(quote);
        for (char c : value) {
            out.append(c);
        }
        out.append(quote);
        return out.done();
    }

    private static boolean contains(char[] value, char c) {
        for (char v : value) {
            if (v == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(char[] value, String chars) {
        for (char v : value) {
            if (chars.indexOf(v) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Builds a form in a buffer sized for the worst case, cleared once the form is copied out. */
    private static final class Output {
        private final char[] buffer;
        private int length;

        Output(int capacity) {
            buffer = new char[capacity];
        }

        void append(char c) {
            buffer[length++] = c;
        }

        void append(String text) {
            for (int i = 0; i < text.length(); i++) {
                append(text.charAt(i));
            }
        }

        char[] done() {
            char[] result = Arrays.copyOf(buffer, length);
            Arrays.fill(buffer, '\0');
            return result;
        }
    }
}
