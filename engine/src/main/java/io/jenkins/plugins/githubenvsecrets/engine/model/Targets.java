package io.jenkins.plugins.githubenvsecrets.engine.model;

/** Wording shared by the targets. */
final class Targets {
    private Targets() {
    }

    /** Actions is what users mean by default, so only the other applications are named. */
    static String applicationSuffix(Application application) {
        return application == Application.ACTIONS ? "" : " (" + application.displayName() + ")";
    }
}
