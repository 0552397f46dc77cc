package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Instant;
import okhttp3.HttpUrl;

/** What the endpoint classes need of their client: its API, one exchange with GitHub, and GitHub's time of a write. */
interface Exchange {
    GitHubApiUrl api();

    /** Sends one request (retried and paced as the client's are) and returns GitHub's final answer. */
    Answer send(RequestContext request, HttpUrl url, byte[] jsonBody) throws InterruptedException;

    /**
     * As {@link #send(RequestContext, HttpUrl, byte[])}, with {@code sent} hidden from the answer: a value the body
     * carries in plain text (a variable's), which the answer must not bring back into a message.
     */
    Answer send(RequestContext request, HttpUrl url, byte[] jsonBody, String sent) throws InterruptedException;

    /** When GitHub stored a write, by the {@code Date} of its answer or our clock corrected by GitHub's offset. */
    Instant storedAt(Answer answer);
}
