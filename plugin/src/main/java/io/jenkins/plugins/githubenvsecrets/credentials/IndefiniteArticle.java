package io.jenkins.plugins.githubenvsecrets.credentials;

/**
 * "a" or "an" before the name of a credential type, by the sound it starts with: {@code an SSH Username with private
 * key}, {@code a Secret text}, {@code an X.509 Client Certificate}, {@code a Username with password}. The names are
 * the credential descriptors' display names, which any plugin may add, so the rule is a guess that fits English names:
 * an initialism is read letter by letter, a word by its first vowel (a word with a leading "u" is read "you").
 */
final class IndefiniteArticle {
    /** Letters whose names start with a vowel sound: "ay", "ee", "ef", "aitch", "eye", "el", "em", ... */
    private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";

    private IndefiniteArticle() {
    }

    /** {@code noun} with its article: {@code an SSH Username with private key}. */
    static String of(String noun) {
        String stripped = noun.strip();
        if (stripped.isEmpty()) {
            return stripped;
        }
        return (startsWithVowelSound(stripped) ? "an " : "a ") + stripped;
    }

    private static boolean startsWithVowelSound(String noun) {
        char first = noun.charAt(0);
        boolean spelledOut = noun.length() == 1 || !Character.isLowerCase(noun.charAt(1)) && Character.isLetter(first);
        if (spelledOut && Character.isUpperCase(first)) {
            return VOWEL_SOUND_LETTERS.indexOf(first) >= 0;
        }
        return "aeio".indexOf(Character.toLowerCase(first)) >= 0;
    }
}
