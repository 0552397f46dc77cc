package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends one API request: adds GitHub's headers, paces writes, and tries again after server errors, connection
 * failures and rate limits within the retry policy. Answers that are final come back as they are; a rate limit
 * that cannot be waited out and a connection that never answers end in an exception. Every wait but the gap
 * between writes is charged to one {@link WaitAllowance} for all requests of the client.
 *
 * <p>Redirects are followed within the API's origin by {@link Redirects}, as part of one attempt.
 *
 * <p>OkHttp itself may repeat a request at once when a pooled connection turns out to be closed; such a repeat
 * happens inside one attempt here and is neither counted nor paced.
 */
final class Transport {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final GitHubApiUrl api;
    private final AccessToken token;
    private final ServerText serverText;
    private final String userAgent;
    private final RetryPolicy policy;
    private final RetryRules rules;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RequestListener listener;
    private final Pacer pacer;
    private final RateBudget budget;
    private final Redirects redirects;
    private final WaitAllowance allowance;

    Transport(GitHubApiUrl api, AccessToken token, ServerText serverText, OkHttpClient http, String userAgent,
            RetryPolicy policy, Clock clock, Sleeper sleeper, RequestListener listener, Pacer pacer) {
        this.api = api;
        this.token = token;
        this.serverText = serverText;
        this.userAgent = userAgent;
        this.policy = policy;
        this.rules = new RetryRules(policy, clock);
        this.clock = clock;
        this.sleeper = sleeper;
        this.listener = listener;
        this.pacer = pacer;
        this.budget = new RateBudget(clock);
        this.redirects = new Redirects(api, http, serverText);
        this.allowance = new WaitAllowance(policy.maxTotalWait());
    }

    /**
     * Sends {@code method} to {@code url} with an optional JSON body; PUT and DELETE are paced.
     *
     * @throws GitHubRateLimitException when a rate limit outlasts the retry policy
     * @throws GitHubConnectionException when no attempt got an answer
     */
    ApiResponse send(String method, HttpUrl url, byte[] jsonBody, RequestContext request)
            throws InterruptedException {
        boolean mutating = !method.equals("GET");
        for (int attempt = 1; ; attempt++) {
            RetryRules.Wait wait;
            spreadOverBudget(request);
            try {
                int current = attempt;
                ApiResponse response = mutating
                        ? pacer.pace(() -> once(method, url, jsonBody, current, request))
                        : once(method, url, jsonBody, current, request);
                budget.observe(response);
                Optional<RetryRules.Wait> advice = rules.afterResponse(response, attempt);
                if (advice.isEmpty()) {
                    return response;
                }
                wait = advice.get();
                if (!mayWait(attempt, wait)) {
                    if (wait.rateLimit()) {
                        Instant now = clock.instant();
                        throw Failures.rateLimited(response, request, now, now.plus(wait.delay()),
                                wait.reason(), attempt < policy.maxAttempts() ? beyondAllowance(wait.delay())
                                        : "no attempt is left");
                    }
                    return response;
                }
            } catch (IOException failure) {
                if (Thread.interrupted()) {
                    InterruptedException interrupted = new InterruptedException("Interrupted during a GitHub request");
                    interrupted.initCause(serverText.scrubbed(failure));
                    throw interrupted;
                }
                wait = rules.afterFailure(failure, attempt);
                if (!mayWait(attempt, wait)) {
                    throw Failures.connection(failure, request, attempt, api, serverText);
                }
            }
            if (wait.rateLimit()) {
                listener.rateLimitWait(request, wait.delay(), wait.reason());
            } else {
                listener.retryScheduled(request, attempt, wait.delay(), wait.reason());
            }
            sleeper.sleep(wait.delay());
        }
    }

    /**
     * When GitHub reports few requests left, waits so the rest last until its reset. Spreading only keeps the budget
     * from running dry: a wait beyond the allowance is skipped while GitHub still grants requests, and only with none
     * left does the request fail at once, unsent, saying when the limit resets.
     */
    private void spreadOverBudget(RequestContext request) throws InterruptedException {
        Optional<RateBudget.Spread> spread = budget.spreadBeforeNextRequest();
        if (spread.isEmpty()) {
            return;
        }
        Duration delay = spread.get().delay();
        if (allowance.take(delay)) {
            listener.rateLimitWait(request, delay, "GitHub reports " + spread.get().left()
                    + " requests left before its rate limit resets; spreading them out");
            sleeper.sleep(delay);
        } else if (spread.get().left() == 0) {
            throw Failures.rateBudgetSpent(request, 0, clock.instant(), spread.get().reset(), beyondAllowance(delay));
        }
    }

    /** Whether another attempt is left and its wait fits into the allowance, which is then charged with it. */
    private boolean mayWait(int attempt, RetryRules.Wait wait) {
        return attempt < policy.maxAttempts() && allowance.take(wait.delay());
    }

    private String beyondAllowance(Duration delay) {
        return "waiting " + delay.toSeconds() + " s would exceed the " + allowance.left().toSeconds()
                + " s left of the " + allowance.total().toSeconds() + " s one sync may wait in all";
    }

    private ApiResponse once(String method, HttpUrl url, byte[] jsonBody, int attempt, RequestContext request)
            throws IOException {
        Request httpRequest = new Request.Builder()
                .url(url)
                .method(method, jsonBody == null ? null : RequestBody.create(jsonBody, JSON))
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", userAgent)
                .header("Authorization", token.bearerHeader())
                .build();
        try (Response response = redirects.execute(httpRequest, request)) {
            // Kept as it came: what of it reaches a message is scrubbed on the way (ApiResponse, Failures).
            String body = BodyReader.read(response, request, serverText);
            return new ApiResponse(response.code(), response.headers(), body, attempt, serverText);
        }
    }
}
