package io.jenkins.plugins.githubenvsecrets.engine.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a secret (of Actions, Dependabot or Codespaces) or of a variable, following GitHub's rules, which are the
 * same for all: letters, digits and underscores, no leading digit, no {@code GITHUB_} prefix. GitHub stores names upper
 * case and compares them ignoring case, so this value does too.
 */
public final class SecretName implements Comparable<SecretName> {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String RESERVED_PREFIX = "GITHUB_";

    private final String name;

    private SecretName(String name) {
        this.name = name;
    }

    /**
     * Validates and normalises a secret name.
     *
     * @throws IllegalArgumentException with a message naming the offending name and the rule it breaks
     */
    public static SecretName of(String name) {
        return of(name, ValueKind.SECRET);
    }

    /**
     * Validates and normalises the name of a secret or a variable: GitHub's rules are the same for both, and the
     * message names which one it is.
     *
     * @throws IllegalArgumentException with a message naming the offending name and the rule it breaks
     */
    public static SecretName of(String name, ValueKind kind) {
        Objects.requireNonNull(name, "name");
        String noun = kind.noun();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A " + noun + " name is empty");
        }
        String title = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        if (!ALLOWED.matcher(name).matches()) {
            throw new IllegalArgumentException(title + " name '" + name
                    + "' is not valid: use only letters, digits and '_', and do not start with a digit");
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith(RESERVED_PREFIX)) {
            throw new IllegalArgumentException(
                    title + " name '" + name + "' is not valid: names starting with GITHUB_ are reserved by GitHub");
        }
        return new SecretName(upper);
    }

    /**
     * A name as GitHub lists it. GitHub's answer is its truth even where it breaks the rules above (older secrets,
     * other rules on another GitHub), so it is only upper-cased, never refused: such a secret can still be planned,
     * reported and pruned.
     *
     * @throws IllegalArgumentException only for an empty name, which no request could address
     */
    public static SecretName listed(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A listed secret name is empty");
        }
        return new SecretName(name.toUpperCase(Locale.ROOT));
    }

    /** The name as GitHub stores it (upper case). */
    public String value() {
        return name;
    }

    @Override
    public int compareTo(SecretName other) {
        return name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretName other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
