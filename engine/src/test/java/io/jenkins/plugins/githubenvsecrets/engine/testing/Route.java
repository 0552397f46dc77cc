package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.List;
import java.util.Optional;

/**
 * A request path read the way GitHub reads it: each segment decoded on its own, so an environment named
 * {@code a/b} arrives as the single segment {@code a%2Fb}. Every endpoint is served under both repository forms.
 */
record Route(Endpoint endpoint, String documentation, RepositoryRef repository, String environment,
        String secret) implements FakeRoute {
    private static final String PUBLIC_KEY_SEGMENT = "public-key";

    static Optional<Route> parse(String method, List<String> segments) {
        if (segments.stream().anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        RepositoryRef repository;
        List<String> rest;
        if (segments.size() >= 3 && segments.get(0).equals("repos")) {
            repository = new RepositoryRef.ByName(segments.get(1), segments.get(2));
            rest = segments.subList(3, segments.size());
        } else if (segments.size() >= 2 && segments.get(0).equals("repositories")
                && segments.get(1).matches("[0-9]{1,18}")) {
            repository = new RepositoryRef.ById(Long.parseLong(segments.get(1)));
            rest = segments.subList(2, segments.size());
        } else {
            return Optional.empty();
        }
        return endpoint(method, rest).flatMap(endpoint -> endpoint.documentation(method)
                .map(documentation -> new Route(endpoint, documentation, repository,
                        rest.size() > 1 ? rest.get(1) : null,
                        rest.size() > 3 ? rest.get(3) : null)));
    }

    private static Optional<Endpoint> endpoint(String method, List<String> rest) {
        if (rest.isEmpty()) {
            return Optional.of(Endpoint.REPOSITORY);
        }
        if (!rest.get(0).equals("environments")) {
            return Optional.empty();
        }
        return switch (rest.size()) {
            case 1 -> Optional.of(Endpoint.ENVIRONMENTS);
            case 2 -> Optional.of(Endpoint.ENVIRONMENT);
            case 3 -> rest.get(2).equals("secrets") ? Optional.of(Endpoint.SECRETS) : Optional.empty();
            case 4 -> !rest.get(2).equals("secrets") ? Optional.empty()
                    : rest.get(3).equals(PUBLIC_KEY_SEGMENT) && method.equals("GET")
                            ? Optional.of(Endpoint.PUBLIC_KEY)
                            : Optional.of(Endpoint.SECRET);
            default -> Optional.empty();
        };
    }
}
