package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

/** What GitHub and the store hold before the measured sync. */
enum Scenario {
    /** A fresh fake and a fresh store: every secret is new. */
    COLD("cold"),
    /** The same sync a second time: nothing changed. */
    WARM("warm"),
    /** After a cold run, ceil(10 %) of the values (at least one) changed in every environment. */
    CHANGED("changed10");

    private final String label;

    Scenario(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
