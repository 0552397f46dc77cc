package io.jenkins.plugins.githubenvsecrets.engine.sync;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link ConnectionCheck} found, one sentence per finding, in the order checked: what the token may read, and
 * what is missing or refused, with the permission GitHub's answer points to. Never a value or the token.
 */
public record ConnectionReport(List<Finding> findings) {
    public ConnectionReport {
        findings = List.copyOf(findings);
    }

    /** How a finding bears on the sync. */
    public enum Level {
        /** A read that worked: the token may read there. */
        OK,
        /** Something a sync may still overcome or that only the user can judge, such as a missing environment. */
        WARNING,
        /** A sync would fail here: a read refused, a target or repository missing, an answer unusable. */
        ERROR
    }

    /** One finding about one target, or about the check as a whole. */
    public record Finding(Level level, String message) {
        public Finding {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The worst level found; {@link Level#OK} when there are no findings. */
    public Level level() {
        return findings.stream().map(Finding::level).max(Comparator.naturalOrder()).orElse(Level.OK);
    }

    /** Every finding's message, in order. */
    public List<String> messages() {
        return findings.stream().map(Finding::message).toList();
    }
}
