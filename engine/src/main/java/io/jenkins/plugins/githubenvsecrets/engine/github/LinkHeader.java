package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code rel="next"} target of a pagination {@code Link} header (RFC 8288). */
final class LinkHeader {
    private static final Pattern LINK = Pattern.compile("<([^<>]*)>([^,<]*)");
    private static final Pattern REL = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?");

    private LinkHeader() {}

    static Optional<String> next(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher link = LINK.matcher(header);
        while (link.find()) {
            Matcher rel = REL.matcher(link.group(2));
            if (rel.find() && Arrays.stream(rel.group(1).strip().split("\\s+")).anyMatch("next"::equalsIgnoreCase)) {
                return Optional.of(link.group(1).strip());
            }
        }
        return Optional.empty();
    }
}
