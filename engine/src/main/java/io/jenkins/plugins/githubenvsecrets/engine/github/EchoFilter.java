package io.jenkins.plugins.githubenvsecrets.engine.github;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Removes from an answer what the request sent in plain text, so that a server echoing it (in its own words or in
 * JSON escapes) cannot bring it into a message. Variables are the one value sent unsealed; they are not secret, but
 * this client reports outcomes only, never values.
 */
final class EchoFilter {
    /** Shorter values would only garble GitHub's words, and tell nothing. */
    static final int MIN_LENGTH = 4;
    static final String HIDDEN = "****";

    private EchoFilter() {}

    /** {@code response} with every plain and JSON-escaped occurrence of {@code sent} replaced. */
    static ApiResponse hide(ApiResponse response, String sent) {
        if (sent == null || sent.length() < MIN_LENGTH || response.body().isEmpty()) {
            return response;
        }
        String quoted = new TextNode(sent).toString();
        String escaped = quoted.substring(1, quoted.length() - 1);
        String body = response.body().replace(escaped, HIDDEN).replace(sent, HIDDEN);
        return new ApiResponse(response.status(), response.headers(), body, response.attempt());
    }
}
