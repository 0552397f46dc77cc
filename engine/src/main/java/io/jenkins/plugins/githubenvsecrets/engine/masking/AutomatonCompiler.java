package io.jenkins.plugins.githubenvsecrets.engine.masking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compiles byte patterns into a {@link MaskAutomaton}: a trie built from the sorted patterns, renumbered breadth
 * first, failure links, the longest match per state, byte classes and the dense rows of the shallow states.
 */
final class AutomatonCompiler {
    /** Row entries the dense part may hold (1 MiB); states beyond it fall back to edges and failure links. */
    static final int DEFAULT_DENSE_BUDGET = 1 << 18;

    private final int denseBudget;

    AutomatonCompiler(int denseBudget) {
        this.denseBudget = denseBudget;
    }

    MaskAutomaton compile(List<byte[]> patterns) {
        List<byte[]> sorted = new ArrayList<>(patterns);
        sorted.sort(Arrays::compareUnsigned);
        Trie trie = Trie.of(sorted);
        Layout layout = Layout.breadthFirst(trie);
        int n = layout.size;
        int[] fail = failureLinks(layout);
        int[] matchLength = new int[n];
        int longest = 0;
        for (int s = 1; s < n; s++) {
            matchLength[s] = layout.terminal[s] ? layout.depth[s] : matchLength[fail[s]];
            longest = Math.max(longest, matchLength[s]);
        }
        int[] byteClass = new int[256];
        int classes = 1;
        for (int s = 1; s < n; s++) {
            int b = layout.label[s] & 0xFF;
            if (byteClass[b] == 0) {
                byteClass[b] = classes++;
            }
        }
        int denseCount = Math.max(1, Math.min(n, denseBudget / classes));
        int[] table = denseRows(layout, fail, matchLength, byteClass, classes, denseCount);
        return new MaskAutomaton(table, byteClass, classes, denseCount, layout.depth, matchLength, fail,
                layout.firstChild, layout.label, longest, trie.patternCount);
    }

    private static int[] failureLinks(Layout layout) {
        int[] fail = new int[layout.size];
        for (int s = 1; s < layout.size; s++) {
            int parent = layout.parent[s];
            if (parent == 0) {
                continue;
            }
            int b = layout.label[s] & 0xFF;
            int f = fail[parent];
            while (true) {
                int next = layout.child(f, b);
                if (next >= 0) {
                    fail[s] = next;
                    break;
                }
                if (f == 0) {
                    break;
                }
                f = fail[f];
            }
        }
        return fail;
    }

    private static int[] denseRows(Layout layout, int[] fail, int[] matchLength, int[] byteClass, int classes,
            int denseCount) {
        int[] table = new int[denseCount * classes];
        for (int s = 0; s < denseCount; s++) {
            int row = s * classes;
            if (s != 0) {
                System.arraycopy(table, fail[s] * classes, table, row, classes);
            }
            for (int child = layout.firstChild[s]; child < layout.firstChild[s + 1]; child++) {
                boolean fast = child < denseCount && matchLength[child] == 0;
                table[row + byteClass[layout.label[child] & 0xFF]] = fast ? child * classes : ~child;
            }
        }
        return table;
    }

    /** A trie in insertion numbering; sorted input means a new edge is always the last child of its node. */
    private static final class Trie {
        final int[] lastChild;
        final int[] previousSibling;
        final byte[] label;
        final boolean[] terminal;
        int size = 1;
        int patternCount;

        private Trie(int capacity) {
            lastChild = new int[capacity];
            previousSibling = new int[capacity];
            label = new byte[capacity];
            terminal = new boolean[capacity];
            Arrays.fill(lastChild, -1);
        }

        static Trie of(List<byte[]> sortedPatterns) {
            long total = 1;
            for (byte[] pattern : sortedPatterns) {
                total += pattern.length;
            }
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("Secrets too large to mask: " + total + " pattern bytes");
            }
            Trie trie = new Trie((int) total);
            for (byte[] pattern : sortedPatterns) {
                trie.insert(pattern);
            }
            return trie;
        }

        private void insert(byte[] pattern) {
            if (pattern.length == 0) {
                return;
            }
            int node = 0;
            for (byte b : pattern) {
                int last = lastChild[node];
                if (last >= 0 && label[last] == b) {
                    node = last;
                } else {
                    int created = size++;
                    label[created] = b;
                    previousSibling[created] = last;
                    lastChild[node] = created;
                    node = created;
                }
            }
            if (!terminal[node]) {
                terminal[node] = true;
                patternCount++;
            }
        }
    }

    /** The trie renumbered breadth first: a node's children are consecutive and in ascending byte order. */
    private static final class Layout {
        final int size;
        final byte[] label;
        final int[] depth;
        final int[] parent;
        final int[] firstChild;
        final boolean[] terminal;

        private Layout(int size) {
            this.size = size;
            label = new byte[size];
            depth = new int[size];
            parent = new int[size];
            firstChild = new int[size + 1];
            terminal = new boolean[size];
        }

        static Layout breadthFirst(Trie trie) {
            Layout layout = new Layout(trie.size);
            int[] original = new int[trie.size];
            int[] stack = new int[256];
            int next = 1;
            for (int s = 0; s < trie.size; s++) {
                int node = original[s];
                layout.terminal[s] = trie.terminal[node];
                layout.firstChild[s] = next;
                int count = 0;
                for (int c = trie.lastChild[node]; c >= 0; c = trie.previousSibling[c]) {
                    stack[count++] = c;
                }
                while (count > 0) {
                    int child = stack[--count];
                    original[next] = child;
                    layout.label[next] = trie.label[child];
                    layout.depth[next] = layout.depth[s] + 1;
                    layout.parent[next] = s;
                    next++;
                }
            }
            layout.firstChild[trie.size] = trie.size;
            return layout;
        }

        /** The child of {@code s} along byte {@code b}, or -1; children are sorted by unsigned label. */
        int child(int s, int b) {
            int low = firstChild[s];
            int high = firstChild[s + 1] - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int l = label[mid] & 0xFF;
                if (l < b) {
                    low = mid + 1;
                } else if (l > b) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }
    }
}
