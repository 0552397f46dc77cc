package io.jenkins.plugins.githubenvsecrets.engine.model;

/**
 * Hides the user info of a URL as the user wrote it, for messages: a token given as {@code user:token@host} must
 * never be repeated. Works on text that is no valid URL too, since refusing such text is when it gets shown.
 */
public final class UrlUserInfo {
    private static final String HIDDEN = "****";

    private UrlUserInfo() {}

    /**
     * {@code url} with everything between the scheme's {@code ://} (or the start, without one) and the last
     * {@code @} replaced by {@code ****}; unchanged without an {@code @}.
     */
    public static String hidden(String url) {
        int schemeEnd = url.indexOf("://");
        int start = schemeEnd < 0 ? 0 : schemeEnd + 3;
        // The last '@', not the authority's: a password may hold '@' or '/', and hiding too much costs nothing.
        int at = url.lastIndexOf('@');
        return at < start ? url : url.substring(0, start) + HIDDEN + url.substring(at);
    }
}
