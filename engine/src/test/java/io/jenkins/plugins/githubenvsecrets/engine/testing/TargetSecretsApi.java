package io.jenkins.plugins.githubenvsecrets.engine.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The secrets of repositories and organizations, per application: public key, paged listing, get, write (real
 * decryption with that target's own key pair) and delete. An organization secret also keeps which repositories may
 * read it; its write may change that alone, leaving out the value.
 */
final class TargetSecretsApi {
    private final FakeState state;
    private volatile HttpUrl apiBase;

    TargetSecretsApi(FakeState state) {
        this.state = state;
    }

    void serveAt(HttpUrl base) {
        apiBase = base;
    }

    Reply publicKey(ResolvedTarget target) {
        return Reply.json(200, Views.publicKey(target.secrets().keys()));
    }

    Reply list(ResolvedTarget target, FakeRequest request) {
        var page = PageRequest.of(request);
        // A listing may lag recent writes, as GitHub's can: it then shows what the secrets were before them.
        var listed = target.secrets().secrets().stream()
                .map(secret -> secret.metadataListedAt(state.now(), state.listingLag()))
                .flatMap(Optional::stream).toList();
        var json = Json.object().put("total_count", listed.size());
        var items = json.putArray("secrets");
        page.slice(listed).forEach(metadata -> items.add(view(target, metadata)));
        var listUrl = request.url().newBuilder().query(null).build();
        var reply = Reply.json(200, json);
        return page.linkHeader(listUrl, request, listed.size()).map(link -> reply.withHeader("Link", link))
                .orElse(reply);
    }

    Reply item(ResolvedTarget target, FakeRequest request) throws RejectedRequest {
        var route = target.route();
        return switch (request.method()) {
            case "PUT" -> target.isOrganization() ? putOrganization(target, request) : put(target, request);
            case "DELETE" -> {
                if (!target.secrets().delete(route.name())) {
                    throw RejectedRequest.answer(Reply.notFound(route.documentation()));
                }
                yield Reply.noContent();
            }
            default -> Reply.json(200, view(target, target.secrets().secret(route.name())
                    .orElseThrow(() -> RejectedRequest.answer(Reply.notFound(route.documentation()))).metadata()));
        };
    }

    private Reply put(ResolvedTarget target, FakeRequest request) throws RejectedRequest {
        var documentation = target.route().documentation();
        var write = SecretWrite.parse(request.body(), documentation);
        SealedSecrets.checkName(target.route().name(), documentation);
        return seal(target, write);
    }

    /** With a value: sealed as any secret; without one, only an existing secret's visibility changes. */
    private Reply putOrganization(ResolvedTarget target, FakeRequest request) throws RejectedRequest {
        var route = target.route();
        var write = OrganizationSecretWrite.parse(request.body(), route.documentation());
        SealedSecrets.checkName(route.name(), route.documentation());
        target.requireOwnRepositories(write.ids().orElse(List.of()));
        Reply reply;
        if (write.sealed().isPresent()) {
            reply = seal(target, write.sealed().get());
        } else if (target.secrets().secret(route.name()).isPresent()) {
            reply = Reply.noContent();
        } else {
            throw RejectedRequest.answer(Reply.error(422, "Invalid request.\n\n\"encrypted_value\" wasn't supplied.",
                    route.documentation()));
        }
        target.organizationSecrets().access(route.name(), write.access());
        return reply;
    }

    private Reply seal(ResolvedTarget target, SecretWrite write) throws RejectedRequest {
        var documentation = target.route().documentation();
        var holder = target.secrets();
        var plaintext = SealedSecrets.open(holder, write, state::newKeys, documentation);
        try {
            return SealedSecrets.store(holder, target.route().name(), plaintext, state.now(), target.maxSecrets(),
                    target.noun(), documentation);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private ObjectNode view(ResolvedTarget target, SecretMetadata metadata) {
        if (!target.isOrganization()) {
            return Views.secret(metadata);
        }
        var access = target.organizationSecrets().access(metadata.name());
        return TargetViews.organizationSecret(metadata, access,
                target.selectedRepositoriesUrl(apiBase, metadata.name()));
    }
}
