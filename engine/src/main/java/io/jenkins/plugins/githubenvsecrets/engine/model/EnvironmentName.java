package io.jenkins.plugins.githubenvsecrets.engine.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The name of a deployment environment: 1 to 255 characters, which may include {@code /}, spaces and other
 * characters. GitHub compares environment names ignoring case, so equality does too, while the name keeps the case
 * the user gave (GitHub shows it that way when it creates the environment).
 */
public final class EnvironmentName {
    static final int MAX_LENGTH = 255;

    private final String name;

    private EnvironmentName(String name) {
        this.name = name;
    }

    /**
     * @throws IllegalArgumentException with a message naming the offending environment and the rule it breaks
     */
    public static EnvironmentName of(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An environment name is empty");
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("Environment name '" + name.substring(0, 40) + "...' has " + length
                    + " characters; GitHub allows at most " + MAX_LENGTH);
        }
        if (!name.strip().equals(name)) {
            throw new IllegalArgumentException(
                    "Environment name '" + name + "' starts or ends with white space; remove it");
        }
        if (name.equals(".") || name.equals("..")) {
            // As a path segment these mean "here" and "up": no request could name such an environment.
            throw new IllegalArgumentException("Environment name '" + name + "' cannot be used: GitHub's API cannot"
                    + " address an environment named '.' or '..'");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Environment name '" + name.replaceAll("\\p{Cntrl}", "?")
                    + "' contains control characters");
        }
        return new EnvironmentName(name);
    }

    public String value() {
        return name;
    }

    private String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnvironmentName other && key().equals(other.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
