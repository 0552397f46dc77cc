package io.jenkins.plugins.githubenvsecrets.engine.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** Reads GitHub's JSON answers and writes request bodies; one shared, thread-safe mapper. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_TEXT = 300;

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The parsed body, or a missing node when it is not JSON. */
    static JsonNode tryParse(String body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    /**
     * The body with JSON escapes such as {@code \u0067} resolved, so that a search for a text (the token, to remove
     * it) finds it however the server escaped it; a body that is not JSON comes back as it is.
     */
    static String unescaped(String body) {
        JsonNode node = tryParse(body);
        return node.isMissingNode() ? body : node.toString();
    }

    /** One line of at most a few hundred characters, for a message. */
    static String shorten(String text) {
        String line = text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT) + "...";
    }
}
