package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;

/** Wording the sync's parts share. */
final class Texts {
    private Texts() {
    }

    /** A fault GitHub did not report, in words: what was being done, and the exception, its message scrubbed. */
    static String unexpected(String doing, RuntimeException e, SecretMask mask) {
        return "unexpected error while " + doing + ": " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + shorten(mask.scrub(e.getMessage())));
    }

    static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
