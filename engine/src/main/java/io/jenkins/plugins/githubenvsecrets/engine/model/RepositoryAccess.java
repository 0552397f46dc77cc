package io.jenkins.plugins.githubenvsecrets.engine.model;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Which repositories of an organization may read one of its secrets or variables, as GitHub's writes take it: a
 * visibility and, for {@link Visibility#SELECTED} only, the numeric ids of the selected repositories.
 *
 * @param selectedRepositoryIds positive repository ids, each once, in the order given; empty unless selected
 */
public record RepositoryAccess(Visibility visibility, List<Long> selectedRepositoryIds) {
    /**
     * @throws IllegalArgumentException for ids with another visibility than {@code selected} (GitHub takes ids only
     *     then), an id that is not positive, or one given twice
     */
    public RepositoryAccess {
        Objects.requireNonNull(visibility, "visibility");
        selectedRepositoryIds = List.copyOf(selectedRepositoryIds);
        if (visibility != Visibility.SELECTED && !selectedRepositoryIds.isEmpty()) {
            throw new IllegalArgumentException("Selected repositories are given only with visibility 'selected', not '"
                    + visibility.apiValue() + "'");
        }
        if (selectedRepositoryIds.stream().anyMatch(id -> id <= 0)) {
            throw new IllegalArgumentException("A repository id is a positive number");
        }
        if (selectedRepositoryIds.stream().distinct().count() != selectedRepositoryIds.size()) {
            throw new IllegalArgumentException("A selected repository is given more than once");
        }
    }

    /** Every repository of the organization. */
    public static RepositoryAccess all() {
        return new RepositoryAccess(Visibility.ALL, List.of());
    }

    /** The organization's private and internal repositories. */
    public static RepositoryAccess privateRepositories() {
        return new RepositoryAccess(Visibility.PRIVATE, List.of());
    }

    /** Only these repositories, by id; none at all when empty. */
    public static RepositoryAccess selected(Collection<Long> repositoryIds) {
        return new RepositoryAccess(Visibility.SELECTED, List.copyOf(repositoryIds));
    }
}
