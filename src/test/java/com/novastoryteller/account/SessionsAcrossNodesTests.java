package com.novastoryteller.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.DatabaseTest;
import com.novastoryteller.support.Node;
import com.novastoryteller.support.PageSession;

/**
 * Two nodes of one installation behind a load balancer, on one database: a browser signed in through either is
 * signed in on both, and stays signed in when the node it signed in on goes away.
 */
@ApplicationTest
@DatabaseTest
class SessionsAcrossNodesTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void aSessionSignedInOnOneNodeIsSignedInOnTheOtherAndOutlivesTheFirst() {
        Registered mia = new Api(port).register("two-nodes");
        PageSession onB;
        String csrfFromA;
        try (Node nodeA = Node.start()) {
            PageSession onA = PageSession.signIn(nodeA.port(), mia.username(), "good password");
            onB = onA.at(port);

            assertSignedIn(onB, mia);
            csrfFromA = onA.csrfToken("/stories");
        }

        assertSignedIn(onB, mia);
        HttpResponse<String> signedOut = onB.post("/signout", Map.of(), csrfFromA);
        assertThat(signedOut.statusCode()).as("signed out with the form's token from the node that is gone")
                .isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/?signedout"));
        assertThat(onB.get("/stories").statusCode()).as("signed out").isEqualTo(302);
    }

    @Test
    void deletingTheAccountOnOneNodeEndsItsSessionsOnEveryNode() {
        Registered leo = new Api(port).register("deleted");
        PageSession onB = PageSession.signIn(port, leo.username(), "good password");
        try (Node nodeA = Node.start()) {
            PageSession alsoOnA = PageSession.signIn(nodeA.port(), leo.username(), "good password");
            assertThat(sessionsOf(leo)).isEqualTo(2);

            HttpResponse<String> deleted = alsoOnA.post("/account/delete", "/account/delete",
                    Map.of("password", "good password", "understood", "true"));

            assertThat(deleted.statusCode()).isEqualTo(302);
            assertThat(sessionsOf(leo)).as("nothing of the account left in the sessions' tables").isZero();
            assertThat(onB.get("/stories").statusCode()).as("signed out on the other node too").isEqualTo(302);
        }
    }

    @Test
    void aSessionWhoseSignInCannotBeReadAnyMoreIsSignedOutNotAnError() {
        Registered ana = new Api(port).register("upgraded");
        PageSession browser = PageSession.signIn(port, ana.username(), "good password");
        // As an older version of the application would have left it: bytes this one's classes cannot read.
        int changed = JdbcClient.create(dataSource).sql("""
                UPDATE SPRING_SESSION_ATTRIBUTES SET ATTRIBUTE_BYTES = ?
                WHERE ATTRIBUTE_NAME = 'SPRING_SECURITY_CONTEXT'
                  AND SESSION_PRIMARY_ID IN (SELECT PRIMARY_ID FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?)""")
                .params("a sign-in from another version".getBytes(StandardCharsets.UTF_8), ana.id()).update();
        assertThat(changed).isOne();

        HttpResponse<String> stories = browser.get("/stories");

        assertThat(stories.statusCode()).isEqualTo(302);
        assertThat(stories.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/signin"));
        assertThat(PageSession.signIn(port, ana.username(), "good password").get("/stories").statusCode()).isEqualTo(200);
    }

    private static void assertSignedIn(PageSession session, Registered who) {
        HttpResponse<String> stories = session.get("/stories");
        assertThat(stories.statusCode()).as("the stories page, not the way to sign in").isEqualTo(200);
        assertThat(stories.body()).contains("data-test=\"nav-account\"", "data-test=\"signout\"");
        HttpResponse<String> account = session.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains(who.email());
    }

    private long sessionsOf(Registered who) {
        return JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?")
                .param(who.id()).query(Long.class).single();
    }
}
