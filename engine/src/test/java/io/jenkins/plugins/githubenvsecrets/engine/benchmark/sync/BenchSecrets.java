package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The secrets of one benchmark chain: N names and, for each, a value that depends on a version. Values are made
 * fresh as {@code char[]} on every call, so each user can clear its copy; they never become a {@code String}.
 */
final class BenchSecrets {
    private static final int VALUE_LENGTH = 40;
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

    private final int count;
    private final long seed;
    /** How many of the first secrets carry a changed value; the rest keep their first. */
    private int changed;
    /** Bumped by every change, so that changing again gives yet other values. */
    private int version;

    BenchSecrets(int count, long seed) {
        this.count = count;
        this.seed = seed;
    }

    int count() {
        return count;
    }

    static String name(int index) {
        return String.format("BENCH_SECRET_%03d", index);
    }

    /** From now on, the first {@code howMany} secrets have a new value (a second call changes them again). */
    void change(int howMany) {
        changed = Math.min(count, howMany);
        version++;
    }

    /** The current value of secret {@code index}; the caller clears the array. */
    char[] value(int index) {
        long current = index < changed ? version : 0;
        var random = new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L) ^ (current * 0xC2B2AE3D27D4EB4FL));
        char[] value = new char[VALUE_LENGTH];
        for (int i = 0; i < value.length; i++) {
            value[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return value;
    }

    /** The current value of secret {@code index} as UTF-8; the caller clears the array. */
    byte[] utf8(int index) {
        char[] chars = value(index);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(chars, '\0');
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
