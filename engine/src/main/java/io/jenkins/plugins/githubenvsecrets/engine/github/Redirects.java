package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Follows redirects by hand, so that a request never leaves the API URL's origin and always addresses what it was
 * meant for: the token, the values sealed for an environment and the key they are sealed with all come from and go to
 * that one server, and a value goes to the secret it was sealed for. OkHttp's own following is off; this is the only
 * place a redirect is followed.
 *
 * <ul>
 *   <li>Another scheme, host or port: refused before anything is sent there.</li>
 *   <li>A path that names another environment, secret, variable or endpoint: refused. Only the owner part may
 *       change, {@code /repos/{owner}/{repo}} to {@code /repositories/{id}} or to another owner and name (and
 *       {@code /orgs/{org}} to {@code /organizations/{id}} or another name), as GitHub moves a renamed or transferred
 *       repository; what follows it must name the same environment and secret (compared ignoring case, as GitHub
 *       does). A path under neither may only be redirected to itself.</li>
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
    private static final Pattern NUMERIC_ID = Pattern.compile("[1-9][0-9]{0,18}");

    private final GitHubApiUrl api;
    private final OkHttpClient http;
    private final ServerText serverText;

    /** @param http a client that follows no redirects itself */
    Redirects(GitHubApiUrl api, OkHttpClient http, ServerText serverText) {
        this.api = api;
        this.http = http;
        this.serverText = serverText;
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
                throw Failures.redirectedElsewhere(context, status, first.url(), target, serverText);
            }
            if (!sameTarget(first.url(), target)) {
                throw Failures.redirectedToAnotherTarget(context, status, first.url(), target, serverText);
            }
            if (!current.method().equals("GET") && status != 307 && status != 308) {
                throw Failures.redirectedWrite(context, status, first.url(), serverText);
            }
            if (hops == MAX_HOPS || !asked.add(target)) {
                throw Failures.redirectLoop(context, status, first.url(), MAX_HOPS, serverText);
            }
            // Same origin: the headers, the token among them, may go along.
            current = current.newBuilder().url(target).build();
        }
    }

    /**
     * Whether {@code target} names what {@code asked} names, but for its owner: the same path below
     * {@code repos/{owner}/{repo}}, {@code repositories/{id}}, {@code orgs/{org}} or {@code organizations/{id}} of this
     * API; or, for a path under none of them, the same path.
     */
    private boolean sameTarget(HttpUrl asked, HttpUrl target) {
        List<String> wanted = belowOwner(asked);
        List<String> offered = belowOwner(target);
        if (wanted == null) {
            return asked.encodedPath().equals(target.encodedPath());
        }
        if (offered == null || wanted.size() != offered.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (!wanted.get(i).equalsIgnoreCase(offered.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the URL names below its owner: whether the owner is a repository or an organization, then the decoded path
     * segments after it; null for a URL that names no owner under this API.
     */
    private List<String> belowOwner(HttpUrl url) {
        if (!api.contains(url)) {
            return null;
        }
        // The API's base ends in '/', so its last segment is empty and the URL's own path starts there.
        List<String> segments = url.pathSegments();
        List<String> path = segments.subList(api.httpUrl().pathSegments().size() - 1, segments.size());
        String first = path.isEmpty() ? "" : path.get(0);
        int ownerLength;
        if (first.equals("repos") && path.size() >= 3 && !path.get(1).isEmpty() && !path.get(2).isEmpty()) {
            ownerLength = 3;
        } else if (path.size() >= 2 && (first.equals("repositories") || first.equals("organizations"))
                && NUMERIC_ID.matcher(path.get(1)).matches() || first.equals("orgs") && path.size() >= 2
                && !path.get(1).isEmpty()) {
            ownerLength = 2;
        } else {
            return null;
        }
        List<String> below = new ArrayList<>();
        below.add(first.startsWith("repo") ? "repository" : "organization");
        below.addAll(path.subList(ownerLength, path.size()));
        return below;
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
