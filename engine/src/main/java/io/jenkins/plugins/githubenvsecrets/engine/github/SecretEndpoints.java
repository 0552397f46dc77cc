package io.jenkins.plugins.githubenvsecrets.engine.github;

import static io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind.SECRET;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The secret endpoints of every target: key, list, get, write and delete; see {@link GitHubClient} for each route. */
final class SecretEndpoints {
    /** GitHub's largest page for secrets. */
    static final int PER_PAGE = 100;

    private final Exchange exchange;

    SecretEndpoints(Exchange exchange) {
        this.exchange = exchange;
    }

    TargetPublicKey publicKey(Target target) throws InterruptedException {
        RequestContext request = RequestContext.of("GET", target, SECRET, null);
        Answer answer = exchange.send(request, TargetRoutes.url(exchange.api(), target, SECRET, "public-key").build(),
                null).expect(200);
        JsonNode json = answer.json();
        return new TargetPublicKey(answer.text(json, "key_id"), answer.text(json, "key"));
    }

    List<SecretMetadata> list(Target target) throws InterruptedException {
        return listing(target).all(TargetRoutes.url(exchange.api(), target, SECRET), PER_PAGE, "secrets",
                Items::secret);
    }

    List<OrganizationSecret> listOrganization(OrganizationTarget target) throws InterruptedException {
        return listing(target).all(TargetRoutes.url(exchange.api(), target, SECRET), PER_PAGE, "secrets",
                Items::organizationSecret);
    }

    Optional<SecretMetadata> get(Target target, String name) throws InterruptedException {
        RequestContext request = RequestContext.of("GET", target, SECRET, name);
        Answer answer = exchange.send(request, TargetRoutes.url(exchange.api(), request, name), null)
                .expect(200, 404);
        return answer.status() == 404 ? Optional.empty() : Optional.of(Items.secret(answer, answer.json()));
    }

    WriteReceipt put(Target target, String name, String encryptedValueBase64, String keyId)
            throws InterruptedException {
        if (target instanceof OrganizationTarget) {
            throw new IllegalArgumentException(target.describe() + ", secret '" + name + "': an organization secret"
                    + " is written with the repositories that may read it (putOrganizationSecret). Nothing was sent.");
        }
        return write(target, name, sealed(encryptedValueBase64, keyId));
    }

    WriteReceipt putOrganization(OrganizationTarget target, String name, String encryptedValueBase64, String keyId,
            RepositoryAccess access) throws InterruptedException {
        Objects.requireNonNull(access, "access");
        return write(target, name, Bodies.withAccess(sealed(encryptedValueBase64, keyId), access));
    }

    boolean delete(Target target, String name) throws InterruptedException {
        RequestContext request = RequestContext.of("DELETE", target, SECRET, name);
        return exchange.send(request, TargetRoutes.url(exchange.api(), request, name), null)
                .expect(204, 404).status() == 204;
    }

    private WriteReceipt write(Target target, String name, ObjectNode body) throws InterruptedException {
        RequestContext request = RequestContext.of("PUT", target, SECRET, name);
        Answer answer = exchange.send(request, TargetRoutes.url(exchange.api(), request, name),
                Json.bytes(body)).expect(201, 204);
        return exchange.receipt(answer.status() == 201 ? WriteOutcome.CREATED : WriteOutcome.UPDATED, answer);
    }

    private static ObjectNode sealed(String encryptedValueBase64, String keyId) {
        Objects.requireNonNull(encryptedValueBase64, "encryptedValueBase64");
        Objects.requireNonNull(keyId, "keyId");
        return Json.object().put("encrypted_value", encryptedValueBase64).put("key_id", keyId);
    }

    private Pager listing(Target target) {
        return new Pager(exchange.api(), page -> exchange.send(RequestContext.of("GET", target, SECRET, null), page,
                null));
    }
}
