package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.model.UrlUserInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The base URL of a GitHub REST API: {@code https://api.github.com}, a GitHub Enterprise Server's
 * {@code https://HOST/api/v3}, or a GHE.com tenant's {@code https://api.SUBDOMAIN.ghe.com}.
 *
 * <p>The token is sent to this URL, so it must be {@code https}; plain {@code http} is accepted only for a loopback
 * host, where nothing leaves the machine. It must carry no user info, and a refused URL is shown without it.
 */
public final class GitHubApiUrl {
    /** The API of github.com. */
    public static final GitHubApiUrl GITHUB_COM = parse("https://api.github.com");

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern WEB_HOST =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?");
    private static final Pattern GHE_COM_HOST = Pattern.compile("[a-z0-9-]+\\.ghe\\.com");

    private final HttpUrl url;
    private final String text;

    private GitHubApiUrl(HttpUrl url, String text) {
        this.url = url;
        this.text = text;
    }

    /**
     * Parses an API base URL; a trailing slash is ignored.
     *
     * @throws IllegalArgumentException naming the URL and what is wrong with it
     */
    public static GitHubApiUrl parse(String url) {
        Objects.requireNonNull(url, "url");
        HttpUrl parsed = HttpUrl.parse(url.strip());
        if (parsed == null) {
            throw invalid(url, "it is not an http(s) URL");
        }
        if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
            throw invalid(url, "it must not contain a user name or password; the token is sent separately");
        }
        if (parsed.query() != null || parsed.fragment() != null) {
            throw invalid(url, "it must not contain a query ('?') or fragment ('#')");
        }
        if (parsed.scheme().equals("http") && !isLoopback(parsed.host())) {
            throw invalid(url, "it must use https so the token is never sent in clear text"
                    + " (http is allowed only for localhost)");
        }
        if (parsed.host().equals("github.com")) {
            throw invalid(url, "github.com is the web site; its API is https://api.github.com");
        }
        String text = parsed.toString();
        if (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        // One form with the trailing slash, so that equal URLs resolve alike.
        return new GitHubApiUrl(HttpUrl.get(text + "/"), text);
    }

    /**
     * The API URL that belongs to a GitHub web host: {@code github.com} gives {@code https://api.github.com},
     * {@code X.ghe.com} gives {@code https://api.X.ghe.com}, and any other host (GitHub Enterprise Server) gives
     * {@code https://HOST/api/v3}.
     *
     * @param host a host name, optionally with {@code :port}
     * @throws IllegalArgumentException if {@code host} is not a bare host name
     */
    public static GitHubApiUrl forWebHost(String host) {
        Objects.requireNonNull(host, "host");
        String candidate = host.strip().toLowerCase(Locale.ROOT);
        HttpUrl parsed = WEB_HOST.matcher(candidate).matches() ? HttpUrl.parse("https://" + candidate) : null;
        if (parsed == null) {
            throw new IllegalArgumentException("GitHub host '" + UrlUserInfo.hidden(host)
                    + "' is not valid: give a host name such as github.com or github.example.com,"
                    + " without scheme or path");
        }
        if (parsed.host().equals("github.com")) {
            return GITHUB_COM;
        }
        if (GHE_COM_HOST.matcher(parsed.host()).matches()) {
            return parse(parsed.newBuilder().host("api." + parsed.host()).build().toString());
        }
        return parse(parsed.newBuilder().addPathSegment("api").addPathSegment("v3").build().toString());
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || IPV4_LOOPBACK.matcher(host).matches();
    }

    /** The refusal shows the URL without its user info, which may be a token. */
    private static IllegalArgumentException invalid(String url, String why) {
        return new IllegalArgumentException("GitHub API URL '" + UrlUserInfo.hidden(url) + "' is not valid: " + why);
    }

    /** The host the token is sent to, such as {@code api.github.com}. */
    public String host() {
        return url.host();
    }

    /** The base URL as OkHttp sees it, for building request URLs. */
    HttpUrl httpUrl() {
        return url;
    }

    /**
     * A URL under this base, each argument appended as one encoded path segment: a {@code /} in a name becomes
     * {@code %2F}, never a new path level.
     */
    HttpUrl.Builder resolve(String... segments) {
        HttpUrl.Builder builder = url.newBuilder();
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                // OkHttp would drop or climb on these instead of encoding them.
                throw new IllegalArgumentException("'" + segment + "' cannot be used as a name in a GitHub API path");
            }
            builder.addPathSegment(segment);
        }
        return builder;
    }

    /**
     * GitHub's GraphQL endpoint beside this REST API, on the same server: {@code https://api.github.com/graphql},
     * {@code https://HOST/api/graphql} for a GitHub Enterprise Server's {@code https://HOST/api/v3}, and
     * {@code {base}/graphql} for any other base (GHE.com's {@code https://api.SUBDOMAIN.ghe.com/graphql}).
     */
    HttpUrl graphQlUrl() {
        List<String> segments = new ArrayList<>(url.pathSegments());
        segments.remove(segments.size() - 1); // the empty segment after the base's trailing slash
        int size = segments.size();
        if (size >= 2 && segments.get(size - 2).equals("api") && segments.get(size - 1).equals("v3")) {
            segments.set(size - 1, "graphql");
        } else {
            segments.add("graphql");
        }
        HttpUrl.Builder builder = url.newBuilder().encodedPath("/");
        segments.forEach(builder::addPathSegment);
        return builder.build();
    }

    /** Whether {@code other} points into this API (same scheme, host, port and base path). */
    boolean contains(HttpUrl other) {
        return sameOrigin(other) && other.encodedPath().startsWith(url.encodedPath());
    }

    /** Whether {@code other} is on this API's server: same scheme, host (in any case) and port (defaults filled in). */
    boolean sameOrigin(HttpUrl other) {
        return other.scheme().equals(url.scheme())
                && other.host().equalsIgnoreCase(url.host())
                && other.port() == url.port();
    }

    /** {@code scheme://host:port} of {@code other}, nothing else: no user info, path or query. */
    static String origin(HttpUrl other) {
        String host = other.host().contains(":") ? "[" + other.host() + "]" : other.host();
        return other.scheme() + "://" + host + ":" + other.port();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GitHubApiUrl other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
