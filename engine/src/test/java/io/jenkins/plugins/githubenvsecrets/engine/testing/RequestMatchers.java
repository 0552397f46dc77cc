package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Ready-made choices of requests for the fake's fault injection; combine them with {@code and}/{@code or}. */
public final class RequestMatchers {
    private RequestMatchers() {
    }

    public static Predicate<FakeRequest> any() {
        return request -> true;
    }

    /** PUT, DELETE, POST and PATCH. */
    public static Predicate<FakeRequest> mutating() {
        return FakeRequest::isMutating;
    }

    public static Predicate<FakeRequest> method(String method) {
        return request -> request.method().equalsIgnoreCase(method);
    }

    /** Requests whose encoded path ends with {@code suffix}, e.g. {@code "/secrets/public-key"}. */
    public static Predicate<FakeRequest> pathEndsWith(String suffix) {
        return request -> request.path().endsWith(suffix);
    }

    /** Requests with this method whose whole encoded path matches {@code pathRegex}. */
    public static Predicate<FakeRequest> request(String method, String pathRegex) {
        var path = Pattern.compile(pathRegex);
        return method(method).and(request -> path.matcher(request.path()).matches());
    }
}
