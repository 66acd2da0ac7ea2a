package com.novastoryteller.narration;

import java.io.ByteArrayOutputStream;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;

import org.springframework.stereotype.Component;

import de.sciss.jump3r.lowlevel.LameEncoder;

/**
 * Speech to MP3, in-process with jump3r (a Java LAME): mono, constant bit rate (variable bit rate
 * files misreport their length in some players), resampled to 24 kHz, which is plenty for a voice.
 */
@Component
class Mp3Encoder {

    static final int SAMPLE_RATE = 24_000;
    static final int KILOBITS_PER_SECOND = 48;

    /** The playing time of a constant-bit-rate file, as players and ffprobe count it: its size over the bit rate. */
    static long durationMs(byte[] mp3) {
        return mp3.length * 8L / KILOBITS_PER_SECOND;
    }

    byte[] encode(byte[] pcm, int sampleRate) {
        AudioFormat source = new AudioFormat(sampleRate, 16, 1, true, false);
        AudioFormat target = new AudioFormat(LameEncoder.MPEG2L3, SAMPLE_RATE, AudioSystem.NOT_SPECIFIED, 1,
                AudioSystem.NOT_SPECIFIED, AudioSystem.NOT_SPECIFIED, false);
        LameEncoder encoder = new LameEncoder(source, KILOBITS_PER_SECOND, LameEncoder.CHANNEL_MODE_MONO,
                LameEncoder.QUALITY_MIDDLE, false);
        encoder.setTargetFormat(target);
        try {
            ByteArrayOutputStream mp3 = new ByteArrayOutputStream(pcm.length / 10);
            byte[] buffer = new byte[encoder.getMP3BufferSize()];
            int chunk = encoder.getPCMBufferSize();
            for (int offset = 0; offset < pcm.length; offset += chunk) {
                int written = encoder.encodeBuffer(pcm, offset, Math.min(chunk, pcm.length - offset), buffer);
                mp3.write(buffer, 0, written);
            }
            mp3.write(buffer, 0, encoder.encodeFinish(buffer));
            return mp3.toByteArray();
        }
        finally {
            encoder.close();
        }
    }
}
