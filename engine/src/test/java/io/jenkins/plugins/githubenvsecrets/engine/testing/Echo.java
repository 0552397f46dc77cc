package io.jenkins.plugins.githubenvsecrets.engine.testing;

/**
 * What a request carried, for a fault that echoes it back as a misbehaving server would. {@link #toString()} shows
 * none of it.
 *
 * @param authorization the {@code Authorization} header as sent, such as {@code Bearer ghp_...}; empty without one
 * @param token the token alone, without its scheme; empty without one
 * @param value for a secret {@code PUT}, the value as the environment's private key opened it (UTF-8); else empty
 * @param path the request's path, percent-encoded as sent
 */
public record Echo(String authorization, String token, String value, String path) {
    @Override
    public String toString() {
        return "Echo[" + path + "]";
    }
}
