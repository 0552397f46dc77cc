package io.jenkins.plugins.githubenvsecrets.engine.testing;

/**
 * A request path the fake serves: an environment's routes ({@link Route}), the secrets and variables of repositories,
 * environments and organizations ({@link TargetRoute}), or the GraphQL endpoint ({@link GraphQlRoute}).
 */
sealed interface FakeRoute permits Route, TargetRoute, GraphQlRoute {
    /** The documentation GitHub links in its error answers for this route and method. */
    String documentation();

    /** The repository the path names; null when it names none (an organization, GraphQL). */
    RepositoryRef repository();
}
