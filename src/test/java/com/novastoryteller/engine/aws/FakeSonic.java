package com.novastoryteller.engine.aws;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.novastoryteller.support.TestMedia;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http2.DefaultHttp2DataFrame;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.codec.http2.Http2StreamFrame;
import software.amazon.eventstream.HeaderValue;
import software.amazon.eventstream.Message;
import software.amazon.eventstream.MessageDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A loopback server that speaks Nova Sonic's side of Bedrock's {@code InvokeModelWithBidirectionalStream} as AWS
 * does: HTTP/2 (cleartext, prior knowledge), {@code POST /model/{modelId}/invoke-with-bidirectional-stream}, whose
 * request body is a stream of SigV4-signed event-stream messages, each wrapping a {@code chunk} event whose JSON
 * {@code bytes} carry one Sonic input event; the answer is a stream of {@code chunk} events carrying Sonic's output
 * events. When the child's audio content ends, it answers as Sonic does: the USER transcript ({@link #heard}), then
 * the ASSISTANT's text and 24 kHz audio. It keeps every input event, the audio it was sent, and the request headers.
 */
final class FakeSonic implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final List<JsonNode> events = new CopyOnWriteArrayList<>();
    final List<String> paths = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    volatile String heard = "a dragon who is scared of the dark";
    volatile String answer = "Ooh, a dragon! Let's see what happens.";
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel server;

    FakeSonic() {
        try {
            server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline().addLast(Http2FrameCodecBuilder.forServer().build(),
                                    new Http2MultiplexHandler(new ChannelInitializer<Http2StreamChannel>() {
                                        @Override
                                        protected void initChannel(Http2StreamChannel stream) {
                                            stream.pipeline().addLast(new Conversation());
                                        }
                                    }));
                        }
                    })
                    .bind("127.0.0.1", 0).sync().channel();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** The audio of every {@code audioInput} event, joined: what the product sent as the child's voice. */
    byte[] audio() {
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        events.stream().filter(event -> event.has("audioInput"))
                .forEach(event -> audio.writeBytes(Base64.getDecoder().decode(event.path("audioInput").path("content").asString())));
        return audio.toByteArray();
    }

    /** One stream: one conversation. */
    private final class Conversation extends SimpleChannelInboundHandler<Http2StreamFrame> {

        private final MessageDecoder signed = new MessageDecoder();
        private String prompt = "";

        @Override
        protected void channelRead0(ChannelHandlerContext context, Http2StreamFrame frame) {
            if (frame instanceof Http2HeadersFrame headers) {
                paths.add(String.valueOf(headers.headers().path()));
                authorizations.add(String.valueOf(headers.headers().get("authorization")));
                context.writeAndFlush(new DefaultHttp2HeadersFrame(new DefaultHttp2Headers().status("200")
                        .add("content-type", "application/vnd.amazon.eventstream")
                        .add("x-amzn-requestid", UUID.randomUUID().toString())));
                return;
            }
            if (frame instanceof Http2DataFrame data) {
                ByteBuf content = data.content();
                byte[] bytes = new byte[content.readableBytes()];
                content.readBytes(bytes);
                signed.feed(bytes);
                for (Message outer : signed.getDecodedMessages()) {
                    if (outer.getPayload().length > 0) {
                        received(context, Message.decode(ByteBuffer.wrap(outer.getPayload())));
                    }
                }
                if (data.isEndStream()) {
                    context.writeAndFlush(new DefaultHttp2DataFrame(Unpooled.EMPTY_BUFFER, true));
                }
            }
        }

        private void received(ChannelHandlerContext context, Message chunk) {
            JsonNode bytes = JSON.readTree(chunk.getPayload());
            JsonNode event = JSON.readTree(Base64.getDecoder().decode(bytes.path("bytes").asString())).path("event");
            events.add(event);
            if (event.has("promptStart")) {
                prompt = event.path("promptStart").path("promptName").asString();
            }
            boolean audioEnded = event.has("contentEnd") && events.stream().anyMatch(earlier -> earlier.has("contentStart")
                    && earlier.path("contentStart").path("type").asString().equals("AUDIO")
                    && earlier.path("contentStart").path("contentName").asString()
                            .equals(event.path("contentEnd").path("contentName").asString()));
            if (audioEnded) {
                answer(context);
            }
        }

        private void answer(ChannelHandlerContext context) {
            send(context, "completionStart", JSON.createObjectNode().put("promptName", prompt));
            send(context, "contentStart", JSON.createObjectNode().put("promptName", prompt).put("role", "USER")
                    .put("type", "TEXT"));
            send(context, "textOutput", JSON.createObjectNode().put("promptName", prompt).put("role", "USER")
                    .put("content", heard));
            send(context, "contentEnd", JSON.createObjectNode().put("promptName", prompt).put("stopReason", "END_TURN"));
            send(context, "contentStart", JSON.createObjectNode().put("promptName", prompt).put("role", "ASSISTANT")
                    .put("type", "TEXT").put("additionalModelFields", "{\"generationStage\":\"FINAL\"}"));
            send(context, "textOutput", JSON.createObjectNode().put("promptName", prompt).put("role", "ASSISTANT")
                    .put("content", answer));
            send(context, "contentEnd", JSON.createObjectNode().put("promptName", prompt).put("stopReason", "END_TURN"));
            send(context, "contentStart", JSON.createObjectNode().put("promptName", prompt).put("role", "ASSISTANT")
                    .put("type", "AUDIO"));
            byte[] pcm = TestMedia.tone(24_000, 12_000, 330, 5000); // half a second
            send(context, "audioOutput", JSON.createObjectNode().put("promptName", prompt).put("role", "ASSISTANT")
                    .put("content", Base64.getEncoder().encodeToString(pcm)));
            send(context, "contentEnd", JSON.createObjectNode().put("promptName", prompt).put("stopReason", "END_TURN"));
            send(context, "completionEnd", JSON.createObjectNode().put("promptName", prompt).put("stopReason", "END_TURN"));
        }

        private void send(ChannelHandlerContext context, String type, ObjectNode body) {
            ObjectNode event = JSON.createObjectNode();
            event.putObject("event").set(type, body);
            ObjectNode payload = JSON.createObjectNode().put("bytes",
                    Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(event)));
            Map<String, HeaderValue> headers = new LinkedHashMap<>();
            headers.put(":event-type", HeaderValue.fromString("chunk"));
            headers.put(":content-type", HeaderValue.fromString("application/json"));
            headers.put(":message-type", HeaderValue.fromString("event"));
            ByteBuffer encoded = new Message(headers, JSON.writeValueAsBytes(payload)).toByteBuffer();
            context.writeAndFlush(new DefaultHttp2DataFrame(Unpooled.wrappedBuffer(encoded), false));
        }
    }

    @Override
    public void close() {
        server.close();
        group.shutdownGracefully();
    }
}
