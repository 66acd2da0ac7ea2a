package com.novastoryteller.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.PageSession;

/** The new-story page answers whatever is posted to it with the whole page and a message, and starts no story. */
@ApplicationTest
class NewStoryPageTests {

    @LocalServerPort
    int port;

    Api api;
    Registered mia;
    PageSession page;

    @BeforeEach
    void signIn() {
        api = new Api(port);
        mia = api.register("page");
        page = PageSession.signIn(port, mia.username(), "good password");
    }

    @Test
    void aChoiceThatIsNotOnThePageIsShownAgainWithAMessage() {
        Map<String, String> messages = Map.of("template", "Pick one of the kinds of story.", "ageBand",
                "Pick who is listening.", "length", "Pick how long the story should be.", "interactive",
                "Tick the box, or leave it empty.");
        messages.forEach((field, message) -> {
            HttpResponse<String> reply = post(Map.of("prompt", "a fox who finds a key", "title", "The Key", field, "bogus"));

            assertThat(reply.statusCode()).as(field).isEqualTo(200);
            assertThat(reply.body()).as(field).contains(message).contains("a fox who finds a key").contains("The Key")
                    .contains("</html>");
        });
        assertThat(storyCount()).isZero();
    }

    @Test
    void aFieldThePageDoesNotHaveIsPointedOutAndNotIgnored() {
        for (String field : new String[] { "age_band", "language", "character_ids" }) {
            HttpResponse<String> reply = post(Map.of("prompt", "a fox who finds a key", field, "bogus"));

            assertThat(reply.statusCode()).as(field).isEqualTo(200);
            assertThat(reply.body()).as(field).contains("data-test=\"unknown-field\"").contains("</html>");
        }
        assertThat(storyCount()).isZero();
    }

    @Test
    void aHundredThousandCharactersInAnyFieldGetTheWholePageBack() {
        String huge = "x".repeat(100_000);
        for (String field : new String[] { "prompt", "title", "imageCaption", "characterIds", "template", "ageBand",
                "length", "interactive" }) {
            HttpResponse<String> reply = post(field.equals("prompt") ? Map.of("prompt", huge)
                    : Map.of("prompt", "a fox who finds a key", field, huge));

            assertThat(reply.statusCode()).as(field).isEqualTo(200);
            assertThat(reply.body()).as(field).contains("field-error").contains("</html>");
        }
        assertThat(storyCount()).isZero();
    }

    private HttpResponse<String> post(Map<String, String> fields) {
        return page.post("/stories/new", "/stories/new", fields);
    }

    private long storyCount() {
        return api.get("/api/stories", mia.token()).json().get("count").asLong();
    }
}
