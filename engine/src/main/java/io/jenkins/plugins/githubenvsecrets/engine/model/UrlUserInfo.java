package io.jenkins.plugins.githubenvsecrets.engine.model;

import java.util.regex.Pattern;

/**
 * Hides the user info of a URL as the user wrote it, for messages: a token given as {@code user:token@host} must
 * never be repeated, nor one given as {@code ?access_token=...}, so a query or fragment is hidden too. Works on text
 * that is no valid URL too, since refusing such text is when it gets shown.
 */
public final class UrlUserInfo {
    private static final String HIDDEN = "****";
    private static final Pattern SCHEME = Pattern.compile("\\s*[A-Za-z][A-Za-z0-9+.-]*");

    private UrlUserInfo() {}

    /**
     * {@code url} with everything between the scheme's {@code ://} (or the start, without one) and the last
     * {@code @} replaced by {@code ****}, and everything from the first {@code ?} or {@code #} after that by
     * {@code ?****}; unchanged without any of these.
     */
    public static String hidden(String url) {
        int schemeEnd = url.indexOf("://");
        // Only a real scheme ends there: in "user:token://x@host" the token is user info too.
        int start = schemeEnd > 0 && SCHEME.matcher(url.substring(0, schemeEnd)).matches() ? schemeEnd + 3 : 0;
        // The last '@', not the authority's: a password may hold '@' or '/', and hiding too much costs nothing.
        int at = url.lastIndexOf('@');
        String shown = at < start ? url : url.substring(0, start) + HIDDEN + url.substring(at);
        int query = firstOf(shown, start, '?', '#');
        return query < 0 ? shown : shown.substring(0, query) + "?" + HIDDEN;
    }

    private static int firstOf(String text, int from, char one, char other) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == one || text.charAt(i) == other) {
                return i;
            }
        }
        return -1;
    }
}
