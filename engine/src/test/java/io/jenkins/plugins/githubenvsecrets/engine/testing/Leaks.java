package io.jenkins.plugins.githubenvsecrets.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * Looks for every test secret (token and values) in every form of {@link Encodings#forms} where none may be: reports,
 * reasons, log lines, exception messages and their causes.
 */
public final class Leaks {
    private Leaks() {
    }

    /** Neither {@code text} nor any encoded form in it shows one of {@code secrets}. */
    public static void assertNoSecretIn(String text, String... secrets) {
        for (String secret : secrets) {
            for (String form : Encodings.forms(secret)) {
                assertThat(text).as("a form of a test secret").doesNotContain(form);
            }
        }
    }

    /** The exception, its causes and suppressed exceptions show none of {@code secrets}, in messages or toString. */
    public static void assertNoSecretIn(Throwable failure, String... secrets) {
        assertNoSecretIn(String.join("\n", texts(failure, new ArrayList<>())), secrets);
    }

    private static List<String> texts(Throwable failure, List<String> texts) {
        for (Throwable t = failure; t != null && texts.size() < 100; t = t.getCause()) {
            texts.add(String.valueOf(t.getMessage()));
            texts.add(t.toString());
            for (Throwable suppressed : t.getSuppressed()) {
                texts(suppressed, texts);
            }
        }
        return texts;
    }
}
