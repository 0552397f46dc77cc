package io.jenkins.plugins.githubenvsecrets.audit;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A job named by a record, as the viewer may see it: with a link when the viewer can see the job, as plain text when
 * not. Whether the job exists is said only to a viewer who could see it if it did.
 */
@Restricted(NoExternalUse.class) // for Jelly
public final class JobLink {
    /** What the viewer may be told of the named job. */
    public enum State {
        /** The job exists and the viewer can see it. */
        VISIBLE,
        /** The viewer sees every job, and no job has this name: deleted, renamed, or a sync identity of its own. */
        GONE,
        /** No job of this name that the viewer can see; it may exist out of the viewer's sight. */
        NOT_VISIBLE
    }

    private final String name;
    private final String url;
    private final State state;

    private JobLink(String name, String url, State state) {
        this.name = name;
        this.url = url;
        this.state = state;
    }

    static JobLink visible(String name, String url) {
        return new JobLink(name, url, State.VISIBLE);
    }

    static JobLink gone(String name) {
        return new JobLink(name, null, State.GONE);
    }

    static JobLink notVisible(String name) {
        return new JobLink(name, null, State.NOT_VISIBLE);
    }

    /** The name as the record holds it. */
    public String getName() {
        return name;
    }

    /** The job's URL relative to the Jenkins root, such as {@code job/team/job/api/}; only when visible. */
    @CheckForNull
    public String getUrl() {
        return url;
    }

    public boolean isVisible() {
        return state == State.VISIBLE;
    }

    public boolean isGone() {
        return state == State.GONE;
    }

    public boolean isHidden() {
        return state == State.NOT_VISIBLE;
    }
}
