package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GitHub's GraphQL endpoint: {@code POST /graphql} beside a github.com-style API, {@code POST /api/graphql} beside a
 * GitHub Enterprise Server's {@code /api/v3}.
 */
record GraphQlRoute() implements FakeRoute {
    static final String DOCUMENTATION = "https://docs.github.com/graphql";

    /** The GraphQL route when {@code segments} (the whole path) names it for {@code method}. */
    static Optional<GraphQlRoute> parse(String method, List<String> segments, List<String> restPrefix) {
        return method.equals("POST") && segments.equals(path(restPrefix)) ? Optional.of(new GraphQlRoute())
                : Optional.empty();
    }

    /** {@code [graphql]} without a prefix; for {@code [api, v3]}, {@code [api, graphql]}. */
    static List<String> path(List<String> restPrefix) {
        if (restPrefix.isEmpty()) {
            return List.of("graphql");
        }
        var path = new ArrayList<>(restPrefix.subList(0, restPrefix.size() - 1));
        path.add("graphql");
        return path;
    }

    @Override
    public String documentation() {
        return DOCUMENTATION;
    }

    @Override
    public RepositoryRef repository() {
        return null;
    }
}
