package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The fake's REST behaviour. Each request goes through GitHub's steps in order: route, headers, armed faults, token,
 * secondary rate limit, repository (404 unless the token can see it), permission (403), then the endpoint itself:
 * for a secret write, body schema, name, environment, key id, decryption, size and count. The routes of repository
 * and organization secrets, of variables and of selected repositories are {@link TargetApi}'s; GraphQL is
 * {@link GraphQlApi}'s.
 * One request at a time holds the state's monitor, so each answer sees a consistent GitHub.
 */
final class GitHubApi {
    /** How GitHub writes its {@code Date} header: IMF-fixdate, always GMT. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
    static final int MAX_ENVIRONMENT_NAME_LENGTH = 255;
    static final String NO_PERMISSION = "Resource not accessible by personal access token";

    private final FakeState state;
    private final Faults faults;
    private final RequestLog log;
    private final List<String> pathPrefix;
    private final TargetApi targets;
    private final GraphQlApi graphQl;
    private volatile HttpUrl apiBase;

    GitHubApi(FakeState state, Faults faults, RequestLog log, List<String> pathPrefix) {
        this.state = state;
        this.faults = faults;
        this.log = log;
        this.pathPrefix = List.copyOf(pathPrefix);
        this.targets = new TargetApi(state);
        this.graphQl = new GraphQlApi(state, log);
    }

    /** Where the API is served; links in answers point here. */
    void serveAt(HttpUrl base) {
        apiBase = base;
        targets.serveAt(base);
    }

    Reply handle(FakeRequest request, String requestId) {
        synchronized (state) {
            Reply reply;
            try {
                var route = route(request);
                HeaderRules.check(request);
                // An armed fault stands in for GitHub only once the request was routed and its headers read.
                var fault = faults.replacementFor(request, () -> echoOf(route, request));
                if (fault.isPresent()) {
                    return faults.withExtraHeaders(request, fault.get());
                }
                reply = answer(route, request, requestId);
            } catch (RejectedRequest rejected) {
                rejected.protocolViolation()
                        .ifPresent(problem -> log.violation(request.method() + " " + request.path() + ": " + problem));
                reply = rejected.reply();
            }
            reply = faults.withExtraHeaders(request, reply)
                    .withDefaultHeader("Date", HTTP_DATE.format(state.now().atOffset(ZoneOffset.UTC)));
            return faults.dropsAfterProcessing(request) ? reply.droppingConnection() : reply;
        }
    }

    /**
     * What the request carried, for a fault that echoes it: the token, and for an environment secret's PUT the value
     * it sealed, as the environment's private key opens it.
     */
    private Echo echoOf(FakeRoute parsed, FakeRequest request) {
        var value = "";
        if (parsed instanceof Route route && route.endpoint() == Endpoint.SECRET && request.method().equals("PUT")) {
            value = state.repository(route.repository()).flatMap(repository -> repository.environment(
                    route.environment())).flatMap(environment -> opened(environment, request)).orElse("");
        }
        return new Echo(request.header("Authorization").orElse(""), HeaderRules.token(request).orElse(""), value,
                request.path());
    }

    private static Optional<String> opened(FakeEnvironment environment, FakeRequest request) {
        try {
            var write = SecretWrite.parse(request.body(), Reply.REST_DOCS);
            return environment.keys().open(write.sealedValue()).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        } catch (RejectedRequest e) {
            return Optional.empty();
        }
    }

    private Reply answer(FakeRoute parsed, FakeRequest request, String requestId) throws RejectedRequest {
        var token = authenticate(request);
        if (request.isMutating()) {
            var wait = state.secondaryLimit().flatMap(SecondaryRateLimit::waitBefore);
            if (wait.isPresent()) {
                throw RejectedRequest.answer(SecondaryRateLimit.refusal(403, wait.get(), requestId));
            }
        }
        if (parsed instanceof GraphQlRoute) {
            return graphQl.answer(request, token);
        }
        if (parsed.repository() == null) {
            return targets.answer((TargetRoute) parsed, null, token, request);
        }
        var moved = state.movedFrom(parsed.repository()).filter(visible -> !token.seesNothing());
        if (moved.isPresent()) {
            return movedPermanently(request, moved.get());
        }
        var repository = state.repository(parsed.repository())
                .filter(visible -> !token.seesNothing())
                .orElseThrow(() -> RejectedRequest.answer(Reply.notFound(parsed.documentation())));
        if (parsed instanceof TargetRoute target) {
            return targets.answer(target, repository, token, request);
        }
        var route = (Route) parsed;
        if (!route.endpoint().allows(token, request.method())) {
            throw RejectedRequest.answer(Reply.error(403, NO_PERMISSION, route.documentation()));
        }
        return switch (route.endpoint()) {
            case REPOSITORY -> Reply.json(200, Views.repository(repository, apiBase));
            case ENVIRONMENTS -> listEnvironments(request, repository);
            case ENVIRONMENT -> request.method().equals("PUT")
                    ? putEnvironment(request, route, repository)
                    : Reply.json(200, Views.environment(repository, environment(repository, route), apiBase));
            case SECRETS -> listSecrets(request, route, repository);
            case PUBLIC_KEY -> Reply.json(200, Views.publicKey(environment(repository, route).keys()));
            case SECRET -> switch (request.method()) {
                case "PUT" -> putSecret(request, route, repository);
                case "DELETE" -> deleteSecret(route, repository);
                default -> getSecret(route, repository);
            };
        };
    }

    /**
     * A request by a repository's former name, answered as GitHub does: the same path under
     * {@code /repositories/{id}}, with 301 for a GET and 307 for other methods, so that a client repeats a write.
     */
    private Reply movedPermanently(FakeRequest request, FakeRepository repository) {
        var location = apiBase.newBuilder().addPathSegment("repositories")
                .addPathSegment(String.valueOf(repository.id()));
        var segments = request.pathSegments();
        segments.subList(pathPrefix.size() + 3, segments.size()).forEach(location::addPathSegment);
        var url = location.encodedQuery(request.url().encodedQuery()).build().toString();
        boolean get = request.method().equals("GET");
        var body = Json.object()
                .put("message", get ? "Moved Permanently" : "Temporary Redirect")
                .put("url", url)
                .put("documentation_url", "https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api"
                        + "#follow-redirects");
        return Reply.json(get ? 301 : 307, body).withHeader("Location", url);
    }

    private FakeRoute route(FakeRequest request) throws RejectedRequest {
        var segments = request.pathSegments();
        boolean prefixed = segments.size() >= pathPrefix.size()
                && segments.subList(0, pathPrefix.size()).equals(pathPrefix);
        var below = segments.subList(Math.min(pathPrefix.size(), segments.size()), segments.size());
        var route = prefixed
                ? Route.parse(request.method(), below).<FakeRoute>map(found -> found)
                        .or(() -> TargetRoute.parse(request.method(), below))
                : Optional.<FakeRoute>empty();
        return route.or(() -> GraphQlRoute.parse(request.method(), segments, pathPrefix))
                .orElseThrow(() -> RejectedRequest.violation(Reply.notFound(Reply.REST_DOCS),
                        "no GitHub endpoint answers " + request.method() + " " + request.path()));
    }

    private FakeToken authenticate(FakeRequest request) throws RejectedRequest {
        // HeaderRules has made sure the header holds a token; whether GitHub knows it is another matter.
        var token = HeaderRules.token(request).orElseThrow();
        return state.token(token)
                .orElseThrow(() -> RejectedRequest.answer(Reply.error(401, "Bad credentials", Reply.REST_DOCS)));
    }

    private static FakeEnvironment environment(FakeRepository repository, Route route) throws RejectedRequest {
        return repository.environment(route.environment())
                .orElseThrow(() -> RejectedRequest.answer(Reply.notFound(route.documentation())));
    }

    private Reply listEnvironments(FakeRequest request, FakeRepository repository) {
        var page = PageRequest.of(request);
        var all = new ArrayList<>(repository.environments());
        var json = Json.object().put("total_count", all.size());
        var items = json.putArray("environments");
        page.slice(all).forEach(environment -> items.add(Views.environment(repository, environment, apiBase)));
        var listUrl = request.url().newBuilder().query(null).build();
        var reply = Reply.json(200, json);
        return page.linkHeader(listUrl, request, all.size()).map(link -> reply.withHeader("Link", link)).orElse(reply);
    }

    private Reply putEnvironment(FakeRequest request, Route route, FakeRepository repository)
            throws RejectedRequest {
        EnvironmentSettings.check(request.body(), route.documentation());
        var name = route.environment();
        if (name.length() > MAX_ENVIRONMENT_NAME_LENGTH) {
            throw RejectedRequest.answer(Reply.error(422, "Invalid request.\n\nName is too long (maximum is "
                    + MAX_ENVIRONMENT_NAME_LENGTH + " characters).", route.documentation()));
        }
        var existing = repository.environment(name);
        existing.ifPresent(environment -> environment.touch(state.now()));
        var environment = existing.orElseGet(() -> state.addEnvironment(repository, name));
        return Reply.json(200, Views.environment(repository, environment, apiBase));
    }

    private Reply listSecrets(FakeRequest request, Route route, FakeRepository repository) throws RejectedRequest {
        var environment = environment(repository, route);
        var page = PageRequest.of(request);
        // A listing may lag recent writes, as GitHub's can: it then shows what the secrets were before them.
        var listed = new ArrayList<>(environment.secrets().stream()
                .map(secret -> secret.metadataListedAt(state.now(), state.listingLag()))
                .flatMap(Optional::stream).toList());
        listed.addAll(environment.phantoms());
        listed.sort(Comparator.comparing(SecretMetadata::name));
        var json = Json.object().put("total_count", listed.size());
        var items = json.putArray("secrets");
        page.slice(listed).forEach(metadata -> items.add(Views.secret(metadata)));
        // Like github.com, the links name the repository by id.
        var listUrl = apiBase.newBuilder().addPathSegment("repositories").addPathSegment(String.valueOf(repository.id()))
                .addPathSegment("environments").addPathSegment(environment.name()).addPathSegment("secrets").build();
        var reply = Reply.json(200, json);
        return page.linkHeader(listUrl, request, listed.size()).map(link -> reply.withHeader("Link", link)).orElse(reply);
    }

    private static Reply getSecret(Route route, FakeRepository repository) throws RejectedRequest {
        var secret = environment(repository, route).secret(route.secret())
                .orElseThrow(() -> RejectedRequest.answer(Reply.notFound(route.documentation())));
        return Reply.json(200, Views.secret(secret.metadata()));
    }

    private static Reply deleteSecret(Route route, FakeRepository repository) throws RejectedRequest {
        if (!environment(repository, route).delete(route.secret())) {
            throw RejectedRequest.answer(Reply.notFound(route.documentation()));
        }
        return Reply.noContent();
    }

    private Reply putSecret(FakeRequest request, Route route, FakeRepository repository) throws RejectedRequest {
        var documentation = route.documentation();
        var write = SecretWrite.parse(request.body(), documentation);
        SealedSecrets.checkName(route.secret(), documentation);
        var environment = environment(repository, route);
        var plaintext = SealedSecrets.open(environment, write, state::newKeys, documentation);
        try {
            return SealedSecrets.store(environment, route.secret(), plaintext, state.now(),
                    state.maxSecretsPerEnvironment(), "environment", documentation);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }
}
