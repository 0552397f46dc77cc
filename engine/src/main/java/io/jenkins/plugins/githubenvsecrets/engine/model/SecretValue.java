package io.jenkins.plugins.githubenvsecrets.engine.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A secret's value as UTF-8 bytes. It never shows itself: {@link #toString()} prints {@code ****}, there is no
 * {@code equals} on the content, and {@link #destroy()} overwrites the bytes once the value is no longer needed.
 * Callers receive copies that they must clear themselves.
 */
public final class SecretValue implements AutoCloseable {
    /** GitHub's limit for one secret: 48 KB. */
    public static final int MAX_BYTES = 48 * 1024;

    private final byte[] utf8;
    private volatile boolean destroyed;

    private SecretValue(byte[] utf8) {
        this.utf8 = utf8;
    }

    /**
     * Encodes characters as UTF-8 without ever building a {@code String}. The caller keeps and clears its array.
     *
     * @throws InvalidSecretValueException if the value is empty, too large or not valid Unicode; the message says
     *     which rule broke, never the value
     */
    public static SecretValue of(char[] value) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer encoded;
        try {
            encoded = encoder.encode(CharBuffer.wrap(value));
        } catch (CharacterCodingException e) {
            // The exception says nothing about the content; still, do not chain it.
            throw new InvalidSecretValueException("is not valid Unicode text (it contains an unpaired surrogate)");
        }
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return checked(bytes);
    }

    /** Takes a copy of UTF-8 bytes, for example a secret file's content. The caller keeps and clears its array. */
    public static SecretValue ofUtf8(byte[] value) {
        return checked(value.clone());
    }

    private static SecretValue checked(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidSecretValueException("is empty; GitHub does not store empty values");
        }
        if (bytes.length > MAX_BYTES) {
            int length = bytes.length;
            Arrays.fill(bytes, (byte) 0);
            throw new InvalidSecretValueException("has " + length + " bytes as UTF-8; GitHub allows at most "
                    + MAX_BYTES + " bytes (48 KB)");
        }
        return new SecretValue(bytes);
    }

    /** Size in UTF-8 bytes; safe to show. */
    public int length() {
        return utf8.length;
    }

    /**
     * A fresh copy of the UTF-8 bytes for one use (sealing, fingerprinting, masking); the caller clears it.
     *
     * @throws IllegalStateException if the value was destroyed
     */
    public byte[] copyUtf8() {
        if (destroyed) {
            throw new IllegalStateException("This secret value was already cleared");
        }
        return utf8.clone();
    }

    /** The value as characters for one use (log masking); the caller clears the array. */
    public char[] copyChars() {
        byte[] bytes = copyUtf8();
        try {
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
            char[] copy = new char[chars.remaining()];
            chars.get(copy);
            if (chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
            return copy;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Overwrites the bytes. Later copies fail. */
    public void destroy() {
        destroyed = true;
        Arrays.fill(utf8, (byte) 0);
    }

    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public void close() {
        destroy();
    }

    @Override
    public String toString() {
        return "****";
    }
}
