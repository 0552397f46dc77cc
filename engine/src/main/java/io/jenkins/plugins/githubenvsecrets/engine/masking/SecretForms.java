package io.jenkins.plugins.githubenvsecrets.engine.masking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects the byte patterns to mask for a set of secrets: each value and each of its lines, raw (UTF-8) and in the
 * forms it commonly takes in a log (base64, percent-encoding, JSON escaping, shell quoting). A form equal to one
 * already collected is kept once. Patterns shorter than {@link #MIN_LENGTH} bytes are left out: masking them would
 * mangle the log.
 */
final class SecretForms {
    static final int MIN_LENGTH = 3;

    private final Set<byte[]> patterns = new TreeSet<>(Arrays::compareUnsigned);

    void addSecret(char[] value) {
        addAllForms(value);
        for (char[] line : SecretLines.split(value)) {
            if (line.length >= MIN_LENGTH) {
                addAllForms(line);
            }
            Arrays.fill(line, '\0');
        }
    }

    /** The patterns in unsigned lexicographic order, without duplicates. */
    List<byte[]> patterns() {
        return new ArrayList<>(patterns);
    }

    /** Clears every collected pattern: they are copies of secrets. */
    void wipe() {
        for (byte[] pattern : patterns) {
            Arrays.fill(pattern, (byte) 0);
        }
        patterns.clear();
    }

    private void addAllForms(char[] value) {
        byte[] raw = Utf8.encode(value);
        Base64Forms.forEach(raw, this::add);
        PercentEncoding.forEach(raw, this::add);
        JsonEscaping.forEach(value, this::addText);
        ShellForms.forEach(value, this::addText);
        add(raw);
    }

    private void addText(char[] form) {
        add(Utf8.encode(form));
        Arrays.fill(form, '\0');
    }

    private void add(byte[] pattern) {
        if (pattern.length < MIN_LENGTH || !patterns.add(pattern)) {
            Arrays.fill(pattern, (byte) 0);
        }
    }
}
