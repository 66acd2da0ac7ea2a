package com.novastoryteller.engine.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import com.novastoryteller.engine.provider.ProviderFailure;

/** A WAV recording as Sonic takes it: 16-bit little-endian mono PCM at 16 kHz, mixed down and resampled if need be. */
final class Pcm {

    private Pcm() {
    }

    static byte[] mono16k(byte[] wav) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat source = in.getFormat();
            AudioFormat signed16 = new AudioFormat(source.getSampleRate(), 16, source.getChannels(), true, false);
            byte[] samples = AudioSystem.getAudioInputStream(signed16, in).readAllBytes();
            return resample(mono(samples, source.getChannels()), source.getSampleRate());
        }
        catch (UnsupportedAudioFileException | IOException | IllegalArgumentException unreadable) {
            throw new ProviderFailure("The recording could not be read as WAV audio");
        }
    }

    private static short[] mono(byte[] samples, int channels) {
        short[] mono = new short[samples.length / 2 / channels];
        for (int frame = 0; frame < mono.length; frame++) {
            int sum = 0;
            for (int channel = 0; channel < channels; channel++) {
                int at = (frame * channels + channel) * 2;
                sum += (short) ((samples[at] & 0xff) | (samples[at + 1] << 8));
            }
            mono[frame] = (short) (sum / channels);
        }
        return mono;
    }

    /** Linear interpolation to 16 kHz: enough for speech to be understood. */
    private static byte[] resample(short[] samples, float rate) {
        int length = (int) ((long) samples.length * SonicSession.INPUT_RATE / Math.round(rate));
        byte[] out = new byte[length * 2];
        for (int n = 0; n < length; n++) {
            double at = n * (double) rate / SonicSession.INPUT_RATE;
            int before = (int) at;
            int after = Math.min(before + 1, samples.length - 1);
            double mix = at - before;
            short value = (short) Math.round(samples[Math.min(before, samples.length - 1)] * (1 - mix) + samples[after] * mix);
            out[2 * n] = (byte) value;
            out[2 * n + 1] = (byte) (value >> 8);
        }
        return out;
    }
}
