package io.jenkins.plugins.githubenvsecrets.engine.masking;

/**
 * A compiled Aho-Corasick automaton over bytes, immutable and shared by every stream that masks with it.
 *
 * <p>States are numbered breadth first, so shallow states come first and a state's children have consecutive numbers.
 * The shallowest {@link #denseCount} states own a full transition row over byte classes (bytes that no pattern uses
 * share class 0), which is where a scan spends nearly all its time. Deeper states keep only their trie edges and a
 * failure link, which bounds memory for thousands of patterns.
 *
 * <p>A row entry {@code e >= 0} is the target's row offset: a dense state where no pattern ends. Any other target is
 * stored as {@code ~state}, so the scan loop leaves its fast path only where a pattern ends or the state is deep.
 *
 * <p>The automaton necessarily holds the patterns' bytes (as edge labels and rows); it is kept in memory only.
 */
final class MaskAutomaton {
    /** Measured on build logs: with more distinct first bytes, the skip loop exits too often to pay off. */
    static final int SKIP_THRESHOLD = 24;

    final int[] table;
    final int[] byteClass;
    /** Bytes that lead from the start state back to it: they cannot begin any pattern. */
    final boolean[] rootStays;
    /** Whether so few bytes begin a pattern that skipping over the others pays for its extra branch. */
    final boolean skipAtRoot;
    final int classes;
    final int denseCount;
    /** Length of the state's string: how many bytes of a possible match a stream must hold back. */
    final int[] depth;
    /** Length of the longest pattern that ends at the state, or 0. */
    final int[] matchLength;
    private final int[] fail;
    private final int[] firstChild;
    private final byte[] label;
    private final int longestPattern;
    private final int patternCount;

    MaskAutomaton(int[] table, int[] byteClass, int classes, int denseCount, int[] depth, int[] matchLength,
            int[] fail, int[] firstChild, byte[] label, int longestPattern, int patternCount) {
        this.table = table;
        this.byteClass = byteClass;
        this.rootStays = new boolean[256];
        int startBytes = 0;
        for (int b = 0; b < 256; b++) {
            rootStays[b] = table[byteClass[b]] == 0;
            startBytes += rootStays[b] ? 0 : 1;
        }
        this.skipAtRoot = startBytes <= SKIP_THRESHOLD;
        this.classes = classes;
        this.denseCount = denseCount;
        this.depth = depth;
        this.matchLength = matchLength;
        this.fail = fail;
        this.firstChild = firstChild;
        this.label = label;
        this.longestPattern = longestPattern;
        this.patternCount = patternCount;
    }

    /**
     * Follows dense rows from row {@code offset} over {@code b[i..end)} until a pattern ends or a deep state is
     * reached (the stop entry is {@code ~state}) or the input ends (the stop entry is the last row offset).
     * Returns the position after the last byte read and the entry, packed for {@link #stopPosition(long)} and
     * {@link #stopEntry(long)}.
     */
    long runDense(byte[] b, int i, int end, int offset) {
        return skipAtRoot ? runSkipping(b, i, end, offset) : runPlain(b, i, end, offset);
    }

    static int stopPosition(long stop) {
        return (int) (stop >>> 32);
    }

    static int stopEntry(long stop) {
        return (int) stop;
    }

    private static long stop(int position, int entry) {
        return (long) position << 32 | entry & 0xFFFF_FFFFL;
    }

    private long runPlain(byte[] b, int from, int end, int offset) {
        final int[] rows = table;
        final int[] classOf = byteClass;
        int o = offset;
        int i = from;
        while (i < end) {
            int entry = rows[o + classOf[b[i++] & 0xFF]];
            if (entry < 0) {
                return stop(i, entry);
            }
            o = entry;
        }
        return stop(end, o);
    }

    private long runSkipping(byte[] b, int from, int end, int offset) {
        final int[] rows = table;
        final int[] classOf = byteClass;
        final boolean[] stays = rootStays;
        int o = offset;
        int i = from;
        while (i < end) {
            if (o == 0) {
                // Most log bytes begin no secret: pass over them without the chain of dependent loads.
                while (stays[b[i] & 0xFF]) {
                    if (++i == end) {
                        return stop(end, 0);
                    }
                }
            }
            int entry = rows[o + classOf[b[i++] & 0xFF]];
            if (entry < 0) {
                return stop(i, entry);
            }
            o = entry;
        }
        return stop(end, o);
    }

    /** The state after reading {@code unsignedByte} in {@code state}; used off the fast path. */
    int step(int state, int unsignedByte) {
        int s = state;
        while (s >= denseCount) {
            for (int child = firstChild[s], end = firstChild[s + 1]; child < end; child++) {
                if ((label[child] & 0xFF) == unsignedByte) {
                    return child;
                }
            }
            s = fail[s];
        }
        return decode(table[s * classes + byteClass[unsignedByte]]);
    }

    int decode(int entry) {
        return entry >= 0 ? entry / classes : ~entry;
    }

    int longestPattern() {
        return longestPattern;
    }

    int patternCount() {
        return patternCount;
    }

    int stateCount() {
        return depth.length;
    }

    long sizeInBytes() {
        return 4L * table.length + 4L * byteClass.length + rootStays.length + 4L * depth.length + 4L * matchLength.length
                + 4L * fail.length + 4L * firstChild.length + label.length;
    }
}
