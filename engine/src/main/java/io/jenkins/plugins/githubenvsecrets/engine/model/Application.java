package io.jenkins.plugins.githubenvsecrets.engine.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which GitHub feature reads a secret: each keeps its own secrets and its own public key. */
public enum Application {
    ACTIONS("actions", "Actions"),
    DEPENDABOT("dependabot", "Dependabot"),
    CODESPACES("codespaces", "Codespaces");

    private final String pathSegment;
    private final String displayName;

    Application(String pathSegment, String displayName) {
        this.pathSegment = pathSegment;
        this.displayName = displayName;
    }

    /** The segment of GitHub's routes: {@code actions}, {@code dependabot}, {@code codespaces}. */
    public String pathSegment() {
        return pathSegment;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * @param given {@code actions}, {@code dependabot} or {@code codespaces}, in any case
     * @throws IllegalArgumentException naming the given text and the choices
     */
    public static Application parse(String given) {
        String wanted = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(application -> application.pathSegment.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Application '" + given + "' is not known: use "
                        + Arrays.stream(values()).map(Application::pathSegment).collect(Collectors.joining(", "))));
    }
}
