package dev.moodhoodkit.server.embed;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A customer's website that embeds a room: a second local HTTP server, so that its origin
 * ({@code http://127.0.0.1:<port>}) differs from the room server's ({@code http://localhost:<port>})
 * as a real site's does. Each page holds one descriptor's {@code html} and records every message
 * the frame posts in {@code window.received}, as {@code "<origin> <data>"}.
 */
final class EmbeddingSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    EmbeddingSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String page = pages.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "no such page" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", page == null ? "text/plain" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The page at {@code /<name>} on {@code host} (an address of this machine), holding the iframe HTML. */
    String page(String host, String name, String heading, String iframeHtml) {
        pages.put("/" + name, """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Acme School</title>
                  <style>
                    body { margin: 0; background: #f1f5f9; color: #0f172a; font: 15px/1.4 "DejaVu Sans", sans-serif; }
                    header { display: flex; justify-content: space-between; align-items: center; padding: 14px 28px;
                             background: #fff; border-bottom: 1px solid #e2e8f0; }
                    header strong { font-size: 18px; color: #0369a1; }
                    header nav { color: #64748b; }
                    main { padding: 18px 28px; }
                    h2 { margin: 0 0 12px; font-size: 18px; }
                    #room iframe { display: block; border-radius: 12px; box-shadow: 0 6px 24px rgba(15, 23, 42, .18); }
                    #messages { margin: 10px 0 0; color: #475569; }
                  </style>
                </head>
                <body>
                  <header><strong>Acme School</strong><nav>My courses · Timetable · Profile</nav></header>
                  <main>
                    <h2>%s</h2>
                    <div id="room">%s</div>
                    <p id="messages">Above: the descriptor's html, pasted as it is. Messages from the room appear here.</p>
                  </main>
                  <script>
                    window.received = [];
                    window.addEventListener('message', (event) => {
                      window.received.push(event.origin + ' ' + event.data);
                      document.getElementById('messages').textContent = 'Message from the room: ' + event.data;
                    });
                  </script>
                </body>
                </html>
                """.formatted(heading, iframeHtml));
        return "http://" + host + ":" + port() + "/" + name;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
