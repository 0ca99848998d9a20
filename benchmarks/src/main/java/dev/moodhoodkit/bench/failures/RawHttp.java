package dev.moodhoodkit.bench.failures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends request bytes exactly as given over a plain socket and reads the answer's status: no
 * client library would send invalid UTF-8, wrong lengths or broken headers on purpose.
 */
final class RawHttp {

    /** The status and the first bytes of the answer; status 0 when there was no answer. */
    record Answer(int status, String head, String failure) {}

    private final String host;
    private final int port;

    RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Request head plus body; the head gets Host and Connection: close. */
    static byte[] request(String method, String target, String headers, byte[] body, boolean declareLength) {
        StringBuilder head = new StringBuilder()
                .append(method)
                .append(' ')
                .append(target)
                .append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\nConnection: close\r\n");
        if (!headers.isEmpty()) {
            head.append(headers.endsWith("\r\n") ? headers : headers + "\r\n");
        }
        if (body != null && declareLength) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            return start;
        }
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }

    /** A chunked body of {@code size} bytes of {@code fill}, in 8 KiB chunks. */
    static byte[] chunked(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int off = 0; off < content.length; off += 8192) {
            int n = Math.min(8192, content.length - off);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(content, off, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    Answer send(byte[] request, boolean halfClose) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                if (halfClose) {
                    socket.shutdownOutput();
                }
            } catch (IOException e) {
                // The server may answer (413, 400) and close before reading a large body: read on.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    if (answer.size() < 4096) {
                        answer.write(buffer, 0, Math.min(n, 4096 - answer.size()));
                    }
                }
            } catch (IOException e) {
                if (answer.size() == 0) {
                    return new Answer(0, "", e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
                return new Answer(0, text, "no status line");
            }
            return new Answer(Integer.parseInt(text.substring(9, 12)), text, null);
        } catch (IOException e) {
            return new Answer(0, "", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
