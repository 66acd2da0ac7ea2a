package com.novastoryteller.story;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.web.SearchPattern;

/** Finds stories and turns them into what the API shows, a page at a time with a few queries. */
@Component
class StoryCatalog {

    private final JdbcClient jdbc;
    private final StoryRepository stories;
    private final StoryText text;
    private final Accounts accounts;
    private final StoryCast cast;

    StoryCatalog(JdbcClient jdbc, StoryRepository stories, StoryText text, Accounts accounts, StoryCast cast) {
        this.cast = cast;
        this.jdbc = jdbc;
        this.stories = stories;
        this.text = text;
        this.accounts = accounts;
    }

    /**
     * One page of matching stories, newest first; {@code ownerId} null means everyone's. A family's own shelf never
     * has hidden or deleted stories ({@link Visibility#ON_SHELF}); the admin's list has them only when asked.
     */
    Page<StoryView> page(@Nullable UUID ownerId, StoryFilter filter, Visibility visibility, Pageable pageable) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (ownerId != null) {
            where.append(" AND s.owner_id = :owner");
            params.put("owner", ownerId.toString());
        }
        if (!visibility.includeHidden()) {
            where.append(" AND s.hidden = FALSE");
        }
        if (!visibility.includeDeleted()) {
            where.append(" AND s.deleted_at IS NULL");
        }
        if (visibility.createdFrom() != null) {
            where.append(" AND s.created_at >= :from");
            params.put("from", Timestamp.from(visibility.createdFrom()));
        }
        if (visibility.createdTo() != null) {
            where.append(" AND s.created_at < :to");
            params.put("to", Timestamp.from(visibility.createdTo()));
        }
        if (filter.template() != null) {
            where.append(" AND s.template = :template");
            params.put("template", filter.template().name());
        }
        if (filter.status() != null) {
            where.append(" AND s.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" AND (LOWER(s.title) LIKE :q OR EXISTS (SELECT 1 FROM story_segment g WHERE g.story_id = s.id"
                    + " AND g.revision = s.revision AND LOWER(g.text) LIKE :q))");
            params.put("q", SearchPattern.contains(filter.query()));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM story s" + where).params(params).query(Long.class).single();
        List<UUID> ids = jdbc.sql("SELECT s.id FROM story s" + where + " ORDER BY s.created_at DESC, s.id"
                + " LIMIT " + pageable.getPageSize() + " OFFSET " + pageable.getOffset())
            .params(params).query((rs, n) -> UUID.fromString(rs.getString(1).strip())).list();
        return new PageImpl<>(views(ids), pageable, total);
    }

    List<StoryView> views(List<UUID> ids) {
        Map<UUID, Story> byId = new LinkedHashMap<>();
        stories.findAllById(ids).forEach(story -> byId.put(story.id(), story));
        Map<UUID, String> usernames = accounts.usernames(byId.values().stream().map(Story::ownerId)
                .collect(Collectors.toSet()));
        List<StoryView> views = new ArrayList<>();
        for (UUID id : ids) {
            Story story = byId.get(id);
            if (story != null) {
                views.add(view(story, usernames.getOrDefault(story.ownerId(), "")));
            }
        }
        return views;
    }

    StoryView view(Story story) {
        return view(story, accounts.usernames(Set.of(story.ownerId())).getOrDefault(story.ownerId(), ""));
    }

    private StoryView view(Story story, String username) {
        List<StoryPart> parts = text.parts(story.id(), story.revision());
        String storyText = parts.stream().map(StoryPart::text).collect(Collectors.joining("\n\n"));
        return new StoryView(story.id(), story.ownerId(), username, story.title(), story.prompt(), storyText,
                story.template(), story.ageBand(), story.language(), story.length(), story.status(), story.taskId(),
                story.imageKey() == null ? null : "/api/stories/" + story.id() + "/image", story.imageDescription(), null,
                story.published(), story.interactive(), story.revision(), parts,
                cast.members(story.id()).stream().map(StoryCast.Member::view).toList(), text.choices(story.id(), story.revision()), text.path(story.id(), story.revision()),
                story.failure(), story.notice(), story.createdAt(), story.updatedAt(), story.isHidden(), story.deletedAt());
    }

    /** Every story on the installation, by status; a status no story is in counts zero. */
    Map<StoryStatus, Long> countByStatus() {
        Map<StoryStatus, Long> byStatus = new EnumMap<>(StoryStatus.class);
        for (StoryStatus status : StoryStatus.values()) {
            byStatus.put(status, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS stories FROM story GROUP BY status").query((row, n) -> {
            byStatus.put(StoryStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)), row.getLong("stories"));
            return null;
        }).list();
        return byStatus;
    }
}
