package com.novastoryteller.engine.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sound.sampled.AudioInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.NarratorVoice;
import com.novastoryteller.engine.Speech;

import marytts.LocalMaryInterface;
import marytts.MaryInterface;
import marytts.exceptions.MaryConfigurationException;
import marytts.exceptions.SynthesisException;

/**
 * The offline narrator: MaryTTS with its {@code cmu-slt-hsmm} voice, made into several voices with
 * MaryXML prosody (rate, pitch and pitch range). Word timings are the synthesiser's own realised
 * durations: the text is first turned into acoustic parameters, whose phone durations give the
 * words' times, and the same parameters are then turned into sound, so nothing is synthesised twice.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.narrator", havingValue = "embedded", matchIfMissing = true)
public class MaryNarrator implements Narrator {

    private record Prosody(String rate, String pitch, String range) {
    }

    private static final List<NarratorVoice> VOICES = List.of(
            new NarratorVoice("storyteller", "A warm storyteller"),
            new NarratorVoice("giant", "A deep, slow giant"),
            new NarratorVoice("mouse", "A small, quick mouse"),
            new NarratorVoice("child", "A bright child"),
            new NarratorVoice("sage", "An old, wise voice"),
            new NarratorVoice("villain", "A sly villain"),
            new NarratorVoice("cheerful", "A cheerful friend"),
            new NarratorVoice("gentle", "A gentle, calm voice"));

    private static final Map<String, Prosody> PROSODY = Map.of(
            "storyteller", new Prosody("95%", "+0%", "+0%"),
            "giant", new Prosody("72%", "-45%", "-20%"),
            "mouse", new Prosody("135%", "+75%", "+30%"),
            "child", new Prosody("112%", "+38%", "+20%"),
            "sage", new Prosody("78%", "-22%", "-30%"),
            "villain", new Prosody("88%", "-28%", "+90%"),
            "cheerful", new Prosody("108%", "+15%", "+60%"),
            "gentle", new Prosody("88%", "+8%", "-40%"));

    /** LocalMaryInterface keeps its settings per instance and is not safe to share between threads. */
    private final ThreadLocal<MaryInterface> mary = ThreadLocal.withInitial(MaryNarrator::start);

    @Override
    public List<NarratorVoice> voices() {
        return VOICES;
    }

    @Override
    public boolean speaks(String language) {
        return language.toLowerCase(Locale.ROOT).startsWith("en");
    }

    @Override
    public void warmUp() {
        speak("Once upon a time, there was a story.", "storyteller");
    }

    @Override
    public Speech speak(String text, String voice) {
        Prosody prosody = PROSODY.getOrDefault(voice, PROSODY.get("storyteller"));
        MaryInterface tts = mary.get();
        try {
            tts.setInputType("RAWMARYXML");
            tts.setOutputType("ACOUSTPARAMS");
            Document parameters = tts.generateXML(maryXml(text, prosody));
            tts.setInputType("ACOUSTPARAMS");
            tts.setOutputType("AUDIO");
            try (AudioInputStream audio = tts.generateAudio(parameters)) {
                return new Speech(readFully(audio), (int) audio.getFormat().getSampleRate(), wordTimings(parameters));
            }
        }
        catch (SynthesisException | IOException e) {
            throw new IllegalStateException("MaryTTS could not speak: " + e.getMessage(), e);
        }
    }

    /** MaryTTS's stream hands its samples over a little at a time; read until it says it is done. */
    private static byte[] readFully(AudioInputStream audio) throws IOException {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = audio.read(buffer, 0, buffer.length)) != -1) {
            pcm.write(buffer, 0, read);
        }
        return pcm.toByteArray();
    }

    private static Document maryXml(String text, Prosody prosody) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<maryxml version=\"0.5\" xmlns=\"http://mary.dfki.de/2002/MaryXML\" xml:lang=\"en-US\">"
                + "<prosody rate=\"" + prosody.rate() + "\" pitch=\"" + prosody.pitch() + "\" range=\"" + prosody.range() + "\">"
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
            words.add(new Speech.WordTiming(ownText(token), Math.round(start * 1000), Math.round(end * 1000)));
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
