package io.jenkins.plugins.githubenvsecrets.engine.testing;

import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/** Which repositories of an organization may read a secret or variable: a visibility and, if selected, their ids. */
record FakeAccess(Visibility visibility, SortedSet<Long> selected) {
    static final FakeAccess ALL = new FakeAccess(Visibility.ALL, new TreeSet<>());

    FakeAccess {
        Objects.requireNonNull(visibility, "visibility");
        selected = new TreeSet<>(selected);
        if (visibility != Visibility.SELECTED && !selected.isEmpty()) {
            throw new IllegalArgumentException("only visibility 'selected' has selected repositories");
        }
    }

    static FakeAccess of(Visibility visibility, List<Long> selected) {
        return new FakeAccess(visibility, new TreeSet<>(selected));
    }

    FakeAccess withSelected(SortedSet<Long> ids) {
        return new FakeAccess(visibility, ids);
    }

    @Override
    public SortedSet<Long> selected() {
        return new TreeSet<>(selected);
    }
}
