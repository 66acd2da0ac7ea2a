package com.novastoryteller.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.PageSession;

/** The story page's forms check what is posted as the API does, and say what is wrong instead of ignoring it. */
@ApplicationTest
class StoryFormsPageTests {

    @LocalServerPort
    int port;

    Api api;
    Registered mia;
    PageSession page;
    String id;

    @BeforeEach
    void aWrittenStory() {
        api = new Api(port);
        mia = api.register("forms");
        page = PageSession.signIn(port, mia.username(), "good password");
        id = api.post("/api/stories/", mia.token(), Map.of("prompt", "a hedgehog who paints the sky", "length", "short"))
                .json().get("id").asString();
        api.awaitReady(id, mia.token(), Duration.ofMinutes(2));
    }

    @Test
    void aChangeOfOnlyBlanksIsPointedOutAndWritesNothing() {
        HttpResponse<String> reply = page.post("/stories/" + id, "/stories/" + id + "/regenerate",
                Map.of("modifications", "   "));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("data-test=\"modifications-error\"").contains("Say what should change.");
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void anUnkindChangeIsRefusedOnTheStorysOwnPage() {
        HttpResponse<String> reply = page.post("/stories/" + id, "/stories/" + id + "/regenerate",
                Map.of("modifications", "the hedgehog hangs himself"));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("data-test=\"unsafe\"").contains("</html>");
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void savingTheTextAsItWasKeepsOneVersionAndABlankTitleIsShownAgain() {
        String text = api.get("/api/stories/" + id, mia.token()).json().get("story_text").asString();

        HttpResponse<String> saved = page.post("/stories/" + id + "/edit", "/stories/" + id + "/edit",
                Map.of("title", "The Painted Sky", "storyText", text));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(versions()).as("only the title changed").isEqualTo(1);
        assertThat(api.get("/api/stories/" + id, mia.token()).json().get("title").asString())
                .isEqualTo("The Painted Sky");

        HttpResponse<String> blank = page.post("/stories/" + id + "/edit", "/stories/" + id + "/edit",
                Map.of("title", "  ", "storyText", text));
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("A story needs a title");
        assertThat(api.get("/api/stories/" + id, mia.token()).json().get("title").asString())
                .isEqualTo("The Painted Sky");
    }

    private int versions() {
        return api.get("/api/stories/" + id + "/revisions", mia.token()).json().size();
    }
}
