package com.novastoryteller.engine.embedded;

import com.novastoryteller.engine.Speech;

/** One in-process synthesiser; not necessarily safe to share between threads, so engines keep one instance per thread. */
interface SpeechEngine {

    Speech speak(String text, Prosody prosody);
}
