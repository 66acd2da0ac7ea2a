package com.novastoryteller.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The revisions, parts and sentences a story has, in memory: what {@link Stories} and {@link StoryRevisions} write and read back. */
final class TextInMemory extends StoryText {

    final Map<UUID, List<String>> reasons = new LinkedHashMap<>();
    final Map<UUID, List<String>> instructions = new LinkedHashMap<>();
    final Map<UUID, List<@Nullable Integer>> bases = new LinkedHashMap<>();
    final Map<String, Map<Integer, String>> titles = new LinkedHashMap<>();
    final Map<String, List<StorySegment>> segments = new LinkedHashMap<>();

    TextInMemory() {
        super(null);
    }

    @Override
    void addRevision(UUID storyId, int revision, String reason, @Nullable String instruction, Instant now) {
        addRevision(storyId, revision, reason, instruction, null, null, now);
    }

    @Override
    void addRevision(UUID storyId, int revision, String reason, @Nullable String instruction,
            @Nullable Integer baseRevision, @Nullable Integer keptSegments, Instant now) {
        bases.computeIfAbsent(storyId, id -> new ArrayList<>()).add(baseRevision);
        reasons.computeIfAbsent(storyId, id -> new ArrayList<>()).add(reason);
        if (instruction != null) {
            instructions.computeIfAbsent(storyId, id -> new ArrayList<>()).add(instruction);
        }
    }

    @Override
    boolean addPart(UUID storyId, int revision, int index, String title) {
        return titles.computeIfAbsent(storyId + "/" + revision, key -> new TreeMap<>()).putIfAbsent(index, title) == null;
    }

    @Override
    void addSegment(UUID storyId, int revision, StorySegment segment) {
        segments.computeIfAbsent(storyId + "/" + revision, key -> new ArrayList<>()).add(segment);
    }

    @Override
    List<StorySegment> segments(UUID storyId, int revision) {
        return segments.getOrDefault(storyId + "/" + revision, List.of());
    }

    @Override
    int segmentCount(UUID storyId, int revision) {
        return segments(storyId, revision).size();
    }

    @Override
    Map<Integer, String> partTitles(UUID storyId, int revision) {
        return titles.getOrDefault(storyId + "/" + revision, Map.of());
    }

    @Override
    List<String> allIllustrationKeys(UUID storyId) {
        return List.of();
    }

    /** The parts with their sentences; no pictures. */
    @Override
    List<StoryPart> parts(UUID storyId, int revision) {
        List<StoryPart> parts = new ArrayList<>();
        partTitles(storyId, revision).forEach((index, title) -> parts.add(StoryPart.of(index, title,
                segments(storyId, revision).stream().filter(segment -> segment.part() == index).toList(), null, null)));
        return parts;
    }

    @Override
    List<String> choices(UUID storyId, int revision) {
        return List.of();
    }

    @Override
    List<String> path(UUID storyId, int revision) {
        return List.of();
    }
}
