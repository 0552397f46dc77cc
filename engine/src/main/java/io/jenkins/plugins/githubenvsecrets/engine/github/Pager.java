package io.jenkins.plugins.githubenvsecrets.engine.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Reads every page of one of GitHub's listings, {@code {total_count, <items>: [...]}}: follows the {@code Link}
 * header (or, without one, {@code total_count}), never outside the API, and bounds what a server can make it read:
 * at most {@link #MAX_PAGES} pages of at most the page size asked for, and no link back to a page already read.
 */
final class Pager {
    /** Far more than any listing here needs (1,000 organization secrets are 10 pages); stops a server without end. */
    static final int MAX_PAGES = 100;

    private final GitHubApiUrl api;
    private final Fetch fetch;

    Pager(GitHubApiUrl api, Fetch fetch) {
        this.api = api;
        this.fetch = fetch;
    }

    /**
     * Every item of the listing at {@code list}, asked for {@code perPage} at a time.
     *
     * @param field the answer's list, such as {@code secrets}: it names the items in messages too
     */
    <T> List<T> all(HttpUrl.Builder list, int perPage, String field, ItemReader<T> reader)
            throws InterruptedException {
        HttpUrl first = list.addQueryParameter("per_page", Integer.toString(perPage)).build();
        List<T> all = new ArrayList<>();
        Map<HttpUrl, Integer> read = new HashMap<>();
        HttpUrl page = first;
        for (int number = 1; page != null; number++) {
            read.put(page, number);
            Answer answer = fetch.get(page).expect(200);
            JsonNode items = answer.json().path(field);
            if (!items.isArray() || number > MAX_PAGES) {
                throw answer.malformed(items.isArray() ? "still has more pages after " + MAX_PAGES
                        : "has no '" + field + "' list");
            }
            if (items.size() > perPage) {
                throw answer.malformed("has " + items.size() + " " + field + " on a page of at most " + perPage);
            }
            for (JsonNode item : items) {
                all.add(reader.read(answer, item));
            }
            page = nextPage(answer, page, first, number, items.size(), all.size());
            if (page != null && read.containsKey(page)) {
                throw answer.malformed("to page " + number + " links its next page back to page " + read.get(page)
                        + ", which was read already");
            }
        }
        return all;
    }

    /** The next page from the {@code Link} header, or from {@code total_count} when there is none; null at the end. */
    private HttpUrl nextPage(Answer answer, HttpUrl current, HttpUrl first, int number, int itemsOnPage,
            int collected) {
        Optional<String> link = LinkHeader.next(answer.response().header("Link").orElse(null));
        if (link.isPresent()) {
            HttpUrl next = current.resolve(link.get());
            // The token goes with the next request, so the link must stay inside this API.
            if (next == null || !api.contains(next)) {
                throw answer.malformed("links its next page outside " + api);
            }
            return next;
        }
        JsonNode total = answer.json().path("total_count");
        if (itemsOnPage > 0 && total.canConvertToLong() && collected < total.asLong()) {
            return first.newBuilder().setQueryParameter("page", Integer.toString(number + 1)).build();
        }
        return null;
    }

    /** Sends one GET for a page and returns its final answer. */
    @FunctionalInterface
    interface Fetch {
        Answer get(HttpUrl page) throws InterruptedException;
    }

    /** Reads one item of a page; throws {@link Answer#malformed} for one that is not as GitHub documents it. */
    @FunctionalInterface
    interface ItemReader<T> {
        T read(Answer answer, JsonNode item);
    }
}
