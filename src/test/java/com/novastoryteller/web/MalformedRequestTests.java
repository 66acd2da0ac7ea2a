package com.novastoryteller.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.Api.Reply;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.RawHttp;

/** Requests no form or client of ours would send get a 4xx problem detail, change nothing and hardly touch the log. */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    Registered mia;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        mia = api.register("malformed");
    }

    @Test
    void aMultipartBodyThatEndsAtOnceIsA400AndAtMostOneLogLine(CapturedOutput output) {
        for (String path : new String[] { "/api/login", "/api/register", "/api/stories", "/api/transcriptions" }) {
            int linesBefore = lines(output);

            Reply reply = api.send(api.request(path, path.startsWith("/api/stories") || path.contains("transcr")
                    ? mia.token() : null)
                    .header("Content-Type", "multipart/form-data; boundary=zzz")
                    .POST(HttpRequest.BodyPublishers.ofString("--zzz\r\n")));

            assertProblem(reply, 400, path);
            assertThat(lines(output) - linesBefore).as("log lines for " + path).isLessThanOrEqualTo(1);
        }
        assertThat(storyCount()).isZero();
    }

    @Test
    void theLogFilesTogetherAreCappedAtOneGigabyte() {
        // Spring Boot hands the setting to its logback file appender through this system property.
        assertThat(System.getProperty("LOGBACK_ROLLINGPOLICY_TOTAL_SIZE_CAP"))
                .isEqualTo(String.valueOf(DataSize.ofGigabytes(1).toBytes()));
    }

    @Test
    void textThatIsNotUtf8InAQueryIsA400(CapturedOutput output) {
        String admin = api.admin(accounts);
        int linesBefore = lines(output);
        for (String path : new String[] { "/api/stories?q=%C0%AF", "/api/characters?q=%C0%AF",
                "/api/stories?template=%FF" }) {
            assertProblem(api.get(path, mia.token()), 400, path);
        }
        for (String path : new String[] { "/api/admin/users?q=%C0%AF", "/api/admin/stories?q=%C0%AF",
                "/api/admin/logs/?q=%C0%AF", "/api/admin/logs/nova-storyteller.log?filter=%C0%AF" }) {
            assertProblem(api.get(path, admin), 400, path);
        }
        Reply page = api.send(api.request("/signin?error=%C0%AF", null).setHeader("Accept", "text/html").GET());
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(lines(output) - linesBefore).as("nothing logged").isZero();
    }

    @Test
    void aNumberWhereTextIsTakenIsRefused() {
        Reply story = api.post("/api/stories", mia.token(), "{\"prompt\": 5}");
        assertProblem(story, 400, "prompt: 5");
        assertThat(story.json().get("errors").has("prompt")).isTrue();
        assertProblem(api.post("/api/stories", mia.token(), "{\"prompt\": true}"), 400, "prompt: true");
        assertProblem(api.post("/api/stories", mia.token(), "{\"prompt\": \"a fox\", \"title\": 1.5}"), 400, "title: 1.5");
        assertProblem(api.post("/api/login", null, "{\"username\": 12345, \"password\": \"good password\"}"), 400,
                "username: 12345");
        assertThat(storyCount()).isZero();
    }

    @Test
    void theErrorAddressItselfHasNothing() {
        assertProblem(api.get("/error", null), 404, "/error");
        assertThat(api.send(api.request("/error", null).setHeader("Accept", "text/html").GET()).status()).isEqualTo(404);
    }

    @Test
    void anEncodedSlashOrAMalformedEscapeInAPathIsAProblemDetail() {
        for (String path : new String[] { "/api/stories/abc%2Fdef", "/api/admin/logs/..%2Fsecret", "/api/stories/%C0%AF",
                "/api/stories/%ZZ" }) {
            RawHttp.Reply reply = new RawHttp(port).send("GET " + path + " HTTP/1.1\r\nAccept: application/json",
                    new byte[0]);
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.isProblem()).as(path + ": " + reply.head()).isTrue();
            assertThat(reply.body()).as(path).contains("\"status\":400").doesNotContain("<html");
        }
    }

    @Test
    void onlyOneByteRangeIsServed() {
        String portrait = api.post("/api/characters", mia.token(), Map.of("name", "Rufus", "description", "a red fox"))
                .json().get("image").asString();
        for (String path : new String[] { portrait, "/css/app.css" }) {
            byte[] whole = api.bytes(path, mia.token()).body();

            for (String several : new String[] { "bytes=0-1,3-4", "bytes=0-0,0-0,0-0,0-0", "bytes=abc", "bytes=5-2",
                    "lines=1-2" }) {
                HttpResponse<byte[]> reply = range(path, several);
                assertThat(reply.statusCode()).as(path + " " + several).isEqualTo(200);
                assertThat(reply.body()).as(path + " " + several).isEqualTo(whole);
            }
            HttpResponse<byte[]> one = range(path, "bytes=0-9");
            assertThat(one.statusCode()).isEqualTo(206);
            assertThat(new String(one.body(), StandardCharsets.ISO_8859_1))
                    .isEqualTo(new String(whole, 0, 10, StandardCharsets.ISO_8859_1));
            HttpResponse<byte[]> beyond = range(path, "bytes=99999999-");
            assertThat(beyond.statusCode()).as(path).isEqualTo(416);
            assertThat(beyond.body().length).as(path + ": no file in a 416").isLessThan(whole.length);
        }
    }

    private HttpResponse<byte[]> range(String path, String range) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(api.request(path, mia.token()).setHeader("Accept", "*/*")
                    .header("Range", range).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private long storyCount() {
        return api.get("/api/stories", mia.token()).json().get("count").asLong();
    }

    private static int lines(CapturedOutput output) {
        return (int) output.getAll().lines().count();
    }

    private static void assertProblem(Reply reply, int status, String what) {
        assertThat(reply.status()).as(what + ": " + reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(what).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).as(what).isEqualTo(status);
    }
}
