package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.Optional;

/**
 * Stops handling a request with GitHub's answer. When the request broke the protocol (a header or body GitHub's
 * schema does not allow), it also carries what was wrong, for {@link GitHubFake#protocolViolations()}.
 */
final class RejectedRequest extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Reply reply;
    private final String protocolViolation;

    private RejectedRequest(Reply reply, String protocolViolation) {
        super(protocolViolation, null, false, false);
        this.reply = reply;
        this.protocolViolation = protocolViolation;
    }

    /** A request GitHub would refuse this way; not the client's protocol mistake. */
    static RejectedRequest answer(Reply reply) {
        return new RejectedRequest(reply, null);
    }

    /** A request that breaks GitHub's protocol; {@code problem} names what, never a value. */
    static RejectedRequest violation(Reply reply, String problem) {
        return new RejectedRequest(reply, problem);
    }

    /** A body that breaks the request schema: GitHub's 422 "Invalid request." with {@code detail}. */
    static RejectedRequest schemaViolation(String problem, String detail, String documentation) {
        return violation(Reply.error(422, "Invalid request.\n\n" + detail, documentation), problem);
    }

    Reply reply() {
        return reply;
    }

    Optional<String> protocolViolation() {
        return Optional.ofNullable(protocolViolation);
    }
}
