package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.Locale;
import java.util.regex.Pattern;

/** GitHub's rules for secret names: letters, digits and {@code _}; no leading digit; no {@code GITHUB_} prefix. */
final class SecretNames {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String RESERVED_PREFIX = "GITHUB_";

    private SecretNames() {
    }

    static boolean isValid(String name) {
        return ALLOWED.matcher(name).matches() && !canonical(name).startsWith(RESERVED_PREFIX);
    }

    /** Names are case-insensitive and stored upper case. */
    static String canonical(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
