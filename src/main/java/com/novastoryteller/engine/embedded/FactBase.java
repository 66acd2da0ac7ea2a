package com.novastoryteller.engine.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.novastoryteller.engine.AgeBand;

/**
 * What the offline writer knows to be true, from {@code writer/facts/*.txt}: for each topic children ask about,
 * the question in words ("why the sky is blue"), where to go and see it, and its explanation in order for each
 * age band. A request is matched to the topic whose words it uses most; a request that matches none gets no
 * facts, so the story never makes one up.
 */
final class FactBase {

    /** One topic; {@code explanation} has the sentences for ages 5-7, 8-10 and 11-12 under "young", "middle", "old". */
    record Topic(String id, String question, String about, List<String> words, String place, String see,
            Map<String, List<String>> explanation) {

        List<String> explanation(AgeBand band) {
            String key = switch (band) {
                case AGES_5_7, LEARNER -> "young";
                case AGES_8_10 -> "middle";
                case AGES_11_12 -> "old";
            };
            return explanation.getOrDefault(key, List.of());
        }
    }

    private static final List<Topic> TOPICS = load();

    private FactBase() {
    }

    /**
     * The topic the request's words are about: each of its keywords the request uses counts one, its first
     * keyword two; a topic needs two to be chosen, so one shared everyday word is not enough.
     */
    static @Nullable Topic about(Set<String> requestWords) {
        Topic best = null;
        int bestScore = 1;
        for (Topic topic : TOPICS) {
            int score = 0;
            for (int n = 0; n < topic.words().size(); n++) {
                if (requestWords.contains(topic.words().get(n))) {
                    score += n == 0 ? 2 : 1;
                }
            }
            if (score > bestScore) {
                best = topic;
                bestScore = score;
            }
        }
        return best;
    }

    private static List<Topic> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(FactBase.class.getClassLoader())
                    .getResources("classpath*:writer/facts/*.txt");
            List<Topic> topics = new ArrayList<>();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    String name = file.getFilename() == null ? "topic" : file.getFilename().replace(".txt", "");
                    topics.add(parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            topics.sort((a, b) -> a.id().compareTo(b.id()));
            return List.copyOf(topics);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The writer's fact base could not be read", ex);
        }
    }

    static Topic parse(String id, String text) {
        Map<String, String> fields = new HashMap<>();
        Map<String, List<String>> bands = new HashMap<>();
        List<String> current = null;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && current != null) {
                current.add(line.strip());
            }
            else if (line.endsWith(":")) {
                current = bands.computeIfAbsent(line.substring(0, line.length() - 1).strip(), band -> new ArrayList<>());
            }
            else if (line.contains(":")) {
                String[] field = line.split(":", 2);
                fields.put(field[0].strip(), field[1].strip());
                current = null;
            }
        }
        List<String> words = Arrays.stream(fields.getOrDefault("words", "").split(","))
                .map(word -> word.strip().toLowerCase(Locale.ROOT)).filter(word -> !word.isEmpty()).toList();
        return new Topic(id, fields.getOrDefault("question", id), fields.getOrDefault("about", id), words,
                fields.getOrDefault("place", "a quiet place"), fields.getOrDefault("see", "something wonderful"), bands);
    }
}
