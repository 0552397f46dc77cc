package io.jenkins.plugins.githubenvsecrets.engine.state;

import java.util.Objects;

/**
 * The job and build that last wrote a secret.
 *
 * @param job the job's full name, such as {@code team/api}
 * @param build the build's number
 */
public record WrittenBy(String job, int build) {
    public WrittenBy {
        Objects.requireNonNull(job, "job");
    }

    /** {@code #12} when {@code viewer} is the same job, else {@code team/api #12}. */
    public String describeFor(String viewer) {
        return job.equals(viewer) ? "#" + build : job + " #" + build;
    }

    @Override
    public String toString() {
        return job + " #" + build;
    }
}
