package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Follows redirects by hand, so that a request never leaves the API URL's origin: the token, the values sealed for
 * an environment and the key they are sealed with all come from and go to that one server. OkHttp's own following
 * is off; this is the only place a redirect is followed.
 *
 * <ul>
 *   <li>Another scheme, host or port: refused before anything is sent there.</li>
 *   <li>307 and 308 repeat the request as it was, method and body included (GitHub answers a write to a renamed
 *       repository with 307).</li>
 *   <li>301, 302 and 303 are followed for a GET. For a write they would mean a GET instead, which would neither write
 *       nor say so; such a write fails.</li>
 *   <li>At most {@link #MAX_HOPS} redirects, and none back to a URL already asked.</li>
 * </ul>
 * A redirect without a usable {@code Location} is returned as the answer, which the caller then does not expect.
 */
final class Redirects {
    static final int MAX_HOPS = 5;

    private final GitHubApiUrl api;
    private final OkHttpClient http;

    /** @param http a client that follows no redirects itself */
    Redirects(GitHubApiUrl api, OkHttpClient http) {
        this.api = api;
        this.http = http;
    }

    /**
     * Sends {@code first} and follows its redirects within the API's origin; the caller closes the answer.
     *
     * @throws GitHubRedirectException for a redirect that is not followed
     */
    Response execute(Request first, RequestContext context) throws IOException {
        Set<HttpUrl> asked = new HashSet<>();
        asked.add(first.url());
        Request current = first;
        for (int hops = 0; ; hops++) {
            Response response = http.newCall(current).execute();
            HttpUrl target = target(response);
            if (target == null) {
                return response;
            }
            int status = response.code();
            response.close();
            if (!api.sameOrigin(target)) {
                throw Failures.redirectedElsewhere(context, status, first.url(), target);
            }
            if (!current.method().equals("GET") && status != 307 && status != 308) {
                throw Failures.redirectedWrite(context, status, first.url());
            }
            if (hops == MAX_HOPS || !asked.add(target)) {
                throw Failures.redirectLoop(context, status, first.url(), MAX_HOPS);
            }
            // Same origin: the headers, the token among them, may go along.
            current = current.newBuilder().url(target).build();
        }
    }

    /** Where a redirect points, without user info or fragment; null if {@code response} is no redirect to follow. */
    private static HttpUrl target(Response response) {
        int status = response.code();
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            return null;
        }
        String location = response.header("Location");
        HttpUrl target = location == null ? null : response.request().url().resolve(location);
        return target == null ? null
                : target.newBuilder().username("").password("").fragment(null).build();
    }
}
