package io.jenkins.plugins.githubenvsecrets.audit;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.ManagementLink;
import hudson.security.Permission;
import io.jenkins.plugins.githubenvsecrets.engine.audit.RecordFilter;
import io.jenkins.plugins.githubenvsecrets.engine.audit.RowScopes;
import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.state.FingerprintStore;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.records.SyncMemories;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.Stapler;
import org.kohsuke.stapler.StaplerProxy;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * Manage Jenkins, "Published GitHub secrets": one table of every secret and variable this Jenkins wrote, to
 * environments, repositories and organizations, filtered by the URL's query ({@code ?credential=deploy-key},
 * {@code ?repository=acme/web}, {@code server}, {@code scope}, {@code application}, {@code organization},
 * {@code environment}, {@code kind}, {@code name}, {@code job}). Who may read the system configuration sees it; only
 * administrators may forget a record.
 * The link's permission only hides the link: every request to the page checks it again, in {@link #getTarget()}.
 */
@Extension
@Symbol("githubEnvironmentSecrets")
public final class AuditLink extends ManagementLink implements StaplerProxy {
    static final String URL_NAME = "github-environment-secrets";
    /** The query parameters that filter the table. */
    static final List<String> FILTERS = List.of("server", "scope", "application", "repository", "organization",
            "environment", "kind", "name", "credential", "job");
    /** Prefix of the fields in which a Forget form carries the filter shown, to come back to it. */
    static final String KEPT = "filter.";
    private static final Logger LOGGER = Logger.getLogger(AuditLink.class.getName());

    @Override
    public String getIconFileName() {
        return "symbol-key";
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    @Override
    public String getDisplayName() {
        return Messages.AuditLink_DisplayName();
    }

    @Override
    public String getDescription() {
        return Messages.AuditLink_Description();
    }

    @NonNull
    @Override
    public Permission getRequiredPermission() {
        return Jenkins.SYSTEM_READ;
    }

    @NonNull
    @Override
    public Category getCategory() {
        return Category.SECURITY;
    }

    /** Every request to the page and its methods passes here: without the permission, 403. */
    @Override
    public Object getTarget() {
        Jenkins.get().checkPermission(Jenkins.SYSTEM_READ);
        return this;
    }

    /** The filter the request's query gives; none outside a request. */
    public RecordFilter getFilter() {
        StaplerRequest2 request = Stapler.getCurrentRequest2();
        if (request == null) {
            return RecordFilter.NONE;
        }
        return new RecordFilter(request.getParameter("server"), request.getParameter("scope"),
                request.getParameter("application"), request.getParameter("repository"),
                request.getParameter("organization"), request.getParameter("environment"),
                request.getParameter("kind"), request.getParameter("name"), request.getParameter("credential"),
                request.getParameter("job"));
    }

    /** The scopes the filter offers: {@code environment}, {@code repository}, {@code organization}. */
    @Restricted(NoExternalUse.class) // for Jelly
    public List<String> getScopeChoices() {
        return Arrays.stream(TargetKind.values()).map(TargetKind::noun).toList();
    }

    /** The applications the filter offers: {@code actions}, {@code dependabot}, {@code codespaces}. */
    @Restricted(NoExternalUse.class) // for Jelly
    public List<String> getApplicationChoices() {
        return Arrays.stream(Application.values()).map(Application::pathSegment).toList();
    }

    /** The kinds the filter offers: {@code secret}, {@code variable}. */
    @Restricted(NoExternalUse.class) // for Jelly
    public List<String> getKindChoices() {
        return Arrays.stream(ValueKind.values()).map(ValueKind::noun).toList();
    }

    /** The request's filter as each Forget form carries it: {@code filter.repository=acme/web}, blank ones left out. */
    @Restricted(NoExternalUse.class) // for Jelly
    public List<Map.Entry<String, String>> getKeptFilter() {
        StaplerRequest2 request = Stapler.getCurrentRequest2();
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        for (String name : FILTERS) {
            String value = request == null ? null : request.getParameter(name);
            if (value != null && !value.isBlank()) {
                kept.add(new AbstractMap.SimpleImmutableEntry<>(KEPT + name, value)); // a public type, for Jelly
            }
        }
        return kept;
    }

    /** The first rows the request's filter selects, as many as one view shows, and how many it selects. */
    @Restricted(NoExternalUse.class) // for Jelly
    public AuditRows getRows() {
        Jenkins.get().checkPermission(Jenkins.SYSTEM_READ);
        return AuditRows.first(AuditIndex.current().filter(getFilter()));
    }

    /** How many secrets are recorded in all, filtered or not. */
    public int getTotal() {
        Jenkins.get().checkPermission(Jenkins.SYSTEM_READ);
        return AuditIndex.current().size();
    }

    /** Whether the viewer may forget records: administrators only. */
    public boolean isForgetAllowed() {
        return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
    }

    /**
     * Forgets one secret's or variable's record. Nothing changes on GitHub: it stays, and the next sync that names it
     * writes it again and records it anew; until then no sync prunes it as its own.
     */
    @POST
    public HttpResponse doForget(@QueryParameter String server, @QueryParameter String scope,
            @QueryParameter String application, @QueryParameter String repository,
            @QueryParameter String organization, @QueryParameter String environment, @QueryParameter String kind,
            @QueryParameter String name) throws InterruptedException {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        RecordScope records;
        SecretName recorded;
        try {
            records = RowScopes.of(server, scope, application, repository, organization, environment, kind);
            recorded = SecretName.listed(name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            // Not a record any row names; the message would echo the request, so it is not shown.
            return HttpResponses.errorWithoutStack(400, Messages.AuditLink_NotRecorded());
        }
        FingerprintStore store = SyncMemories.store(LOGGER::warning);
        if (!store.load(records).containsKey(recorded)) {
            return HttpResponses.errorWithoutStack(404, Messages.AuditLink_NotRecorded());
        }
        store.forget(records, recorded);
        LOGGER.log(Level.INFO, "{0} forgot the record of {1} {2} of {3}", new Object[] {
            Jenkins.getAuthentication2().getName(), records.kind().noun(), recorded, records.describe()});
        return HttpResponses.redirectTo(filteredPage(Stapler.getCurrentRequest2()));
    }

    /**
     * This page with the filter the Forget form carried: only the filter's own names, each value URL-encoded, so that
     * nothing the request holds is echoed as it came.
     */
    static String filteredPage(StaplerRequest2 request) {
        StringJoiner query = new StringJoiner("&");
        for (String name : FILTERS) {
            String value = request.getParameter(KEPT + name);
            if (value != null && !value.isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.length() == 0 ? "." : "./?" + query;
    }
}
