package io.jenkins.plugins.githubenvsecrets.engine.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A repository by owner and name, as GitHub's REST paths address it. GitHub compares both ignoring case.
 *
 * @param owner user or organisation login: letters, digits and '-', at most 39 characters
 * @param name repository name: letters, digits, '.', '_' and '-', at most 100 characters
 */
public record RepositoryCoordinates(String owner, String name) {
    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public RepositoryCoordinates {
        if (owner == null || !OWNER.matcher(owner).matches()) {
            throw new IllegalArgumentException("Repository owner '" + owner
                    + "' is not valid: use letters, digits and '-', not starting with '-' (1 to 39 characters)");
        }
        if (name == null || !NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("Repository name '" + name
                    + "' is not valid: use letters, digits, '.', '_' and '-' (1 to 100 characters, not '.' or '..')");
        }
    }

    /** Parses {@code owner/name}. */
    public static RepositoryCoordinates parse(String ownerSlashName) {
        int slash = ownerSlashName.indexOf('/');
        if (slash < 0 || slash != ownerSlashName.lastIndexOf('/')) {
            throw new IllegalArgumentException(
                    "Repository '" + ownerSlashName + "' is not of the form owner/name");
        }
        return new RepositoryCoordinates(ownerSlashName.substring(0, slash), ownerSlashName.substring(slash + 1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RepositoryCoordinates other
                && owner.equalsIgnoreCase(other.owner)
                && name.equalsIgnoreCase(other.name);
    }

    @Override
    public int hashCode() {
        return toString().toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return owner + "/" + name;
    }
}
