package io.jenkins.plugins.githubenvsecrets.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A page shows the first rows of a selection, never more than its size, and says whether it left some out. */
class RowPageTest {
    private static List<Integer> rows(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    @Test
    void shouldShowEveryRowOfASelectionThatFits() {
        RowPage<Integer> page = RowPage.first(rows(3), 3);

        assertThat(page.shown()).containsExactly(0, 1, 2);
        assertThat(page.matching()).isEqualTo(3);
        assertThat(page.cut()).isFalse();
    }

    @Test
    void shouldShowTheFirstRowsInOrderAndCountTheOthers() {
        RowPage<Integer> page = RowPage.first(rows(2_500), 1_000);

        assertThat(page.shown()).hasSize(1_000).startsWith(0, 1, 2).endsWith(998, 999);
        assertThat(page.matching()).isEqualTo(2_500);
        assertThat(page.cut()).isTrue();
    }

    @Test
    void shouldShowNothingOfAnEmptySelection() {
        RowPage<Integer> page = RowPage.first(List.of(), 1_000);

        assertThat(page.shown()).isEmpty();
        assertThat(page.matching()).isZero();
        assertThat(page.cut()).isFalse();
    }

    @Test
    void shouldNotChangeWhenTheSelectionChangesAfterwards() {
        List<Integer> selected = new ArrayList<>(rows(5));
        RowPage<Integer> page = RowPage.first(selected, 2);

        selected.set(0, 42);

        assertThat(page.shown()).containsExactly(0, 1);
    }

    @Test
    void shouldRefuseAPageOfNoRowsAndACountBelowWhatItShows() {
        assertThatThrownBy(() -> RowPage.first(rows(3), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A page shows at least one row, not 0");
        assertThatThrownBy(() -> new RowPage<>(rows(3), 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A selection of 2 rows cannot show 3");
    }
}
