package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.util.Objects;

/** The {@code User-Agent} this client sends: its name and the version from the jar's manifest. */
final class UserAgent {
    static final String PRODUCT = "github-environment-secrets";
    /** Used when the classes do not come from a jar with an {@code Implementation-Version}, as in tests. */
    static final String FALLBACK_VERSION = "dev";
    static final String DEFAULT = PRODUCT + "/" + version();

    private UserAgent() {}

    static String check(String productAndVersion) {
        Objects.requireNonNull(productAndVersion, "productAndVersion");
        if (productAndVersion.isBlank() || !productAndVersion.chars().allMatch(c -> c >= ' ' && c < 0x7f)) {
            throw new IllegalArgumentException("User-Agent '" + productAndVersion
                    + "' is not valid: use printable ASCII such as product/1.0");
        }
        return productAndVersion;
    }

    private static String version() {
        String version = UserAgent.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? FALLBACK_VERSION : version;
    }
}
