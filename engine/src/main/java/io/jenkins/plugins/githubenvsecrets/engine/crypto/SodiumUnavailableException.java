package io.jenkins.plugins.githubenvsecrets.engine.crypto;

/**
 * No libsodium could be loaded, so nothing can be sealed. The message names the platform, the source tried and why it
 * failed; what to install or configure is for the caller to add, since only it knows how its users choose a source.
 */
public final class SodiumUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    SodiumUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
