package io.jenkins.plugins.githubenvsecrets;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN_ID;

import io.jenkins.plugins.githubenvsecrets.config.AllowedGitHubServer;
import io.jenkins.plugins.githubenvsecrets.config.GitHubEnvironmentSecretsConfiguration;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;
import java.util.ArrayList;
import java.util.List;

/** The GitHub the plugin's tests write to: repository acme/web with a production environment, and its sync. */
public final class TestGitHub {
    public static final String OWNER = "acme";
    public static final String REPO = "web";
    public static final String REPOSITORY = OWNER + "/" + REPO;
    public static final String PRODUCTION = "production";
    /** How the log names the production environment of acme/web, before an item's line. */
    public static final String PRODUCTION_LOG = "environment 'production' of acme/web: ";

    private TestGitHub() {
    }

    /**
     * A fake GitHub that knows the test token (with write permission), acme/web and its production environment, and
     * that the running Jenkins allows syncs to talk to.
     */
    public static GitHubFake start() {
        return allow(GitHubFake.start()
                .addToken(TOKEN, Permission.WRITE)
                .addRepository(OWNER, REPO, 4242)
                .addEnvironment(OWNER, REPO, PRODUCTION));
    }

    /** Adds the fake's API URL to the running Jenkins' allowed GitHub servers, as an administrator would. */
    public static GitHubFake allow(GitHubFake github) {
        GitHubEnvironmentSecretsConfiguration configuration = GitHubEnvironmentSecretsConfiguration.get();
        List<AllowedGitHubServer> servers = new ArrayList<>(configuration.getAllowedServers());
        servers.add(new AllowedGitHubServer(github.apiUrl()));
        configuration.setAllowedServers(servers);
        return github;
    }

    /** A sync of production in acme/web on {@code github}, with the test token. */
    public static SyncSpec productionSync(GitHubFake github) {
        return new SyncSpec(REPOSITORY).environment(PRODUCTION).credentialsId(TOKEN_ID).apiUrl(github.apiUrl());
    }
}
