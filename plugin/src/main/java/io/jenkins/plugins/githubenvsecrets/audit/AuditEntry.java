package io.jenkins.plugins.githubenvsecrets.audit;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.githubenvsecrets.engine.audit.RecordRow;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import io.jenkins.plugins.githubenvsecrets.engine.state.WrittenBy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** One row of an audit page, a secret or a variable of any target: a record's row, its jobs resolved for the viewer. */
@Restricted(NoExternalUse.class) // for Jelly
public final class AuditEntry {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final RecordRow row;
    private final List<JobLink> owners;
    private final JobLink writer;

    private AuditEntry(RecordRow row, List<JobLink> owners, JobLink writer) {
        this.row = row;
        this.owners = owners;
        this.writer = writer;
    }

    static List<AuditEntry> of(List<RecordRow> rows) {
        JobLinks links = new JobLinks();
        return rows.stream().map(row -> new AuditEntry(row, row.owners().stream().map(links::owner).toList(),
                row.writtenByIfKnown().map(by -> by.jobDeleted() ? links.deleted(by.job()) : links.job(by.job()))
                        .orElse(null))).toList();
    }

    /** The GitHub API URL. */
    public String getServer() {
        return row.server();
    }

    /** What GitHub keys it by: {@code environment}, {@code repository} or {@code organization}. */
    public String getScope() {
        return row.scope().noun();
    }

    /** {@code Actions}, {@code Dependabot} or {@code Codespaces}. */
    public String getApplication() {
        return row.application().displayName();
    }

    /** As the filter takes it: {@code actions}, {@code dependabot} or {@code codespaces}. */
    public String getApplicationName() {
        return row.application().pathSegment();
    }

    /** {@code owner/name}; empty for an organization's own. */
    public String getRepository() {
        return row.repository();
    }

    /** The organization's login for an organization's own; empty otherwise. */
    public String getOrganization() {
        return row.organization();
    }

    /** The repository, or for an organization's own the organization: one column for where it lives. */
    public String getWhere() {
        return row.repositoryOrOrganization();
    }

    /** Empty unless it belongs to an environment. */
    public String getEnvironment() {
        return row.environment();
    }

    /** {@code secret} or {@code variable}. */
    public String getKind() {
        return row.kind().noun();
    }

    /** The name as GitHub stores it. */
    public String getName() {
        return row.name();
    }

    /**
     * For an organization's: which repositories the last write let read it, as {@code all}, {@code private} or
     * {@code selected (2)}; {@code null} otherwise or when not known.
     */
    @CheckForNull
    public String getAccess() {
        return row.accessIfKnown().map(access -> access.visibility() == Visibility.SELECTED
                ? access.visibility().apiValue() + " (" + access.selectedRepositoryIds().size() + ")"
                : access.visibility().apiValue()).orElse(null);
    }

    /**
     * The credential id, {@code env:VARIABLE} or {@code text} (a variable written in the job) the value came from;
     * {@code null} when not known.
     */
    @CheckForNull
    public String getSource() {
        return row.source();
    }

    /** The sync identities that declare the secret, each resolved to its job where there is one. */
    public List<JobLink> getOwners() {
        return owners;
    }

    /** The job that wrote the secret last; {@code null} when not known. */
    @CheckForNull
    public JobLink getWriter() {
        return writer;
    }

    /** The number of the build that wrote the secret last; 0 when not known. */
    public int getWriterBuild() {
        return row.writtenByIfKnown().map(WrittenBy::build).orElse(0);
    }

    /**
     * The job and build that wrote the secret last, as {@code team/api #7}, with the job named as the viewer may see
     * it; {@code null} when not known.
     */
    @CheckForNull
    public String getWriterLabel() {
        return writer == null ? null : writer.getName() + " #" + getWriterBuild();
    }

    /** When GitHub stored the last write, in UTC; {@code null} when not known. */
    @CheckForNull
    public String getWrittenAt() {
        return format(row.writtenAt());
    }

    /** GitHub's {@code updated_at} when a sync last listed the secret, in UTC; {@code null} if never. */
    @CheckForNull
    public String getLastSeen() {
        return format(row.lastSeenUpdatedAt());
    }

    private static String format(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
