package io.jenkins.plugins.githubenvsecrets;

import io.jenkins.plugins.okhttp.api.JenkinsOkHttpClient;
import okhttp3.OkHttpClient;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The one HTTP client every sync derives its own from, so that all share a connection pool. It goes through the proxy
 * configured in Jenkins, read at each connection.
 */
@Restricted(NoExternalUse.class)
public final class HttpClients {
    private HttpClients() {
    }

    public static OkHttpClient base() {
        return Holder.BASE;
    }

    /** Created on first use, not when the plugin loads. */
    private static final class Holder {
        static final OkHttpClient BASE = JenkinsOkHttpClient.newClientBuilder(new OkHttpClient()).build();
    }
}
