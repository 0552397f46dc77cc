package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * GitHub's list paging: {@code per_page} (default 30, at most 100; for variables 10 and 30) and {@code page} (from
 * 1), and the {@code Link} header that points at the neighbouring pages with the request's other query parameters
 * kept.
 */
record PageRequest(int page, int perPage) {
    static final int DEFAULT_PER_PAGE = 30;
    static final int MAX_PER_PAGE = 100;

    static PageRequest of(FakeRequest request) {
        return of(request, DEFAULT_PER_PAGE, MAX_PER_PAGE);
    }

    /** For listings with other bounds, such as variables: 10 a page by default, at most 30. */
    static PageRequest of(FakeRequest request, int defaultPerPage, int maxPerPage) {
        int perPage = positive(request.queryParameter("per_page")).orElse(defaultPerPage);
        return new PageRequest(positive(request.queryParameter("page")).orElse(1), Math.min(perPage, maxPerPage));
    }

    /** GitHub ignores values that are not positive numbers and uses the default. */
    private static Optional<Integer> positive(Optional<String> value) {
        return value.filter(text -> text.matches("[0-9]{1,9}")).map(Integer::valueOf).filter(number -> number > 0);
    }

    <T> List<T> slice(List<T> all) {
        long from = (long) (page - 1) * perPage;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + perPage));
    }

    int lastPage(int total) {
        return Math.max(1, (total + perPage - 1) / perPage);
    }

    /**
     * The {@code Link} header for a list of {@code total} items, or empty when everything fits on one page.
     * Relations come in GitHub's order: prev, next, last, first.
     */
    Optional<String> linkHeader(HttpUrl listUrl, FakeRequest request, int total) {
        int last = lastPage(total);
        if (last == 1) {
            return Optional.empty();
        }
        var links = new ArrayList<String>();
        if (page > 1) {
            links.add(link(listUrl, request, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(listUrl, request, page + 1, "next"));
            links.add(link(listUrl, request, last, "last"));
        }
        if (page > 1) {
            links.add(link(listUrl, request, 1, "first"));
        }
        return Optional.of(String.join(", ", links));
    }

    private static String link(HttpUrl listUrl, FakeRequest request, int targetPage, String relation) {
        var builder = listUrl.newBuilder();
        var query = request.url();
        for (int i = 0; i < query.querySize(); i++) {
            if (!query.queryParameterName(i).equals("page")) {
                builder.addQueryParameter(query.queryParameterName(i), query.queryParameterValue(i));
            }
        }
        builder.addQueryParameter("page", String.valueOf(targetPage));
        return "<" + builder.build() + ">; rel=\"" + relation + "\"";
    }
}
