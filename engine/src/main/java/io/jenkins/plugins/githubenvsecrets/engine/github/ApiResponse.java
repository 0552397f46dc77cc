package io.jenkins.plugins.githubenvsecrets.engine.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import okhttp3.Headers;

/**
 * GitHub's answer to one attempt, read in full. The body has already had any echo of the token removed.
 *
 * @param attempt which attempt this answer came from, from 1
 */
record ApiResponse(int status, Headers headers, String body, int attempt) {
    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name)).map(String::strip);
    }

    /** The {@code message} of GitHub's error body, or the start of a body that is not GitHub's JSON. */
    Optional<String> gitHubMessage() {
        JsonNode message = Json.tryParse(body).path("message");
        String text = message.isTextual() ? message.asText() : body;
        return text.isBlank() ? Optional.empty() : Optional.of(Json.shorten(text));
    }
}
