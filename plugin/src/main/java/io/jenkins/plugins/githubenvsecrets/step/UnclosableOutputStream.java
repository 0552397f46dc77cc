package io.jenkins.plugins.githubenvsecrets.step;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes bytes to the build log and flushes it on close, but leaves it open: the build goes on writing to it. */
final class UnclosableOutputStream extends FilterOutputStream {
    UnclosableOutputStream(OutputStream log) {
        super(log);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
