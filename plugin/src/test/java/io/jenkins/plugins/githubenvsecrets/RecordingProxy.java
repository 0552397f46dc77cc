package io.jenkins.plugins.githubenvsecrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.ByteString;

/**
 * A forwarding HTTP proxy on loopback that records what passes: each request, which a client sends to a proxy with
 * its absolute URL as the target, is recorded and sent on to that URL, and the answer is passed back unchanged.
 */
final class RecordingProxy implements AutoCloseable {
    /** Headers of one hop only, not forwarded; OkHttp sets its own Host and Content-Length for the next hop. */
    private static final Set<String> HOP_HEADERS = Set.of("connection", "proxy-connection", "keep-alive",
            "proxy-authorization", "proxy-authenticate", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length");

    private final MockWebServer server = new MockWebServer();
    /** Straight to the target: no proxy, no redirect followed, no retry, so the client sees what the server said. */
    private final OkHttpClient onward = new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).followRedirects(false)
            .retryOnConnectionFailure(false).build();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    private RecordingProxy() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                return forward(request);
            }
        });
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("the proxy could not listen on loopback", e);
        }
    }

    static RecordingProxy start() {
        return new RecordingProxy();
    }

    String host() {
        return "127.0.0.1";
    }

    int port() {
        return server.getPort();
    }

    /** Every request that reached the proxy, in order. */
    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    private MockResponse forward(RecordedRequest request) {
        if (!request.getTarget().startsWith("http://")) {
            // A request in origin form was meant for a server, not for a proxy.
            return new MockResponse.Builder().code(400).body("a proxy needs the absolute URL").build();
        }
        Headers.Builder headers = new Headers.Builder();
        for (int i = 0; i < request.getHeaders().size(); i++) {
            String name = request.getHeaders().name(i);
            if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.add(name, request.getHeaders().value(i));
            }
        }
        Request onwardRequest = new Request.Builder().url(request.getTarget()).headers(headers.build())
                .method(request.getMethod(), body(request)).build();
        try (Response response = onward.newCall(onwardRequest).execute()) {
            Headers answer = response.headers().newBuilder().removeAll("Content-Length").removeAll("Transfer-Encoding")
                    .removeAll("Connection").build();
            return new MockResponse.Builder().code(response.code()).headers(answer)
                    .body(new Buffer().write(response.body().bytes())).build();
        } catch (IOException e) {
            return new MockResponse.Builder().code(502).body("the proxy could not reach " + request.getUrl()).build();
        }
    }

    /** The request's body for the next hop; none for a request without one, as GET must be sent. */
    private static RequestBody body(RecordedRequest request) {
        ByteString body = request.getBody();
        boolean needsBody = Set.of("POST", "PUT", "PATCH").contains(request.getMethod());
        if ((body == null || body.size() == 0) && !needsBody) {
            return null;
        }
        String type = request.getHeaders().get("Content-Type");
        return RequestBody.create(body == null ? ByteString.EMPTY : body, type == null ? null : MediaType.parse(type));
    }

    @Override
    public void close() {
        server.close();
        onward.connectionPool().evictAll();
    }
}
