package com.novastoryteller.narration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.novastoryteller.Application;
import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.Speech;
import com.novastoryteller.engine.StoryLength;
import com.novastoryteller.engine.StoryLine;
import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.StoryWriter;
import com.novastoryteller.engine.Template;
import com.novastoryteller.story.Sentences;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Percentile;

import tools.jackson.databind.JsonNode;

/**
 * bench/first-audio: how soon a child hears a new story. Stories are asked for through the HTTP API
 * with the embedded engines, one after another; for each, the time from POST to the first segment's
 * audio being downloadable, and to the whole story being narrated. Then the same stories' worth of
 * work the old way (the sequential baseline): write the whole story, then voice it sentence after
 * sentence on one thread, and only then is there anything to hear. (In this package because the
 * baseline uses the product's own MP3 encoder.)
 */
public final class FirstAudioBench {

    private static final String[] HEROES = { "Bramble", "Juniper", "Ottoline", "Kasimir", "Pippa", "Rafferty", "Wren",
            "Tobias", "Marigold", "Ezra", "Saffron", "Florian" };

    private static final String[] WISHES = { "purple whales float past in the sky", "jelly beans rain down from a cloud",
            "singing frogs hop out of a teapot", "giant snowflakes start to dance", "tiny dragons ask for a cup of tea" };

    private FirstAudioBench() {
    }

    public static void main(String[] args) throws Exception {
        int stories = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        String length = args.length > 1 ? args[1] : "medium";
        Path data = Files.createTempDirectory("first-audio");
        try (ConfigurableApplicationContext context = SpringApplication.run(Application.class, "--server.port=0",
                "--storyteller.data-dir=" + data, "--storyteller.providers.narrator=embedded", "--logging.level.root=WARN")) {
            Api api = new Api(((WebServerApplicationContext) context).getWebServer().getPort());
            String token = api.register("listener").token();

            long started = System.nanoTime();
            context.getBean(NarratorWarmUp.class).warmed().join();
            System.out.printf("voices loaded and warmed in the background %.1f s after start-up%n", seconds(started));
            Run afterStart = streamed(api, token, "a snail named Plum who finds a lantern", AgeBand.AGES_5_7,
                    Template.ADVENTURE, length);
            System.out.printf("the first story after start: first audio %.2f s, whole story narrated %.1f s%n",
                    afterStart.firstAudio(), afterStart.whole());

            List<Run> streamed = new ArrayList<>();
            for (int n = 0; n < stories; n++) {
                streamed.add(streamed(api, token, prompt(n), band(n), template(n), length));
            }
            List<Double> interruptedWhileNarrating = new ArrayList<>();
            List<Double> interruptedWhileListening = new ArrayList<>();
            for (int n = 0; n < stories; n++) {
                interruptedWhileNarrating.add(interrupted(api, token, prompt(n + 200), band(n), template(n), length,
                        wish(2 * n), true));
                interruptedWhileListening.add(interrupted(api, token, prompt(n + 300), band(n), template(n), length,
                        wish(2 * n + 1), false));
            }
            List<Run> sequential = new ArrayList<>();
            StoryWriter writer = context.getBean(StoryWriter.class);
            Narrator narrator = context.getBean(Narrator.class);
            Mp3Encoder mp3 = context.getBean(Mp3Encoder.class);
            narrator.warmUp();
            for (int n = 0; n < stories; n++) {
                sequential.add(sequential(writer, narrator, mp3, prompt(n + 100), band(n), template(n), length));
            }

            report("streamed (HTTP API)", streamed);
            System.out.printf("%-20s first sentence written after median %.2f s; it lasts %.1f s when spoken%n", "",
                    median(streamed, Run::firstText), median(streamed, Run::firstSpeech));
            report("sequential baseline", sequential);
            double firstAudio = median(streamed, Run::firstAudio);
            System.out.printf("first audio median %.2f s (target <= 1.0 s); %.1fx sooner than the whole narration (target >= 5x), "
                    + "%.1fx sooner than the sequential baseline (target >= 10x)%n", firstAudio,
                    median(streamed, Run::whole) / firstAudio, median(sequential, Run::firstAudio) / firstAudio);
            System.out.printf("interrupt to the first new words: median %.2f s, p90 %.2f s while the story is still being narrated; "
                    + "median %.2f s, p90 %.2f s once it is all narrated (target median <= 1.0 s)%n",
                    Percentile.of(interruptedWhileNarrating, 50), Percentile.of(interruptedWhileNarrating, 90),
                    Percentile.of(interruptedWhileListening, 50), Percentile.of(interruptedWhileListening, 90));
            System.out.printf("narration speed: streamed %.1fx real time, sequential %.1fx real time (target >= 10x)%n",
                    median(streamed, Run::speed), median(sequential, Run::speed));
        }
    }

    /** Every age band and template in turn, so that no one kind of story sets the figures. */
    private static AgeBand band(int n) {
        return AgeBand.values()[n % AgeBand.values().length];
    }

    private static Template template(int n) {
        return Template.values()[n % Template.values().length];
    }

    /** A different wish each time: a sentence heard before would come from the audio cache and flatter the figure. */
    private static String wish(int n) {
        return "suddenly " + (n + 3) + " " + WISHES[n % WISHES.length];
    }

    private static String prompt(int n) {
        return "a hedgehog named " + HEROES[n % HEROES.length] + " who finds a lost kite number " + n;
    }

    /** Times in seconds from the request: the first sentence written, heard, the whole story narrated; and its speech. */
    private record Run(double firstText, double firstAudio, double whole, double speechSeconds, double firstSpeech) {

        double speed() {
            return speechSeconds / whole;
        }
    }

    private static Run streamed(Api api, String token, String prompt, AgeBand band, Template template, String length)
            throws InterruptedException {
        long start = System.nanoTime();
        String id = api.post("/api/stories/", token, Map.of("prompt", prompt, "age_band", band.id(), "template",
                template.id(), "length", length))
                .json().get("id").asString();
        double firstAudio = 0;
        double firstText = 0;
        while (firstAudio == 0) {
            JsonNode first = api.get("/api/stories/" + id + "/narration", token).json().get("segments").path(0);
            if (firstText == 0 && first.hasNonNull("text")) {
                firstText = seconds(start);
            }
            if (first.hasNonNull("audio") && api.get(first.get("audio").asString(), token).status() == 200) {
                firstAudio = seconds(start);
            }
            else {
                Thread.sleep(20);
            }
        }
        while (true) {
            JsonNode narration = api.get("/api/stories/" + id + "/narration", token).json();
            if (narration.get("story_status").asString().equals("failed")) {
                throw new IllegalStateException("A story failed");
            }
            if (narration.get("story_status").asString().equals("ready") && narration.hasNonNull("full_audio")) {
                double whole = seconds(start);
                double speech = 0;
                for (JsonNode segment : narration.get("segments")) {
                    speech += segment.get("duration_ms").asLong() / 1000.0;
                }
                return new Run(firstText, firstAudio, whole, speech, first(narration));
            }
            Thread.sleep(100);
        }
    }

    /**
     * A child changes the story: the time from {@code POST interrupt} to the first new sentence's audio being
     * downloadable. Either while the story is still being written and narrated (as soon as the second sentence
     * can be heard, so every thread is busy), or once it is all narrated, as after a few sentences of listening.
     */
    private static double interrupted(Api api, String token, String prompt, AgeBand band, Template template, String length,
            String wish, boolean whileNarrating) throws InterruptedException {
        String id = api.post("/api/stories/", token, Map.of("prompt", prompt, "age_band", band.id(), "template",
                template.id(), "length", length)).json().get("id").asString();
        int afterSegment = 1;
        while (whileNarrating ? audio(api, token, id, 0, afterSegment) == null : !ready(api, token, id)) {
            Thread.sleep(20);
        }
        long start = System.nanoTime();
        Api.Reply changed = api.post("/api/stories/" + id + "/interrupt", token, Map.of("after_segment", afterSegment,
                "instruction", wish));
        if (changed.status() != 202) {
            throw new IllegalStateException("The interruption was refused: " + changed.body());
        }
        int revision = changed.json().get("story").get("revision").asInt();
        while (true) {
            String audio = audio(api, token, id, revision, afterSegment + 1);
            if (audio != null && api.get(audio, token).status() == 200) {
                double seconds = seconds(start);
                while (!ready(api, token, id)) {
                    Thread.sleep(100);
                }
                return seconds;
            }
            Thread.sleep(20);
        }
    }

    /** The audio of a segment once the narration shows at least the given revision, else null. */
    private static @Nullable String audio(Api api, String token, String id, int revision, int segment) {
        JsonNode narration = api.get("/api/stories/" + id + "/narration", token).json();
        if (narration.get("story_status").asString().equals("failed")) {
            throw new IllegalStateException("A story failed");
        }
        if (narration.get("revision").asInt() < revision) {
            return null;
        }
        JsonNode audio = narration.get("segments").path(segment).path("audio");
        return audio.isString() ? audio.asString() : null;
    }

    private static boolean ready(Api api, String token, String id) {
        JsonNode narration = api.get("/api/stories/" + id + "/narration", token).json();
        return narration.get("story_status").asString().equals("ready") && narration.hasNonNull("full_audio");
    }

    /** The whole story written, then every sentence voiced in turn; nothing can be heard before the end. */
    private static Run sequential(StoryWriter writer, Narrator narrator, Mp3Encoder mp3, String prompt, AgeBand band,
            Template template, String length) {
        long start = System.nanoTime();
        List<String[]> segments = new ArrayList<>();
        writer.write(new StoryRequest(prompt, template, band, StoryLength.valueOf(length.toUpperCase()),
                "en-US", List.of(), null, List.of(), null, prompt.hashCode()), line -> StoryLine.parse(line).filter(StoryLine::isSpoken).ifPresent(spoken -> {
                    String voice = spoken.label().equals("NARRATOR") ? "storyteller" : "child";
                    Sentences.split(spoken.content()).forEach(sentence -> segments.add(new String[] { voice, sentence }));
                }));
        double speech = 0;
        for (String[] segment : segments) {
            Speech spoken = narrator.speak(segment[1], segment[0]);
            speech += Mp3Encoder.durationMs(mp3.encode(Loudness.normalised(spoken.pcm()), spoken.sampleRate())) / 1000.0;
        }
        double whole = seconds(start);
        return new Run(whole, whole, whole, speech, 0);
    }

    private static double first(JsonNode narration) {
        return narration.get("segments").get(0).get("duration_ms").asLong() / 1000.0;
    }

    private static void report(String label, List<Run> runs) {
        System.out.printf("%-20s first audio median %5.2f s, p90 %5.2f s | whole story narrated median %5.1f s, p90 %5.1f s "
                + "| speech %5.1f s per story (%d stories)%n", label, median(runs, Run::firstAudio), p90(runs, Run::firstAudio),
                median(runs, Run::whole), p90(runs, Run::whole), median(runs, Run::speechSeconds), runs.size());
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        return percentile(runs, figure, 50);
    }

    private static double p90(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        return percentile(runs, figure, 90);
    }

    private static double percentile(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure, int percent) {
        return Percentile.of(runs.stream().mapToDouble(figure).boxed().toList(), percent);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
