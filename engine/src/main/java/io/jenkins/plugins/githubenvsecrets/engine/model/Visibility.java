package io.jenkins.plugins.githubenvsecrets.engine.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which repositories of an organization may read one of its secrets or variables: all of them, the private (and
 * internal) ones, or those selected by id.
 */
public enum Visibility {
    ALL("all"),
    PRIVATE("private"),
    SELECTED("selected");

    private final String apiValue;

    Visibility(String apiValue) {
        this.apiValue = apiValue;
    }

    /** GitHub's word for it: {@code all}, {@code private} or {@code selected}. */
    public String apiValue() {
        return apiValue;
    }

    /** The visibility GitHub's word names exactly, as GitHub writes it; empty for any other text. */
    public static Optional<Visibility> fromApiValue(String value) {
        return Arrays.stream(values()).filter(visibility -> visibility.apiValue.equals(value)).findFirst();
    }

    /**
     * @param given {@code all}, {@code private} or {@code selected}, in any case
     * @throws IllegalArgumentException naming the given text and the choices
     */
    public static Visibility parse(String given) {
        String wanted = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
        return fromApiValue(wanted).orElseThrow(() -> new IllegalArgumentException("Visibility '" + given
                + "' is not known: use " + Arrays.stream(values()).map(Visibility::apiValue)
                        .collect(Collectors.joining(", "))));
    }
}
