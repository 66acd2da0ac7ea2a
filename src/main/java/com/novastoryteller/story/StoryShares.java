package com.novastoryteller.story;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.novastoryteller.account.CurrentUser;

/**
 * Share links: an unguessable token (256 random bits) that lets anyone read and hear one story without
 * signing in. One link per story; revoking it ends it at once. A story the admin hid cannot be opened by
 * its link either.
 */
@Service
@Transactional
public class StoryShares {

    private final JdbcClient jdbc;
    private final StoryRepository stories;
    private final StoryCatalog catalog;
    private final Stories family;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StoryShares(JdbcClient jdbc, StoryRepository stories, StoryCatalog catalog, Stories family, Clock clock) {
        this.jdbc = jdbc;
        this.stories = stories;
        this.catalog = catalog;
        this.family = family;
        this.clock = clock;
    }

    /** The story's link token, made now unless it already has one; {@code created} says which. */
    public Share share(CurrentUser user, UUID id) {
        Story story = family.owned(user, id);
        Optional<String> existing = token(story.id());
        if (existing.isPresent()) {
            return new Share(existing.get(), false);
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        jdbc.sql("INSERT INTO story_share (token, story_id, created_at) VALUES (?, ?, ?)")
            .params(token, story.id().toString(), Timestamp.from(clock.instant())).update();
        return new Share(token, true);
    }

    @Transactional(readOnly = true)
    public Optional<String> sharedAs(CurrentUser user, UUID id) {
        return token(family.owned(user, id).id());
    }

    public void revoke(CurrentUser user, UUID id) {
        jdbc.sql("DELETE FROM story_share WHERE story_id = ?").param(family.owned(user, id).id().toString()).update();
    }

    /** The shared story, for anyone with the link; not found once revoked or hidden. */
    @Transactional(readOnly = true)
    public StoryView open(String token) {
        return jdbc.sql("SELECT s.story_id FROM story_share s JOIN story t ON t.id = s.story_id "
                + "WHERE s.token = ? AND t.hidden = FALSE AND t.deleted_at IS NULL")
            .param(token).query(String.class).optional()
            .flatMap(id -> stories.findById(UUID.fromString(id.strip())))
            .map(catalog::view)
            .orElseThrow(() -> new StoryNotFound("This link does not work any more."));
    }

    private Optional<String> token(UUID storyId) {
        return jdbc.sql("SELECT token FROM story_share WHERE story_id = ?").param(storyId.toString())
            .query(String.class).optional();
    }

    public record Share(String token, boolean created) {
    }
}
