// The live storyteller (where the installation has one): tap to talk, tap again when done. The child's voice goes
// to /api/stories/{id}/voice as 16 kHz 16-bit PCM while they speak; the storyteller's voice comes back as 24 kHz PCM
// and plays at once; what it heard and said is shown, and the story goes the child's way.

import { canListen, listen } from './microphone.js';

const OUT_RATE = 24000;
// A turn ends by itself after a minute, well inside Nova Sonic's own session limit.
const LONGEST_TURN_MS = 60000;

export function liveVoice(button, { storyUrl, position, onListening, onHeard, onSaid, onChanged, onError }) {
  if (!button || !canListen() || !window.WebSocket) return;
  let socket = null;
  let recording = null;
  let speaker = null;
  let playAt = 0;
  const playing = [];

  const hush = () => {
    playing.splice(0).forEach((source) => { try { source.stop(); } catch (done) { /* already over */ } });
    playAt = 0;
  };

  const play = (buffer) => {
    if (!speaker) speaker = new AudioContext({ sampleRate: OUT_RATE });
    const samples = new Int16Array(buffer);
    const audio = speaker.createBuffer(1, samples.length, OUT_RATE);
    const channel = audio.getChannelData(0);
    samples.forEach((sample, n) => { channel[n] = sample / 0x8000; });
    const source = speaker.createBufferSource();
    source.buffer = audio;
    source.connect(speaker.destination);
    playAt = Math.max(playAt, speaker.currentTime);
    source.start(playAt);
    playAt += audio.duration;
    playing.push(source);
    source.addEventListener('ended', () => playing.splice(playing.indexOf(source), 1));
  };

  const connect = () => new Promise((resolve, reject) => {
    if (socket && socket.readyState === WebSocket.OPEN) return resolve(socket);
    const address = new URL(`${storyUrl}/voice`, window.location.href);
    address.protocol = address.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(address);
    socket.binaryType = 'arraybuffer';
    socket.addEventListener('message', (event) => {
      if (typeof event.data !== 'string') return play(event.data);
      const message = JSON.parse(event.data);
      if (message.type === 'ready') resolve(socket);
      else if (message.type === 'heard') onHeard(message.text);
      else if (message.type === 'said') onSaid(message.text);
      else if (message.type === 'interrupted') hush();
      else if (message.type === 'changed') onChanged(message);
      else if (message.type === 'refused' || message.type === 'error') onError(message.message);
    });
    socket.addEventListener('close', () => { socket = null; });
    socket.addEventListener('error', () => reject(new Error('The storyteller cannot be reached just now.')));
  });

  const start = async () => {
    hush(); // the child speaks over the storyteller: it stops at once
    try {
      const open = await connect();
      open.send(JSON.stringify({ type: 'position', after_segment: position() }));
      const release = await listen((samples) => {
        const pcm = new Int16Array(samples.length);
        samples.forEach((sample, n) => { pcm[n] = Math.max(-1, Math.min(1, sample)) * 0x7fff; });
        if (open.readyState === WebSocket.OPEN) open.send(pcm.buffer);
      });
      recording = { release, socket: open };
      recording.timer = setTimeout(() => recording && stop(), LONGEST_TURN_MS);
      onListening(true);
    } catch (failure) {
      onError(failure.name === 'NotAllowedError' ? 'The microphone is not allowed here; you can type instead.'
        : failure.message);
    }
  };

  const stop = async () => {
    const { release, socket: open, timer } = recording;
    recording = null;
    clearTimeout(timer);
    await release();
    if (open.readyState === WebSocket.OPEN) open.send(JSON.stringify({ type: 'done' }));
    onListening(false);
  };

  button.addEventListener('click', () => (recording ? stop() : start()));
  button.hidden = false;
}
