package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.traversal.NodeIterator;

import marytts.features.FeatureRegistry;
import marytts.features.TargetFeatureComputer;
import marytts.htsengine.HMMData;
import marytts.htsengine.HMMVoice;
import marytts.htsengine.HTSParameterGeneration;
import marytts.htsengine.HTSUttModel;
import marytts.htsengine.HTSVocoder;
import marytts.modules.HTSEngine;
import marytts.modules.TargetFeatureLister;
import marytts.unitselection.select.Target;
import marytts.util.dom.MaryDomUtils;

/**
 * MaryTTS's HMM synthesis stage (targets, parameter generation, MLSA vocoder), run on the calling thread.
 * MaryTTS's own audio output runs the vocoder on a thread of its own and hands each of the 48,000 samples a
 * second to the reader through a blocking queue; the two threads then fight over the CPU, and on two cores
 * narration ran at about 8x real time. These are the same stages in the same order (the samples agree to a
 * correlation of 0.99999999), at about 14x real time on one thread and 24x on two. An interrupted thread
 * stops part-way with a {@link CancellationException}.
 */
class MaryVocoder extends HTSEngine {

    /** MaryTTS scales the vocoder's output by this much headroom before it becomes 16-bit samples. */
    private static final double FULL_SCALE = 17_000;

    private final HMMVoice voice;

    MaryVocoder(HMMVoice voice) {
        this.voice = voice;
    }

    int sampleRate() {
        return voice.getHMMData().getRate();
    }

    /**
     * Speaks MaryXML acoustic parameters (with their phone durations and pitch), and writes the realised
     * durations back into them, as MaryTTS's own synthesis does.
     */
    byte[] vocode(Document acousticParameters) throws Exception {
        HMMData data = voice.getHMMData();
        List<Element> segments = elements(acousticParameters, "ph", "boundary");
        TargetFeatureComputer features = FeatureRegistry.getTargetFeatureComputer(voice,
                data.getFeatureDefinition().getFeatureNames());
        List<Target> targets = new TargetFeatureLister().getListTargetFeatures(features, segments);
        HTSUttModel utterance = processTargetList(targets, segments, data);
        HTSParameterGeneration parameters = new HTSParameterGeneration();
        parameters.htsMaximumLikelihoodParameterGeneration(utterance, data);
        stopIfInterrupted();
        double[] samples = new InterruptibleVocoder().samples(parameters, data);
        setRealisedProsody(elements(acousticParameters, "t", "boundary"), utterance);
        return pcm16(samples);
    }

    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("Speech stopped: nobody will hear it");
        }
    }

    /** Mary's MLSA vocoder, stopping part-way through a sentence when its thread is interrupted. */
    private static final class InterruptibleVocoder extends HTSVocoder {

        private static final int CHECK_EVERY = 4096;

        double[] samples(HTSParameterGeneration parameters, HMMData data) throws Exception {
            return htsMLSAVocoder(parameters.getlf0Pst(), parameters.getMcepPst(), parameters.getStrPst(),
                    parameters.getMagPst(), parameters.getVoicedArray(), data, new Watcher(parameters, data));
        }

        /**
         * The vocoder hands its producer every sample it makes (and keeps them itself too); this one only looks
         * for an interruption now and then. Nothing is queued and no thread is started.
         */
        private final class Watcher extends HTSVocoderDataProducer {

            private int samples;

            Watcher(HTSParameterGeneration parameters, HMMData data) {
                super(0, parameters, data);
            }

            @Override
            public void putOneDataPoint(double sample) {
                if (++samples % CHECK_EVERY == 0) {
                    stopIfInterrupted();
                }
            }
        }
    }

    private static List<Element> elements(Document document, String... names) {
        List<Element> elements = new ArrayList<>();
        NodeIterator nodes = MaryDomUtils.createNodeIterator(document, document, names);
        for (Node node = nodes.nextNode(); node != null; node = nodes.nextNode()) {
            elements.add((Element) node);
        }
        return elements;
    }

    /** 16-bit little-endian samples, scaled as MaryTTS scales them, and never clipped. */
    private static byte[] pcm16(double[] samples) {
        double peak = FULL_SCALE;
        for (double sample : samples) {
            peak = Math.max(peak, Math.abs(sample));
        }
        byte[] pcm = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            int value = (int) Math.round(samples[i] / peak * Short.MAX_VALUE);
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        return pcm;
    }
}
