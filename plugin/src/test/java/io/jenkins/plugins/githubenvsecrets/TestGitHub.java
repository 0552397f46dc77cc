package io.jenkins.plugins.githubenvsecrets;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN_ID;

import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Permission;

/** The GitHub the plugin's tests write to: repository acme/web with a production environment, and its sync. */
final class TestGitHub {
    static final String OWNER = "acme";
    static final String REPO = "web";
    static final String REPOSITORY = OWNER + "/" + REPO;
    static final String PRODUCTION = "production";

    private TestGitHub() {
    }

    /** A fake GitHub that knows the test token (with write permission), acme/web and its production environment. */
    static GitHubFake start() {
        return GitHubFake.start()
                .addToken(TOKEN, Permission.WRITE)
                .addRepository(OWNER, REPO, 4242)
                .addEnvironment(OWNER, REPO, PRODUCTION);
    }

    /** A sync of production in acme/web on {@code github}, with the test token. */
    static SyncSpec productionSync(GitHubFake github) {
        return new SyncSpec(REPOSITORY).environment(PRODUCTION).credentialsId(TOKEN_ID).apiUrl(github.apiUrl());
    }
}
