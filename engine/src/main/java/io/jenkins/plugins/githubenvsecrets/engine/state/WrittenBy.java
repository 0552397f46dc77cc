package io.jenkins.plugins.githubenvsecrets.engine.state;

import java.util.Objects;

/**
 * The job and build that last wrote a secret.
 *
 * @param job the job's full name, such as {@code team/api}
 * @param build the build's number
 * @param jobDeleted whether that job has been deleted since: a job created later under the same name is another job
 */
public record WrittenBy(String job, int build, boolean jobDeleted) {
    public WrittenBy {
        Objects.requireNonNull(job, "job");
    }

    /** The writer of a job that exists. */
    public WrittenBy(String job, int build) {
        this(job, build, false);
    }

    /** The same writer, its job deleted. */
    public WrittenBy ofDeletedJob() {
        return new WrittenBy(job, build, true);
    }

    /** The same writer, its job renamed or moved. */
    public WrittenBy movedTo(String newFullName) {
        return new WrittenBy(newFullName, build, jobDeleted);
    }

    /**
     * {@code #12} when {@code viewer} is the same job, else {@code another job wrote it}: a job's log and pages never
     * name another job, which their readers may not be allowed to see (only the audit pages do, to those who may). A
     * deleted job is another job, even to a job of the same name created since.
     */
    public String describeFor(String viewer) {
        return job.equals(viewer) && !jobDeleted ? "#" + build : "another job wrote it";
    }

    @Override
    public String toString() {
        return job + " #" + build + (jobDeleted ? " (job deleted)" : "");
    }
}
