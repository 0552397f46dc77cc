package io.jenkins.plugins.githubenvsecrets.engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Request bodies checked against GitHub's schemas, field by field, with GitHub's answers: 400 for a body that is not
 * JSON, 422 "Invalid request." naming the field for one that breaks the schema. Each breach is also a protocol
 * violation, named by {@code what} (the body) and the field, never by a value.
 */
final class JsonBody {
    private JsonBody() {
    }

    /** The body as one JSON object. */
    static JsonNode object(byte[] body, String what, String documentation) throws RejectedRequest {
        JsonNode json;
        try {
            json = Json.parse(body);
        } catch (IOException e) {
            throw RejectedRequest.violation(Reply.error(400, "Problems parsing JSON", documentation),
                    what + " is not JSON");
        }
        if (json == null || !json.isObject()) {
            throw RejectedRequest.schemaViolation(what + " is not a JSON object", "Body must be a JSON object.",
                    documentation);
        }
        return json;
    }

    static void onlyProperties(JsonNode json, Set<String> allowed, String what, String documentation)
            throws RejectedRequest {
        for (var property : json.properties()) {
            if (!allowed.contains(property.getKey())) {
                throw RejectedRequest.schemaViolation(what + " has property '" + property.getKey()
                        + "' that the schema does not define", "\"" + property.getKey() + "\" is not a permitted key.",
                        documentation);
            }
        }
    }

    static Optional<String> string(JsonNode json, String field, boolean required, String what, String documentation)
            throws RejectedRequest {
        if (!json.has(field)) {
            if (required) {
                throw RejectedRequest.schemaViolation(what + " lacks " + field, "\"" + field + "\" wasn't supplied.",
                        documentation);
            }
            return Optional.empty();
        }
        if (!json.get(field).isTextual()) {
            throw RejectedRequest.schemaViolation(what + "'s " + field + " is not a string",
                    "For 'properties/" + field + "', the value is not a string.", documentation);
        }
        return Optional.of(json.get(field).textValue());
    }

    /** {@code visibility}: one of {@code all}, {@code private}, {@code selected}. */
    static Optional<Visibility> visibility(JsonNode json, boolean required, String what, String documentation)
            throws RejectedRequest {
        var text = string(json, "visibility", required, what, documentation);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var visibility = Visibility.fromApiValue(text.get());
        if (visibility.isEmpty()) {
            throw RejectedRequest.schemaViolation(what + "'s visibility is not all, private or selected",
                    "For 'properties/visibility', \"" + text.get() + "\" is not one of [\"all\", \"private\","
                            + " \"selected\"].", documentation);
        }
        return visibility;
    }

    /** {@code selected_repository_ids}: an array of integers (GitHub refuses ids as strings, whatever its schema says). */
    static Optional<List<Long>> repositoryIds(JsonNode json, boolean required, String what, String documentation)
            throws RejectedRequest {
        var field = "selected_repository_ids";
        if (!json.has(field)) {
            if (required) {
                throw RejectedRequest.schemaViolation(what + " lacks " + field, "\"" + field + "\" wasn't supplied.",
                        documentation);
            }
            return Optional.empty();
        }
        if (!json.get(field).isArray()) {
            throw RejectedRequest.schemaViolation(what + "'s " + field + " is not an array",
                    "For 'properties/" + field + "', the value is not an array.", documentation);
        }
        var ids = new ArrayList<Long>();
        for (var item : json.get(field)) {
            if (!item.isIntegralNumber() || !item.canConvertToLong()) {
                throw RejectedRequest.schemaViolation(what + "'s " + field + " holds an item that is not an integer",
                        "For 'items', " + item + " is not an integer.", documentation);
            }
            ids.add(item.longValue());
        }
        return Optional.of(ids);
    }

    /** GitHub takes selected repositories only with visibility {@code selected}. */
    static void idsOnlyWhenSelected(Optional<Visibility> visibility, Optional<List<Long>> ids, String what,
            String documentation) throws RejectedRequest {
        if (ids.isPresent() && visibility.isPresent() && visibility.get() != Visibility.SELECTED) {
            throw RejectedRequest.violation(Reply.error(422, "Invalid request.\n\nYou can only provide a list of"
                    + " repository ids when the visibility is set to selected.", documentation),
                    what + " has selected_repository_ids with visibility " + visibility.get().apiValue());
        }
    }
}
