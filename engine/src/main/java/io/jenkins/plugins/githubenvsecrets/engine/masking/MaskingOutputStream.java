package io.jenkins.plugins.githubenvsecrets.engine.masking;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * An output stream that replaces every occurrence of a secret pattern with {@code ****} before the bytes reach the
 * downstream stream.
 *
 * <p>Every byte position covered by an occurrence is masked; occurrences that overlap or touch merge into one
 * {@code ****}. A match may span any number of writes and flushes. The stream holds back only the bytes that may still
 * begin a match (at most the longest pattern's length) and passes every other byte on in the same write call.
 * {@link #flush()} never releases a possible prefix of a secret; {@link #close()} releases the rest.
 *
 * <p>Writes are synchronized, so one stream may serve several writers; output order follows call order.
 */
public final class MaskingOutputStream extends OutputStream {
    static final String MASK = "****";
    private static final byte[] NO_BYTES = new byte[0];

    private final byte[] mask = MASK.getBytes(StandardCharsets.US_ASCII);

    private final OutputStream downstream;
    private final MaskAutomaton automaton;
    private final byte[] single = new byte[1];
    /** Raw bytes of the positions {@code [chunkStart - pendingLength, chunkStart)} a match may still cover. */
    private final byte[] pending;
    private int pendingLength;
    /** Covered intervals {@code [start, end)} not yet emitted, sorted, neither overlapping nor touching. */
    private final long[] coveredStart;
    private final long[] coveredEnd;
    private int coveredCount;
    /** Whether the last emitted position was covered and its {@code ****} is still to be written. */
    private boolean maskOpen;
    private int state;
    /** Positions count bytes written to this stream since it was opened. */
    private long position;
    private long emitted;
    private byte[] chunk = NO_BYTES;
    private int chunkOffset;
    private long chunkStart;
    private boolean closed;
    private boolean broken;

    MaskingOutputStream(OutputStream downstream, MaskAutomaton automaton) {
        this.downstream = Objects.requireNonNull(downstream, "downstream");
        this.automaton = automaton;
        int longest = automaton == null ? 0 : automaton.longestPattern();
        this.pending = new byte[longest];
        this.coveredStart = new long[longest / 2 + 2];
        this.coveredEnd = new long[longest / 2 + 2];
    }

    @Override
    public synchronized void write(int b) throws IOException {
        single[0] = (byte) b;
        write(single, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed || broken) {
            throw new IOException(closed ? "Stream closed" : "Stream failed in an earlier write");
        }
        if (automaton == null) {
            downstream.write(b, off, len);
            return;
        }
        if (len == 0) {
            return;
        }
        chunk = b;
        chunkOffset = off;
        chunkStart = position;
        try {
            int s = scan(b, off, off + len);
            state = s;
            position = chunkStart + len;
            long horizon = position - automaton.depth[s];
            emitUpTo(horizon);
            keepPending(horizon, len);
        } catch (IOException | RuntimeException e) {
            // Part of the chunk may have gone downstream: the held-back state no longer fits, so drop it.
            broken = true;
            Arrays.fill(pending, (byte) 0);
            throw e;
        } finally {
            chunk = NO_BYTES;
            chunkStart = position;
        }
    }

    /** Runs the automaton over the chunk, emitting as matches are found; returns the final state. */
    private int scan(byte[] b, int from, int end) throws IOException {
        final MaskAutomaton a = automaton;
        int s = state;
        int i = from;
        while (i < end) {
            if (s < a.denseCount) {
                long stop = a.runDense(b, i, end, s * a.classes);
                i = MaskAutomaton.stopPosition(stop);
                int entry = MaskAutomaton.stopEntry(stop);
                if (entry >= 0) {
                    return entry / a.classes;
                }
                s = ~entry;
            } else {
                s = a.step(s, b[i++] & 0xFF);
            }
            int length = a.matchLength[s];
            if (length != 0) {
                long matchEnd = chunkStart + (i - from);
                emitUpTo(matchEnd - a.depth[s]);
                cover(matchEnd - length, matchEnd);
            }
        }
        return s;
    }

    /** Adds a covered interval ending at the current position, merging it with the intervals it overlaps or touches. */
    private void cover(long start, long end) {
        long merged = start;
        while (coveredCount > 0 && coveredEnd[coveredCount - 1] >= merged) {
            coveredCount--;
            merged = Math.min(merged, coveredStart[coveredCount]);
        }
        coveredStart[coveredCount] = merged;
        coveredEnd[coveredCount] = end;
        coveredCount++;
    }

    /** Emits every position before {@code horizon}: no match that is still possible can start before it. */
    private void emitUpTo(long horizon) throws IOException {
        if (horizon <= emitted) {
            return;
        }
        long p = emitted;
        int done = 0;
        while (done < coveredCount && coveredStart[done] < horizon) {
            if (coveredStart[done] > p) {
                writeRaw(p, coveredStart[done]);
            }
            maskOpen = true;
            if (coveredEnd[done] <= horizon) {
                p = coveredEnd[done];
                done++;
            } else {
                coveredStart[done] = horizon;
                p = horizon;
            }
        }
        if (p < horizon) {
            writeRaw(p, horizon);
        }
        if (done > 0) {
            coveredCount -= done;
            System.arraycopy(coveredStart, done, coveredStart, 0, coveredCount);
            System.arraycopy(coveredEnd, done, coveredEnd, 0, coveredCount);
        }
        emitted = horizon;
    }

    /** Writes the uncovered positions {@code [from, to)}, closing an open mask first. */
    private void writeRaw(long from, long to) throws IOException {
        if (maskOpen) {
            downstream.write(mask);
            maskOpen = false;
        }
        long p = from;
        if (p < chunkStart) {
            long pendingStart = chunkStart - pendingLength;
            int stop = (int) (Math.min(to, chunkStart) - pendingStart);
            int begin = (int) (p - pendingStart);
            downstream.write(pending, begin, stop - begin);
            p = chunkStart;
        }
        if (p < to) {
            downstream.write(chunk, chunkOffset + (int) (p - chunkStart), (int) (to - p));
        }
    }

    /** Keeps the raw bytes from {@code horizon} on: they may still begin a match. */
    private void keepPending(long horizon, int len) {
        int kept = (int) (position - horizon);
        if (horizon < chunkStart) {
            int fromPending = (int) (chunkStart - horizon);
            System.arraycopy(pending, pendingLength - fromPending, pending, 0, fromPending);
            System.arraycopy(chunk, chunkOffset, pending, fromPending, len);
        } else {
            System.arraycopy(chunk, chunkOffset + (int) (horizon - chunkStart), pending, 0, kept);
        }
        if (kept < pendingLength) {
            Arrays.fill(pending, kept, pendingLength, (byte) 0);
        }
        pendingLength = kept;
    }

    /**
     * Flushes downstream. Every byte that cannot begin a secret was already passed on by {@code write}; a possible
     * prefix of a secret stays held back.
     */
    @Override
    public synchronized void flush() throws IOException {
        if (!closed) {
            downstream.flush();
        }
    }

    /**
     * Releases the held-back bytes (masked where they complete a secret), then closes downstream. After a failed write
     * the held-back bytes are dropped instead.
     */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (automaton != null && !broken) {
                emitUpTo(position);
                if (maskOpen) {
                    downstream.write(mask);
                    maskOpen = false;
                }
            }
        } finally {
            Arrays.fill(pending, (byte) 0);
            pendingLength = 0;
            downstream.close();
        }
    }

    /** How many raw bytes are held back; never more than the longest pattern. */
    synchronized int pendingByteCount() {
        return pendingLength;
    }
}
