package io.jenkins.plugins.githubenvsecrets.engine.masking;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * The base64 forms a value takes inside a larger base64 stream: standard and URL-safe alphabets, the value starting
 * at each of the three byte alignments, ending mid-stream or at the end (with and without padding).
 *
 * <p>Only the characters that depend on the value's bits alone are stable wherever the value sits, so each form is
 * that inner part, optionally followed by the final partial character and padding an encoder writes at the end.
 */
final class Base64Forms {
    private static final List<Base64.Encoder> ALPHABETS = List.of(Base64.getEncoder(), Base64.getUrlEncoder());

    private Base64Forms() {
    }

    static void forEach(byte[] value, Consumer<byte[]> sink) {
        for (Base64.Encoder encoder : ALPHABETS) {
            for (int shift = 0; shift < 3; shift++) {
                addShifted(encoder, value, shift, sink);
            }
        }
    }

    private static void addShifted(Base64.Encoder encoder, byte[] value, int shift, Consumer<byte[]> sink) {
        byte[] input = new byte[shift + value.length];
        System.arraycopy(value, 0, input, shift, value.length);
        byte[] encoded = encoder.encode(input);
        // Character i holds bits [6i, 6i+6); the value's bits are [8*shift, 8*(shift+length)).
        int first = (8 * shift + 5) / 6;
        int lastFull = 8 * (shift + value.length) / 6;
        sink.accept(Arrays.copyOfRange(encoded, first, lastFull));
        if (lastFull < encoded.length) {
            sink.accept(Arrays.copyOfRange(encoded, first, lastFull + 1));
            sink.accept(Arrays.copyOfRange(encoded, first, encoded.length));
        }
        Arrays.fill(input, (byte) 0);
        Arrays.fill(encoded, (byte) 0);
    }
}
