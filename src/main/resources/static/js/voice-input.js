// A child's spoken words as text, for a button that says "Say it". Where the installation has a transcriber
// (the button carries data-transcription="server"), the browser records until the button is tapped again (or for
// 20 seconds) and sends the recording, as a WAV file, to /api/transcriptions, which keeps nothing; otherwise the
// browser's own speech recognition listens. Either way onText gets the words, and onState(true/false) says when it listens.

import { csrfHeaders } from './csrf.js';
import { RATE, canListen, listen } from './microphone.js';

const LONGEST_RECORDING_MS = 20000;

const language = () => document.documentElement.lang || 'en-US';

// 16 kHz, 16-bit mono PCM in a WAV file: what every transcriber takes, Nova Sonic included.
function wav(chunks) {
  const length = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const view = new DataView(new ArrayBuffer(44 + length * 2));
  const text = (at, value) => [...value].forEach((letter, n) => view.setUint8(at + n, letter.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + length * 2, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, RATE, true);
  view.setUint32(28, RATE * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, length * 2, true);
  let at = 44;
  chunks.forEach((chunk) => chunk.forEach((sample) => {
    view.setInt16(at, Math.max(-1, Math.min(1, sample)) * 0x7fff, true);
    at += 2;
  }));
  return new Blob([view], { type: 'audio/wav' });
}

function recorded(button, onText, onState, onError) {
  if (!canListen()) return false;
  let stop = null;
  button.addEventListener('click', async () => {
    if (stop) {
      stop();
      return;
    }
    const chunks = [];
    let release;
    try {
      release = await listen((samples) => chunks.push(new Float32Array(samples)));
    } catch (refused) {
      onError('The microphone is not allowed here; you can type instead.');
      return;
    }
    const timer = setTimeout(() => stop && stop(), LONGEST_RECORDING_MS);
    stop = async () => {
      stop = null;
      clearTimeout(timer);
      await release();
      onState(false);
      const form = new FormData();
      form.append('audio', wav(chunks), 'recording.wav');
      form.append('language', language());
      try {
        const answer = await fetch('/api/transcriptions', {
          method: 'POST', credentials: 'same-origin', headers: csrfHeaders(), body: form,
        });
        const body = await answer.json();
        if (answer.ok && body.text) onText(body.text);
        else onError(body.detail || 'Sorry, I could not hear that. Please try again, or type it.');
      } catch (offline) {
        onError('Sorry, I could not hear that. Please try again, or type it.');
      }
    };
    onState(true);
  });
  return true;
}

function recognised(button, onText, onState, onError) {
  const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
  if (!Recognition) return false;
  let recognition = null;
  button.addEventListener('click', () => {
    if (recognition) {
      recognition.stop();
      return;
    }
    recognition = new Recognition();
    recognition.lang = language();
    recognition.interimResults = true;
    recognition.addEventListener('result', (event) => {
      const heard = Array.from(event.results).map((result) => result[0].transcript).join(' ');
      onText(heard.trim(), !event.results[event.results.length - 1].isFinal);
    });
    recognition.addEventListener('end', () => {
      recognition = null;
      onState(false);
    });
    recognition.addEventListener('error', (event) => {
      if (event.error === 'not-allowed') onError('The microphone is not allowed here; you can type instead.');
    });
    recognition.start();
    onState(true);
  });
  return true;
}

/** Wires the button; it is shown only where this browser can hear. onText(text, stillListening). */
export function voiceInput(button, { onText, onState = () => {}, onError = () => {} }) {
  if (!button) return;
  const server = button.dataset.transcription === 'server';
  const wired = server ? recorded(button, onText, onState, onError) : recognised(button, onText, onState, onError);
  button.hidden = !wired;
}
