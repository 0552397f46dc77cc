package io.jenkins.plugins.githubenvsecrets.engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/** One answer of the fake, before it becomes a {@link MockResponse}. Immutable. */
final class Reply {
    static final String API_VERSION = "2022-11-28";
    static final String REST_DOCS = "https://docs.github.com/rest";

    private final int status;
    private final Map<String, String> headers;
    private final String body;
    private final boolean dropConnection;
    /** The status line's reason phrase; null for MockWebServer's own. */
    private final String reason;

    private Reply(int status, Map<String, String> headers, String body, boolean dropConnection, String reason) {
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body;
        this.dropConnection = dropConnection;
        this.reason = reason;
    }

    static Reply json(int status, JsonNode body) {
        return new Reply(status, Map.of("Content-Type", "application/json; charset=utf-8"), Json.write(body), false, null);
    }

    static Reply noContent() {
        return new Reply(204, Map.of(), null, false, null);
    }

    /** GitHub's basic-error body: {@code message}, {@code documentation_url} and {@code status} (a string). */
    static Reply error(int status, String message, String documentationUrl) {
        var body = Json.object()
                .put("message", message)
                .put("documentation_url", documentationUrl)
                .put("status", String.valueOf(status));
        return json(status, body);
    }

    static Reply notFound(String documentationUrl) {
        return error(404, "Not Found", documentationUrl);
    }

    /** Exactly what a test asked for: its own status, headers and body. */
    static Reply raw(int status, Map<String, String> headers, String body) {
        return new Reply(status, headers, body, false, null);
    }

    /** The same answer with {@code name} set to {@code value}, replacing it in any case. */
    Reply withHeader(String name, String value) {
        var more = new LinkedHashMap<>(headers);
        more.keySet().removeIf(name::equalsIgnoreCase);
        more.put(name, value);
        return new Reply(status, more, body, dropConnection, reason);
    }

    /** The same answer with {@code name} set, unless the answer already sets it (in any case). */
    Reply withDefaultHeader(String name, String value) {
        return headers.keySet().stream().anyMatch(name::equalsIgnoreCase) ? this : withHeader(name, value);
    }

    /** The same answer, but the connection closes as the response starts, so the client sees an I/O error. */
    Reply droppingConnection() {
        return new Reply(status, headers, body, true, reason);
    }

    /** The same answer with this reason phrase in its status line, as {@code HTTP/1.1 502 <reason>}. */
    Reply withReason(String phrase) {
        return new Reply(status, headers, body, dropConnection, phrase);
    }

    int status() {
        return status;
    }

    boolean dropsConnection() {
        return dropConnection;
    }

    MockResponse toMockResponse(String requestId) {
        var builder = new MockResponse.Builder()
                .code(status)
                .setHeader("X-GitHub-Api-Version-Selected", API_VERSION)
                .setHeader("X-GitHub-Request-Id", requestId);
        if (reason != null) {
            builder.status("HTTP/1.1 " + status + " " + reason);
        }
        headers.forEach(builder::setHeader);
        if (body != null) {
            builder.body(body);
        }
        if (dropConnection) {
            // On HTTP/1 this closes the socket before any byte of the response is written.
            builder.onResponseStart(SocketEffect.ShutdownConnection.INSTANCE);
        }
        return builder.build();
    }
}
