package com.novastoryteller.narration;

/**
 * Brings every clip to the same loudness, so that characters spoken by a quieter engine are heard as
 * well as the storyteller: the level (root mean square) is raised or lowered to one target (never more
 * than fourfold, which would only raise noise), and the few peaks that would then clip are rounded off
 * softly instead.
 */
final class Loudness {

    static final double TARGET_LEVEL = 0.16 * Short.MAX_VALUE;
    private static final double MAX_GAIN = 4;
    /** Above this the limiter bends samples down, approaching full scale without reaching it. */
    private static final double KNEE = 0.6 * Short.MAX_VALUE;

    private Loudness() {
    }

    /** 16-bit little-endian mono samples at the target level. */
    static byte[] normalised(byte[] pcm) {
        int count = pcm.length / 2;
        double level = level(pcm);
        if (level == 0) {
            return pcm;
        }
        double gain = Math.min(TARGET_LEVEL / level, MAX_GAIN);
        byte[] louder = new byte[count * 2];
        for (int i = 0; i < count; i++) {
            int sample = (int) Math.round(limited(sample(pcm, i) * gain));
            louder[2 * i] = (byte) sample;
            louder[2 * i + 1] = (byte) (sample >> 8);
        }
        return louder;
    }

    private static double limited(double sample) {
        double size = Math.abs(sample);
        if (size <= KNEE) {
            return sample;
        }
        double room = Short.MAX_VALUE - KNEE;
        return Math.signum(sample) * (KNEE + room * Math.tanh((size - KNEE) / room));
    }

    static double level(byte[] pcm) {
        double squares = 0;
        for (int i = 0; i < pcm.length / 2; i++) {
            squares += Math.pow(sample(pcm, i), 2);
        }
        return pcm.length < 2 ? 0 : Math.sqrt(squares / (pcm.length / 2));
    }

    private static int sample(byte[] pcm, int index) {
        return (short) ((pcm[2 * index] & 0xff) | (pcm[2 * index + 1] << 8));
    }
}
