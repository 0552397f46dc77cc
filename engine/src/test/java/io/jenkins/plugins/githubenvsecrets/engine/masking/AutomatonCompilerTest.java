package io.jenkins.plugins.githubenvsecrets.engine.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AutomatonCompilerTest {
    private static List<byte[]> patterns(String... texts) {
        return Stream.of(texts).map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** For each position of the text, the longest pattern ending there (0 for none). */
    private static List<Integer> longestMatches(MaskAutomaton automaton, String text) {
        List<Integer> lengths = new ArrayList<>();
        int state = 0;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            state = automaton.step(state, b & 0xFF);
            lengths.add(automaton.matchLength[state]);
        }
        return lengths;
    }

    @ParameterizedTest(name = "[{index}] dense budget {0}")
    @ValueSource(ints = {0, 10, 40, 1 << 20})
    void shouldFindTheLongestPatternEndingAtEachPosition(int denseBudget) {
        MaskAutomaton automaton = new AutomatonCompiler(denseBudget)
                .compile(patterns("hers", "he", "she", "his", "he"));

        assertThat(longestMatches(automaton, "ushershis")).containsExactly(0, 0, 0, 3, 0, 4, 0, 0, 3);
        assertThat(automaton.patternCount()).isEqualTo(4);
        assertThat(automaton.longestPattern()).isEqualTo(4);
    }

    @ParameterizedTest(name = "[{index}] dense budget {0}")
    @ValueSource(ints = {0, 1 << 20})
    void shouldMatchBytesAboveSevenBitsAndShareUnusedBytesInOneClass(int denseBudget) {
        MaskAutomaton automaton = new AutomatonCompiler(denseBudget).compile(List.of(
                new byte[] {(byte) 0xFF, 0, (byte) 0x80}, new byte[] {0, (byte) 0x80, 0x7F}));

        int state = 0;
        List<Integer> lengths = new ArrayList<>();
        for (byte b : new byte[] {(byte) 0xFF, 0, (byte) 0x80, 0x7F, (byte) 0xFE}) {
            state = automaton.step(state, b & 0xFF);
            lengths.add(automaton.matchLength[state]);
        }

        assertThat(lengths).containsExactly(0, 0, 3, 3, 0);
        assertThat(automaton.classes).isEqualTo(5);
        assertThat(automaton.byteClass[0xFE]).isZero();
    }

    @ParameterizedTest(name = "[{index}] dense budget {0}")
    @ValueSource(ints = {0, 64, 1 << 20})
    void shouldKeepDenseRowsWithinTheBudget(int denseBudget) {
        MaskAutomaton automaton = new AutomatonCompiler(denseBudget).compile(patterns("abcdefgh", "bcdefghi"));

        assertThat(automaton.denseCount).isBetween(1, automaton.stateCount());
        assertThat(automaton.table.length).isLessThanOrEqualTo(Math.max(denseBudget, automaton.classes));
        assertThat(automaton.stateCount()).isEqualTo(17);
    }

    @ParameterizedTest(name = "[{index}] dense budget {0}")
    @ValueSource(ints = {0, 1 << 20})
    void shouldSkipAtTheRootOnlyWhenFewBytesBeginAPattern(int denseBudget) {
        AutomatonCompiler compiler = new AutomatonCompiler(denseBudget);
        MaskAutomaton few = compiler.compile(patterns("token-1", "tie"));
        MaskAutomaton many = compiler.compile(patterns("abcdefghijklmnopqrstuvwxyz0123456789".chars()
                .mapToObj(c -> (char) c + "-x").toArray(String[]::new)));

        assertThat(few.skipAtRoot).isTrue();
        assertThat(few.rootStays['t']).isFalse();
        assertThat(few.rootStays['o']).isTrue();
        assertThat(longestMatches(few, "a token-1 tie")).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 3);
        assertThat(many.skipAtRoot).isFalse();
    }
}
