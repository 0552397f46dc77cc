package io.jenkins.plugins.githubenvsecrets.engine.sync;

import java.util.List;

/** A sync request breaks rules; nothing was sent to GitHub. The message lists every problem, one per line. */
public final class SyncValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    SyncValidationException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<String> problems) {
        StringBuilder message = new StringBuilder("Nothing was sent to GitHub: the request has ")
                .append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
        problems.forEach(problem -> message.append("\n - ").append(problem));
        return message.toString();
    }

    public List<String> problems() {
        return problems;
    }
}
