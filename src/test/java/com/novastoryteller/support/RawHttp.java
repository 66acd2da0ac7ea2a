package com.novastoryteller.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte by byte, for what a well-behaved client will not send: a percent-escape that is not one
 * ({@code %ZZ}), bytes that are not UTF-8, a request line with control characters.
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** Sends {@code head} (the request line and headers, without the blank line) and {@code body}; answers the reply. */
    public Reply send(String head, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
            request.writeBytes(("\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            request.writeBytes(body);
            socket.getOutputStream().write(request.toByteArray());
            socket.getOutputStream().flush();
            return Reply.of(readAll(socket.getInputStream()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        try {
            in.transferTo(reply);
        }
        catch (IOException reset) {
            // The server may close the connection without reading all of a request it refused; what came is the reply.
        }
        return reply.toString(StandardCharsets.ISO_8859_1);
    }

    /** The status, the headers as they came and the body (not de-chunked). */
    public record Reply(int status, String head, String body) {

        static Reply of(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            String[] statusLine = head.split(" ", 3);
            int status = statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : 0;
            return new Reply(status, head, end < 0 ? "" : raw.substring(end + 4));
        }

        public boolean isProblem() {
            return head.toLowerCase().contains("content-type: application/problem+json");
        }
    }
}
