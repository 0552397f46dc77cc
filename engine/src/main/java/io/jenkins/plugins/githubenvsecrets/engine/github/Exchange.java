package io.jenkins.plugins.githubenvsecrets.engine.github;

import okhttp3.HttpUrl;

/** What the endpoint classes need of their client: its API, one exchange with GitHub, and its receipt of a write. */
interface Exchange {
    GitHubApiUrl api();

    /** Sends one request (retried and paced as the client's are) and returns GitHub's final answer. */
    Answer send(RequestContext request, HttpUrl url, byte[] jsonBody) throws InterruptedException;

    /**
     * As {@link #send(RequestContext, HttpUrl, byte[])}, with {@code sent} hidden from the answer: a value the body
     * carries in plain text (a variable's), which the answer must not bring back into a message.
     */
    Answer send(RequestContext request, HttpUrl url, byte[] jsonBody, String sent) throws InterruptedException;

    /**
     * GitHub's answer to a write, timed by the {@code Date} of the answer when it is sane, else by our clock corrected
     * by GitHub's offset (see {@link GitHubClock}).
     */
    WriteReceipt receipt(WriteOutcome outcome, Answer answer);
}
