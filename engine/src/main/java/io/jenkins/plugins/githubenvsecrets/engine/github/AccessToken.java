package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import java.util.Arrays;
import java.util.Objects;

/**
 * A GitHub token (personal access token or GitHub App installation token). It shows itself as {@code ****}, takes
 * part in no message, and is turned into a string only to build the {@code Authorization} header; a mask that hides it
 * in whatever a server sends back gets its characters.
 */
public final class AccessToken {
    /** How the token is named in a mask's list of values too short to mask. */
    static final String LABEL = "GitHub token";

    private final char[] value;
    private boolean destroyed;

    private AccessToken(char[] value) {
        this.value = value;
    }

    /**
     * Copies {@code value}; the caller may clear its array afterwards.
     *
     * @throws IllegalArgumentException if the token is empty or holds characters an HTTP header cannot carry (the
     *     message never shows the token)
     */
    public static AccessToken of(char[] value) {
        Objects.requireNonNull(value, "value");
        if (value.length == 0) {
            throw new IllegalArgumentException("The GitHub token is empty");
        }
        for (int i = 0; i < value.length; i++) {
            if (value[i] <= ' ' || value[i] >= 0x7f) {
                throw new IllegalArgumentException("The GitHub token contains white space or a character that is not"
                        + " printable ASCII at position " + (i + 1) + "; check the credential");
            }
        }
        return new AccessToken(value.clone());
    }

    /** Another token with the same characters, cleared independently of this one. */
    synchronized AccessToken copy() {
        return new AccessToken(chars().clone());
    }

    /** The {@code Authorization} header value; builds the only string that ever holds the token. */
    synchronized String bearerHeader() {
        return "Bearer " + new String(chars());
    }

    /** Adds the token to {@code mask}, so that the mask hides it wherever a server echoes it. */
    synchronized SecretMask.Builder addTo(SecretMask.Builder mask) {
        return mask.add(LABEL, chars());
    }

    /** Whether {@code mask} hides this token. */
    synchronized boolean coveredBy(SecretMask mask) {
        return mask.covers(chars());
    }

    /** Clears the characters; the token cannot be used afterwards. */
    public synchronized void destroy() {
        Arrays.fill(value, '\0');
        destroyed = true;
    }

    public synchronized boolean isDestroyed() {
        return destroyed;
    }

    private char[] chars() {
        if (destroyed) {
            throw new IllegalStateException("The GitHub token was destroyed; it cannot be used any more");
        }
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }
}
