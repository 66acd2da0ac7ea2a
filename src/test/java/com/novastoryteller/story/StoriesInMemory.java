package com.novastoryteller.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The story table as a map. */
final class StoriesInMemory implements StoryRepository {

    final Map<UUID, Story> byId = new LinkedHashMap<>();

    Story only() {
        assertThat(byId).hasSize(1);
        return byId.values().iterator().next();
    }

    @Override
    public List<Story> findByOwnerIdOrderByCreatedAt(UUID ownerId) {
        return byId.values().stream().filter(story -> story.isOwnedBy(ownerId))
                .sorted(Comparator.comparing(Story::createdAt)).toList();
    }

    @Override
    public <S extends Story> S save(S story) {
        byId.put(story.id(), story);
        return story;
    }

    @Override
    public <S extends Story> List<S> saveAll(Iterable<S> stories) {
        List<S> saved = new ArrayList<>();
        stories.forEach(story -> saved.add(save(story)));
        return saved;
    }

    @Override
    public Optional<Story> findById(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public boolean existsById(UUID id) {
        return byId.containsKey(id);
    }

    @Override
    public List<Story> findAll() {
        return List.copyOf(byId.values());
    }

    @Override
    public List<Story> findAllById(Iterable<UUID> ids) {
        List<Story> found = new ArrayList<>();
        ids.forEach(id -> findById(id).ifPresent(found::add));
        return found;
    }

    @Override
    public long count() {
        return byId.size();
    }

    @Override
    public void deleteById(UUID id) {
        byId.remove(id);
    }

    @Override
    public void delete(Story story) {
        byId.remove(story.id());
    }

    @Override
    public void deleteAllById(Iterable<? extends UUID> ids) {
        ids.forEach(byId::remove);
    }

    @Override
    public void deleteAll(Iterable<? extends Story> stories) {
        stories.forEach(this::delete);
    }

    @Override
    public void deleteAll() {
        byId.clear();
    }
}
