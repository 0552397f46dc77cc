package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads an answer's body up to a bound, so that a server sending without end cannot fill the memory. GitHub's
 * answers here are small: a key, an error, or a page of at most 100 secrets' names and times (about 10 KB).
 */
final class BodyReader {
    /** 1 MiB: a hundred times the largest page GitHub sends to this client. */
    static final long MAX_BYTES = 1024 * 1024;

    private BodyReader() {}

    /**
     * The body as UTF-8 text, whatever charset it declares; never holds more than {@link #MAX_BYTES} and one byte in
     * memory. GitHub's JSON is UTF-8, as RFC 8259 requires; a declared charset is the server's choice, and read by it
     * the token's bytes could turn into characters no scrubbing knows (ASCII read as UTF-16 is CJK), to be turned
     * back by a reader of the message.
     *
     * @throws GitHubApiException when the body is larger than the bound
     */
    static String read(Response response, RequestContext request, ServerText text) throws IOException {
        ResponseBody body = response.body();
        if (body.contentLength() > MAX_BYTES) {
            throw Failures.bodyTooLarge(response, request, MAX_BYTES, text);
        }
        BufferedSource source = body.source();
        if (source.request(MAX_BYTES + 1)) {
            throw Failures.bodyTooLarge(response, request, MAX_BYTES, text);
        }
        return source.readString(StandardCharsets.UTF_8);
    }
}
