package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;

/**
 * Removes from an answer what the request sent in plain text, so that a server echoing it (in its own words, in JSON
 * escapes or in any other form the mask knows) cannot bring it into a message. Variables are the one value sent
 * unsealed; they are not secret, but this client reports outcomes only, never values.
 */
final class EchoFilter {
    /** Shorter values would only garble GitHub's words, and tell nothing. */
    static final int MIN_LENGTH = 4;

    private EchoFilter() {}

    /** {@code response} with {@code sent} scrubbed from its body as {@link SecretMask#scrub(String)} does. */
    static ApiResponse hide(ApiResponse response, String sent) {
        if (sent == null || sent.length() < MIN_LENGTH || response.body().isEmpty()) {
            return response;
        }
        SecretMask mask = SecretMask.builder().add("value sent", sent.toCharArray()).build();
        return new ApiResponse(response.status(), response.headers(), mask.scrub(response.body()),
                response.attempt(), response.serverText());
    }
}
