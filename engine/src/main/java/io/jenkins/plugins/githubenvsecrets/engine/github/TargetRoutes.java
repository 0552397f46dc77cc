package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * The routes of a target's secrets and variables: the target's own segments, then {@code secrets} or
 * {@code variables}, then whatever lies below; every name one encoded path segment. A pair GitHub does not offer is
 * refused here, before any request.
 */
final class TargetRoutes {
    private TargetRoutes() {}

    /**
     * {@code {api}/{target route}/{secrets|variables}/{below...}}.
     *
     * @throws IllegalArgumentException when GitHub offers no {@code kind} for the target's application, naming the pair
     */
    static HttpUrl.Builder url(GitHubApiUrl api, Target target, ValueKind kind, String... below) {
        requireSupported(target, kind);
        List<String> segments = new ArrayList<>(target.routeSegments());
        segments.add(kind.pathSegment());
        segments.addAll(List.of(below));
        return api.resolve(segments.toArray(String[]::new));
    }

    /**
     * {@code {api}/{target route}/{secrets|variables}/{name}} for {@code request}, which names the target, the kind and
     * the name. A name no path can carry (a listed {@code ..}, say) fails the request before anything is sent, as a
     * {@link GitHubApiException} naming it.
     *
     * @throws IllegalArgumentException when GitHub offers no such pair, as {@link #url(GitHubApiUrl, Target,
     *     ValueKind, String...)}
     */
    static HttpUrl url(GitHubApiUrl api, RequestContext request, String name) {
        ValueKind kind = request.kind() == null ? ValueKind.SECRET : request.kind();
        requireSupported(request.target(), kind);
        try {
            return url(api, request.target(), kind, name).build();
        } catch (IllegalArgumentException e) {
            throw Failures.unaddressable(request, e.getMessage());
        }
    }

    /** @throws IllegalArgumentException naming the target and why GitHub offers no such pair */
    static void requireSupported(Target target, ValueKind kind) {
        target.kind().unsupported(target.application(), kind).ifPresent(why -> {
            throw new IllegalArgumentException(target.describe() + ": " + why + ". Nothing was sent.");
        });
    }
}
