package io.jenkins.plugins.githubenvsecrets.engine.masking;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A downstream that remembers what reached it, how often it was flushed and whether it was closed. */
final class RecordingStream extends ByteArrayOutputStream {
    private int flushes;
    private boolean closed;

    @Override
    public void flush() {
        flushes++;
    }

    @Override
    public void close() {
        closed = true;
    }

    String text() {
        return toString(StandardCharsets.UTF_8);
    }

    int flushes() {
        return flushes;
    }

    boolean isClosed() {
        return closed;
    }
}
