package com.novastoryteller.engine.embedded;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.sound.sampled.AudioFormat;

import com.novastoryteller.engine.Speech;
import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.AudioPlayer;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;

/**
 * FreeTTS with its {@code kevin16} diphone voice (male, en-US, 16 kHz), shaped through the voice's own
 * pitch, pitch range and rate. Word timings are the segment end times FreeTTS itself synthesises to,
 * read from each utterance after its last processor ran.
 */
class FreeTtsSpeech implements SpeechEngine {

    private final ThreadLocal<Kevin> kevin = ThreadLocal.withInitial(Kevin::new);

    @Override
    public Speech speak(String text, Prosody prosody) {
        return kevin.get().speak(text, prosody);
    }

    /** One allocated voice with its own sound sink and word recorder: FreeTTS voices are not shared between threads. */
    private static final class Kevin implements UtteranceProcessor {

        private final Voice voice;
        private final float pitch;
        private final float range;
        private final float rate;
        private final Sink sink = new Sink();
        private final List<List<Speech.WordTiming>> utterances = new ArrayList<>();

        /** FreeTTS fills shared tables as a voice is allocated; two threads allocating at once failed once in a benchmark. */
        private static final Object ALLOCATION = new Object();

        @SuppressWarnings("unchecked")
        Kevin() {
            synchronized (ALLOCATION) {
                voice = new KevinVoiceDirectory().getVoices()[1];
                voice.allocate();
            }
            voice.setAudioPlayer(sink);
            voice.getUtteranceProcessors().add(this);
            pitch = voice.getPitch();
            range = voice.getPitchRange();
            rate = voice.getRate();
        }

        Speech speak(String text, Prosody prosody) {
            sink.clear();
            utterances.clear();
            voice.setPitch((float) (pitch * prosody.pitch()));
            voice.setPitchRange((float) (range * prosody.range()));
            voice.setRate((float) (rate * prosody.rate()));
            if (!voice.speak(text)) {
                throw new IllegalStateException("FreeTTS could not speak");
            }
            List<Speech.WordTiming> words = new ArrayList<>();
            for (int n = 0; n < utterances.size(); n++) {
                long offsetMs = n < sink.starts.size() ? sink.starts.get(n) * 1000L / 2 / (long) sink.format.getSampleRate() : 0;
                for (Speech.WordTiming word : utterances.get(n)) {
                    words.add(new Speech.WordTiming(word.text(), word.startMs() + offsetMs, word.endMs() + offsetMs));
                }
            }
            return new Speech(sink.littleEndian(), (int) sink.format.getSampleRate(), words);
        }

        /** Runs after FreeTTS's own processors, when every segment of the utterance has its end time. */
        @Override
        public void processUtterance(Utterance utterance) {
            List<Speech.WordTiming> words = new ArrayList<>();
            Relation tokens = utterance.getRelation(Relation.TOKEN);
            for (Item token = tokens == null ? null : tokens.getHead(); token != null; token = token.getNext()) {
                Item first = firstSegment(token.getDaughter());
                Item last = lastSegment(token.getLastDaughter());
                if (first == null || last == null) {
                    continue;
                }
                Item before = first.getItemAs(Relation.SEGMENT).getPrevious();
                float start = before == null ? 0 : before.getFeatures().getFloat("end");
                float end = last.getFeatures().getFloat("end");
                words.add(new Speech.WordTiming(token.getFeatures().getString("name"), Math.round(start * 1000),
                        Math.round(end * 1000)));
            }
            utterances.add(words);
        }

        private static Item firstSegment(Item word) {
            Item syllable = word == null ? null : word.getItemAs(Relation.SYLLABLE_STRUCTURE);
            syllable = syllable == null ? null : syllable.getDaughter();
            return syllable == null ? null : syllable.getDaughter();
        }

        private static Item lastSegment(Item word) {
            Item syllable = word == null ? null : word.getItemAs(Relation.SYLLABLE_STRUCTURE);
            syllable = syllable == null ? null : syllable.getLastDaughter();
            return syllable == null ? null : syllable.getLastDaughter();
        }

        @Override
        public String toString() {
            return "word timings";
        }
    }

    /** Keeps the sound in memory instead of playing it, noting where each utterance begins. */
    private static final class Sink implements AudioPlayer {

        private final ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        private final List<Integer> starts = new ArrayList<>();
        private AudioFormat format = new AudioFormat(16_000, 16, 1, true, true);

        void clear() {
            pcm.reset();
            starts.clear();
        }

        byte[] littleEndian() {
            byte[] samples = pcm.toByteArray();
            if (format.isBigEndian()) {
                for (int i = 0; i + 1 < samples.length; i += 2) {
                    byte high = samples[i];
                    samples[i] = samples[i + 1];
                    samples[i + 1] = high;
                }
            }
            return samples;
        }

        @Override
        public void setAudioFormat(AudioFormat format) {
            this.format = format;
        }

        @Override
        public AudioFormat getAudioFormat() {
            return format;
        }

        @Override
        public void begin(int size) {
            starts.add(pcm.size());
        }

        @Override
        public boolean write(byte[] audio) {
            return write(audio, 0, audio.length);
        }

        @Override
        public boolean write(byte[] audio, int offset, int length) {
            pcm.write(audio, offset, length);
            return true;
        }

        @Override
        public boolean end() {
            return true;
        }

        @Override
        public boolean drain() {
            return true;
        }

        @Override
        public void pause() {
        }

        @Override
        public void resume() {
        }

        @Override
        public void reset() {
        }

        @Override
        public void cancel() {
        }

        @Override
        public void close() {
        }

        @Override
        public float getVolume() {
            return 1;
        }

        @Override
        public void setVolume(float volume) {
        }

        @Override
        public long getTime() {
            return 0;
        }

        @Override
        public void resetTime() {
        }

        @Override
        public void startFirstSampleTimer() {
        }

        @Override
        public void showMetrics() {
        }
    }
}
