package io.jenkins.plugins.githubenvsecrets.engine.state;

/**
 * The record of earlier syncs exists but could not be read (an I/O error that may pass), so nothing may be decided on
 * it under the store's lock. The message names the file, never a value.
 */
public final class RecordUnreadableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RecordUnreadableException(String message) {
        super(message);
    }
}
