package io.jenkins.plugins.githubenvsecrets.engine.masking;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The masking rule applied naively to a whole text: every byte inside any occurrence is covered; runs become ****. */
final class ReferenceMask {
    private ReferenceMask() {
    }

    /** The patterns the mask compiles for these secrets. */
    static List<byte[]> patternsOf(List<String> secrets) {
        SecretForms forms = new SecretForms();
        for (String secret : secrets) {
            if (secret.length() >= SecretForms.MIN_LENGTH && !secret.isBlank()) {
                forms.addSecret(secret.toCharArray());
            }
        }
        return forms.patterns();
    }

    static byte[] mask(byte[] text, List<byte[]> patterns) {
        boolean[] covered = coverage(text, patterns);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length; i++) {
            if (!covered[i]) {
                out.write(text[i]);
            } else if (i == 0 || !covered[i - 1]) {
                out.writeBytes(MaskingOutputStream.MASK.getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toByteArray();
    }

    /** Which bytes of the text lie inside an occurrence of some pattern. */
    static boolean[] coverage(byte[] text, List<byte[]> patterns) {
        boolean[] covered = new boolean[text.length];
        for (byte[] pattern : patterns) {
            for (int i = 0; i + pattern.length <= text.length; i++) {
                if (occursAt(text, i, pattern)) {
                    for (int j = i; j < i + pattern.length; j++) {
                        covered[j] = true;
                    }
                }
            }
        }
        return covered;
    }

    private static boolean occursAt(byte[] text, int at, byte[] pattern) {
        for (int j = 0; j < pattern.length; j++) {
            if (text[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }
}
