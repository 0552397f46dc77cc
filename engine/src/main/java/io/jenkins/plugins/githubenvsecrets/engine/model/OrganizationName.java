package io.jenkins.plugins.githubenvsecrets.engine.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An organization's login, as GitHub's {@code /orgs/{org}} routes address it: letters, digits and '-', not starting
 * with '-', at most 39 characters. GitHub compares logins ignoring case, so equality does too.
 */
public record OrganizationName(String value) {
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})");

    /** @throws IllegalArgumentException naming the offending text and the rule it breaks */
    public OrganizationName {
        if (value == null || !LOGIN.matcher(value).matches()) {
            throw new IllegalArgumentException("Organization '" + value
                    + "' is not valid: use letters, digits and '-', not starting with '-' (1 to 39 characters)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganizationName other && value.equalsIgnoreCase(other.value);
    }

    @Override
    public int hashCode() {
        return value.toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
