package io.jenkins.plugins.githubenvsecrets.engine.audit;

import java.util.List;

/**
 * The first rows of a selection, as many as one page shows, and how many the selection holds. A page of every row of
 * a large Jenkins (100,000 records and more) would cost the controller and the browser seconds for each view, and a
 * narrower filter finds a row sooner than scrolling does.
 *
 * @param shown the rows the page shows, in the selection's order
 * @param matching how many rows the selection holds, those shown included
 * @param <T> a row
 */
public record RowPage<T>(List<T> shown, int matching) {
    public RowPage {
        shown = List.copyOf(shown);
        if (matching < shown.size()) {
            throw new IllegalArgumentException("A selection of " + matching + " rows cannot show " + shown.size());
        }
    }

    /** The first {@code most} rows of {@code selected}, or all of them if there are no more. */
    public static <T> RowPage<T> first(List<T> selected, int most) {
        if (most < 1) {
            throw new IllegalArgumentException("A page shows at least one row, not " + most);
        }
        return new RowPage<>(selected.size() <= most ? selected : selected.subList(0, most), selected.size());
    }

    /** Whether the selection holds rows this page does not show. */
    public boolean cut() {
        return matching > shown.size();
    }
}
