package io.jenkins.plugins.githubenvsecrets.engine.testing;

/** How a path names a repository: {@code /repos/{owner}/{repo}} or {@code /repositories/{repository_id}}. */
sealed interface RepositoryRef {
    record ByName(String owner, String name) implements RepositoryRef {
    }

    record ById(long id) implements RepositoryRef {
    }
}
