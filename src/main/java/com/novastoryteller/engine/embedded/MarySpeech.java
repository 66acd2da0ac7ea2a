package com.novastoryteller.engine.embedded;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import com.novastoryteller.engine.Speech;

import marytts.LocalMaryInterface;
import marytts.MaryInterface;
import marytts.exceptions.MaryConfigurationException;
import marytts.htsengine.HMMVoice;
import marytts.modules.synthesis.Voice;

/**
 * MaryTTS with its {@code cmu-slt-hsmm} voice (female, en-US), shaped by MaryXML prosody. Word timings
 * are the synthesiser's own realised durations: the text is first turned into acoustic parameters,
 * whose phone durations give the words' times, and the same parameters are then turned into sound by
 * {@link MaryVocoder}, so nothing is synthesised twice.
 */
class MarySpeech implements SpeechEngine {

    private static final String VOICE = "cmu-slt-hsmm";

    /** LocalMaryInterface keeps its settings per instance and is not safe to share between threads. */
    private final ThreadLocal<MaryInterface> mary = ThreadLocal.withInitial(MarySpeech::start);

    /** Holds an utterance's state while it works, so each thread has its own; made once MaryTTS has started. */
    private final ThreadLocal<MaryVocoder> vocoder = ThreadLocal
            .withInitial(() -> new MaryVocoder((HMMVoice) Voice.getVoice(VOICE)));

    @Override
    public Speech speak(String text, Prosody prosody) {
        MaryInterface tts = mary.get();
        MaryVocoder sound = vocoder.get();
        try {
            tts.setInputType("RAWMARYXML");
            tts.setOutputType("ACOUSTPARAMS");
            Document parameters = tts.generateXML(maryXml(text, prosody));
            byte[] pcm = sound.vocode(parameters);
            return new Speech(pcm, sound.sampleRate(), wordTimings(parameters));
        }
        catch (CancellationException e) {
            throw e;
        }
        catch (Exception e) {
            throw new IllegalStateException("MaryTTS could not speak: " + e.getMessage(), e);
        }
    }

    private static Document maryXml(String text, Prosody prosody) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<maryxml version=\"0.5\" xmlns=\"http://mary.dfki.de/2002/MaryXML\" xml:lang=\"en-US\">"
                + "<prosody rate=\"" + percent(prosody.rate()) + "\" pitch=\"" + change(prosody.pitch()) + "\" range=\""
                + change(prosody.range()) + "\">"
                + HtmlUtils.htmlEscape(text, "UTF-8") + "</prosody></maryxml>";
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        }
        catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("Could not build MaryXML", e);
        }
    }

    private static String percent(double factor) {
        return Math.round(factor * 100) + "%";
    }

    private static String change(double factor) {
        long change = Math.round((factor - 1) * 100);
        return (change < 0 ? "" : "+") + change + "%";
    }

    /** Each spoken token's time: from its first phone's start to its last phone's end. */
    private static List<Speech.WordTiming> wordTimings(Document parameters) {
        List<Speech.WordTiming> words = new ArrayList<>();
        NodeList tokens = parameters.getElementsByTagNameNS("*", "t");
        for (int i = 0; i < tokens.getLength(); i++) {
            Element token = (Element) tokens.item(i);
            NodeList phones = token.getElementsByTagNameNS("*", "ph");
            if (phones.getLength() == 0) {
                continue;
            }
            Element first = (Element) phones.item(0);
            Element last = (Element) phones.item(phones.getLength() - 1);
            double start = Double.parseDouble(first.getAttribute("end")) - Double.parseDouble(first.getAttribute("d")) / 1000;
            double end = Double.parseDouble(last.getAttribute("end"));
            long previousEnd = words.isEmpty() ? 0 : words.get(words.size() - 1).endMs();
            long startMs = Math.max(Math.round(start * 1000), previousEnd);
            words.add(new Speech.WordTiming(ownText(token), startMs, Math.max(Math.round(end * 1000), startMs + 1)));
        }
        return words;
    }

    private static String ownText(Element token) {
        StringBuilder text = new StringBuilder();
        for (Node child = token.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString().strip();
    }

    private static MaryInterface start() {
        try {
            return new LocalMaryInterface();
        }
        catch (MaryConfigurationException e) {
            throw new IllegalStateException("MaryTTS could not start", e);
        }
    }
}
