package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * One request as the fake received it, and how it answered.
 *
 * <p>{@link #toString()} shows the method, path and status only: headers carry the token and bodies carry sealed
 * values, so neither belongs in a test's failure message.
 */
public final class FakeRequest {
    private static final Set<String> MUTATING_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final String method;
    private final HttpUrl url;
    private final Headers headers;
    private final byte[] body;
    private final int status;
    private final boolean connectionDropped;

    private FakeRequest(String method, HttpUrl url, Headers headers, byte[] body, int status,
            boolean connectionDropped) {
        this.method = method;
        this.url = url;
        this.headers = headers;
        this.body = body;
        this.status = status;
        this.connectionDropped = connectionDropped;
    }

    /** A request that has not been answered yet: {@link #status()} is 0. */
    static FakeRequest received(RecordedRequest recorded) {
        var body = recorded.getBody();
        return new FakeRequest(recorded.getMethod(), recorded.getUrl(), recorded.getHeaders(),
                body == null ? new byte[0] : body.toByteArray(), 0, false);
    }

    FakeRequest answered(int answeredStatus, boolean dropped) {
        return new FakeRequest(method, url, headers, body, answeredStatus, dropped);
    }

    public String method() {
        return method;
    }

    /** The path as sent, still percent-encoded (an environment {@code a/b} shows as {@code a%2Fb}). */
    public String path() {
        return url.encodedPath();
    }

    /** The path's segments, each percent-decoded on its own, as GitHub reads them. */
    public List<String> pathSegments() {
        return url.pathSegments();
    }

    HttpUrl url() {
        return url;
    }

    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(url.queryParameter(name));
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** All headers, names in lower case. */
    public Map<String, List<String>> headers() {
        return headers.toMultimap();
    }

    public byte[] body() {
        return body.clone();
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    public String bodyUtf8() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The status the fake answered; 0 while the request is still being matched against faults. */
    public int status() {
        return status;
    }

    /** Whether the fake dropped the connection instead of (or after) answering, so the client saw an I/O error. */
    public boolean connectionDropped() {
        return connectionDropped;
    }

    /** PUT, DELETE, POST and PATCH: the requests GitHub's secondary rate limits count as content-changing. */
    public boolean isMutating() {
        return MUTATING_METHODS.contains(method);
    }

    @Override
    public String toString() {
        return method + " " + url.encodedPath() + " -> " + (connectionDropped ? "dropped" : status);
    }
}
