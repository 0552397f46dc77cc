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

    /**
     * {@code #12} when {@code viewer} is the same job, else {@code another job wrote it}: a job's log and pages never
     * name another job, which their readers may not be allowed to see (only the audit pages do, to those who may).
     */
    public String describeFor(String viewer) {
        return job.equals(viewer) ? "#" + build : "another job wrote it";
    }

    @Override
    public String toString() {
        return job + " #" + build;
    }
}
