package io.jenkins.plugins.githubenvsecrets.engine.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A final answer to a request, read as GitHub documents it; anything else ends in an exception naming the request.
 *
 * @param tokenSource how the token is named in a refusal, such as {@code credential 'github-token'}; null when the
 *     client was not told
 */
record Answer(ApiResponse response, RequestContext request, String tokenSource) {
    /** This answer if its status is one of {@code expected}, else the exception that explains it. */
    Answer expect(int... expected) {
        for (int status : expected) {
            if (response.status() == status) {
                return this;
            }
        }
        throw Failures.fromResponse(response, request, tokenSource);
    }

    int status() {
        return response.status();
    }

    JsonNode json() {
        JsonNode json = Json.tryParse(response.body());
        if (!json.isObject()) {
            throw malformed("is not a JSON object");
        }
        return json;
    }

    String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() && !value.isNumber()) {
            throw malformed("has no '" + field + "'");
        }
        return value.asText();
    }

    long number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.canConvertToLong()) {
            throw malformed("has no number '" + field + "'");
        }
        return value.asLong();
    }

    Instant instant(JsonNode node, String field) {
        try {
            return OffsetDateTime.parse(text(node, field)).toInstant();
        } catch (DateTimeParseException e) {
            throw malformed("has no ISO 8601 time in '" + field + "'");
        }
    }

    GitHubApiException malformed(String what) {
        return Failures.unexpectedBody(response, request, what);
    }
}
