package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import java.util.Objects;

/**
 * The one way text a server sent (a body, an error's message, a redirect's target, an I/O error a library built from
 * the answer) enters a message: scrubbed with the sync's mask, whatever its content type, then made one short line.
 * A server may echo the token or a value in any encoding; see {@link SecretMask#scrub(String)}.
 *
 * <p>The mask covers the client's token always, and the sync's values once the sync hands them over; it is replaced
 * as a whole, never changed.
 */
final class ServerText {
    private static final int MAX_LENGTH = 300;

    private volatile SecretMask mask;

    ServerText(SecretMask mask) {
        this.mask = Objects.requireNonNull(mask, "mask");
    }

    SecretMask mask() {
        return mask;
    }

    void mask(SecretMask newMask) {
        this.mask = Objects.requireNonNull(newMask, "newMask");
    }

    /**
     * One line of at most a few hundred characters, for a message. Scrubbed before and after white space is joined
     * (joining could make a value with white space whole), and only then shortened, so no cut hides a secret's end.
     */
    String shown(String text) {
        SecretMask current = mask;
        String line = oneLine(current.scrub(oneLine(current.scrub(text))));
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH) + "...";
    }

    /** A copy of {@code failure} whose messages are scrubbed, to be the cause of an exception of ours. */
    Throwable scrubbed(Throwable failure) {
        return mask.scrub(failure);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
    }
}
