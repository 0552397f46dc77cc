package io.jenkins.plugins.githubenvsecrets.engine.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository as a user names it: {@code owner/repo}, a web or clone URL on github.com or GitHub Enterprise, an SSH
 * clone address, or a numeric repository id. A URL also says which GitHub the repository lives on ({@link #webHost()}),
 * so the API URL can be derived from it.
 */
public final class RepositoryReference {
    private static final Pattern NUMERIC_ID = Pattern.compile("[1-9][0-9]{0,18}");
    private static final Pattern SSH = Pattern.compile("(?:ssh://)?git@([^:/]+)[:/]([^/]+)/([^/]+?)(?:\\.git)?/?");

    private final String text;
    private final RepositoryCoordinates coordinates;
    private final long id;
    private final String webHost;

    private RepositoryReference(String text, RepositoryCoordinates coordinates, long id, String webHost) {
        this.text = text;
        this.coordinates = coordinates;
        this.id = id;
        this.webHost = webHost;
    }

    /**
     * @throws IllegalArgumentException naming the text and the forms that are accepted
     */
    public static RepositoryReference parse(String text) {
        Objects.requireNonNull(text, "repository");
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("No repository given: use owner/repo, a repository URL or its id");
        }
        if (NUMERIC_ID.matcher(trimmed).matches()) {
            return new RepositoryReference(trimmed, null, Long.parseLong(trimmed), null);
        }
        Matcher ssh = SSH.matcher(trimmed);
        if (ssh.matches()) {
            return new RepositoryReference(trimmed, coordinates(trimmed, ssh.group(2), ssh.group(3)), 0,
                    ssh.group(1));
        }
        if (trimmed.contains("://")) {
            return fromUrl(trimmed);
        }
        if (trimmed.contains("@")) {
            // Not owner/repo, nor a URL or SSH form GitHub uses, and perhaps user:token@host: never repeated whole.
            throw new IllegalArgumentException("Repository '" + UrlUserInfo.hidden(trimmed)
                    + "' is not of the form owner/name; use owner/repo, a repository URL or its id");
        }
        try {
            return new RepositoryReference(trimmed, RepositoryCoordinates.parse(trimmed), 0, null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; use owner/repo, a repository URL or its id", e);
        }
    }

    private static RepositoryReference fromUrl(String raw) {
        // A URL may carry a token as user info; messages and toString show it redacted.
        String text = UrlUserInfo.hidden(raw);
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            // Not chained: the parser's message repeats the raw URL, user info included.
            throw new IllegalArgumentException("Repository URL '" + text + "' is not a valid URL");
        }
        String scheme = uri.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("Repository URL '" + text + "' must start with https://");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("Repository URL '" + text
                    + "' must be of the form https://HOST/owner/repo, without user, query or fragment");
        }
        String path = uri.getPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith(".git")) {
            path = path.substring(0, path.length() - ".git".length());
        }
        String[] parts = path.split("/", -1);
        if (parts.length != 3 || !parts[0].isEmpty()) {
            throw new IllegalArgumentException(
                    "Repository URL '" + text + "' must be of the form https://HOST/owner/repo");
        }
        String host = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        return new RepositoryReference(text, coordinates(text, parts[1], parts[2]), 0, host);
    }

    private static RepositoryCoordinates coordinates(String text, String owner, String name) {
        try {
            return new RepositoryCoordinates(owner, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Repository '" + text + "': " + e.getMessage(), e);
        }
    }

    /** Owner and name, unless the user gave a numeric id. */
    public Optional<RepositoryCoordinates> coordinates() {
        return Optional.ofNullable(coordinates);
    }

    /** The numeric id, if the user gave one; it must be resolved to owner/name through the API. */
    public OptionalLong id() {
        return coordinates == null ? OptionalLong.of(id) : OptionalLong.empty();
    }

    /** The web host (with port, if any) named by a URL or SSH address, such as {@code github.com}. */
    public Optional<String> webHost() {
        return Optional.ofNullable(webHost);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RepositoryReference other
                && Objects.equals(coordinates, other.coordinates)
                && id == other.id
                && Objects.equals(webHost, other.webHost);
    }

    @Override
    public int hashCode() {
        return Objects.hash(coordinates, id, webHost);
    }

    /** What the user wrote, for messages. */
    @Override
    public String toString() {
        return text;
    }
}
