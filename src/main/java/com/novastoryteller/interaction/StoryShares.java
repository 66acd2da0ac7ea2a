package com.novastoryteller.interaction;

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
import com.novastoryteller.story.ShareLinks;
import com.novastoryteller.story.Stories;
import com.novastoryteller.story.StoryNotFound;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.web.PublicAddress;

/**
 * Share links: an unguessable token (256 random bits) that lets anyone read and hear one story without
 * signing in. One link per story; revoking it ends it at once. A story the admin hid cannot be opened by
 * its link either.
 */
@Service
@Transactional
public class StoryShares implements ShareLinks {

    private final JdbcClient jdbc;
    private final Stories stories;
    private final PublicAddress address;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StoryShares(JdbcClient jdbc, Stories stories, PublicAddress address, Clock clock) {
        this.jdbc = jdbc;
        this.stories = stories;
        this.address = address;
        this.clock = clock;
    }

    /** The story's link token, made now unless it already has one; {@code created} says which. */
    public Share share(CurrentUser user, UUID id) {
        stories.requireVisible(user, id);
        Optional<String> existing = token(id);
        if (existing.isPresent()) {
            return new Share(existing.get(), false);
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        jdbc.sql("INSERT INTO story_share (token, story_id, created_at) VALUES (?, ?, ?)")
            .params(token, id.toString(), Timestamp.from(clock.instant())).update();
        return new Share(token, true);
    }

    @Transactional(readOnly = true)
    public Optional<String> sharedAs(CurrentUser user, UUID id) {
        stories.requireVisible(user, id);
        return token(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> linkTo(CurrentUser user, UUID storyId) {
        return sharedAs(user, storyId).map(this::url);
    }

    public void revoke(CurrentUser user, UUID id) {
        stories.requireVisible(user, id);
        jdbc.sql("DELETE FROM story_share WHERE story_id = ?").param(id.toString()).update();
    }

    /** The shared story, for anyone with the link; not found once revoked or hidden. */
    @Transactional(readOnly = true)
    public StoryView open(String token) {
        return jdbc.sql("SELECT story_id FROM story_share WHERE token = ?").param(token).query(String.class).optional()
            .flatMap(id -> stories.onShelf(UUID.fromString(id.strip())))
            .orElseThrow(() -> new StoryNotFound("This link does not work any more."));
    }

    /** The page a share link opens, as a full address on this installation. */
    public String url(String token) {
        return address.of("/shared/" + token);
    }

    private Optional<String> token(UUID storyId) {
        return jdbc.sql("SELECT token FROM story_share WHERE story_id = ?").param(storyId.toString())
            .query(String.class).optional();
    }

    public record Share(String token, boolean created) {
    }
}
