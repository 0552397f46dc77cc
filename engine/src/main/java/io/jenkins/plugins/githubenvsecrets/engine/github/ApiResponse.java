package io.jenkins.plugins.githubenvsecrets.engine.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.Headers;

/**
 * GitHub's answer to one attempt, read in full. The body is kept as it came, for the data it carries; any text of it
 * that goes into a message is taken through {@link #gitHubMessage()} or {@link #errors()}, which scrub it.
 *
 * @param attempt which attempt this answer came from, from 1
 * @param serverText how the server's text is made fit for a message
 */
record ApiResponse(int status, Headers headers, String body, int attempt, ServerText serverText) {
    private static final int MAX_ERRORS = 10;

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name)).map(String::strip);
    }

    /** The {@code message} of GitHub's error body, or the start of a body that is not GitHub's JSON; scrubbed. */
    Optional<String> gitHubMessage() {
        JsonNode message = Json.tryParse(body).path("message");
        String text = serverText.shown(message.isTextual() ? message.asText() : body);
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** GitHub's validation errors, by their describing fields only (an error may echo a value), each scrubbed. */
    List<String> errors() {
        List<String> errors = new ArrayList<>();
        for (JsonNode error : Json.tryParse(body).path("errors")) {
            String text = error.isTextual() ? error.asText()
                    : error.path("message").isTextual() ? error.path("message").asText()
                    : String.join(" ", error.path("resource").asText(""), error.path("field").asText(""),
                            error.path("code").asText("")).strip();
            if (!text.isEmpty() && errors.size() < MAX_ERRORS) {
                errors.add(serverText.shown(text));
            }
        }
        return errors;
    }

    /** Status and attempt only: the body and headers are the server's, and may echo anything. */
    @Override
    public String toString() {
        return "ApiResponse[status=" + status + ", attempt=" + attempt + "]";
    }
}
