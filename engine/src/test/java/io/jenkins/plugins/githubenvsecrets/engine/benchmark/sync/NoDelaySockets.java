package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import java.lang.reflect.Field;
import java.net.Socket;
import java.net.SocketException;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Turns Nagle's algorithm off on the fake's side of every connection. MockWebServer flushes a response's headers
 * before it writes the body and leaves Nagle on, so on a reused keep-alive connection the body waits for the
 * client's delayed ACK of the headers: about 40 ms of real time on Linux, which scaled time turns into most of a
 * second. Real GitHub answers in one go, so this stall is an artifact of the fake, not of any client.
 *
 * <p>The fake offers no hook for it, so this reaches into the running server and wraps its set of open client
 * sockets, whose {@code add} is called for every accepted connection before its first request is read.
 */
final class NoDelaySockets {
    private NoDelaySockets() {
    }

    /** @return false (and nothing changed) when the fake or MockWebServer no longer has the expected fields */
    static boolean apply(GitHubFake fake) {
        try {
            Object server = accessible(GitHubFake.class, "server").get(fake);
            Field open = accessible(server.getClass(), "openClientSockets");
            @SuppressWarnings("unchecked")
            Set<Socket> sockets = (Set<Socket>) open.get(server);
            open.set(server, new NoDelaySet(sockets));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static Field accessible(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /** The server's own set, with TCP_NODELAY set on every socket as it is added. */
    private static final class NoDelaySet extends AbstractSet<Socket> {
        private final Set<Socket> sockets;

        NoDelaySet(Set<Socket> sockets) {
            this.sockets = sockets;
        }

        @Override
        public boolean add(Socket socket) {
            try {
                socket.setTcpNoDelay(true);
            } catch (SocketException closed) {
                // the connection is gone already; the server finds out itself
            }
            return sockets.add(socket);
        }

        @Override
        public boolean remove(Object socket) {
            return sockets.remove(socket);
        }

        @Override
        public boolean contains(Object socket) {
            return sockets.contains(socket);
        }

        @Override
        public Iterator<Socket> iterator() {
            return sockets.iterator();
        }

        @Override
        public int size() {
            return sockets.size();
        }
    }
}
