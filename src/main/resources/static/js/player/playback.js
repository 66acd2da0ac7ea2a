// Playing the story sentence after sentence: each sentence's sound in one of two audio elements, the next one
// preloaded in the other, so it starts the moment this one ends.
import { elementFor, onReaching, shouldPreload } from './queue.js';
import { needsSeek } from './timing.js';
import { playButtonFace } from './labels.js';
import { follow, markReading } from './reading.js';
import { savePosition } from './place.js';
import { offerChoicesOnceAsked } from './interaction.js';

export function playFrom(player, index, offsetMs = 0) {
  player.current = index;
  player.wantsSound = true;
  const segment = player.segments[index];
  markReading(player, index);
  const next = onReaching(segment, index, player.segments.length, player.manifest && player.manifest.status);
  if (next === 'end') return finished(player);
  if (next === 'wait') return setPlaying(player, true, 'Waiting for the storyteller…');
  const choice = elementFor(player.audios.map((audio) => audio.dataset.seq), player.active, index);
  player.active = choice.active;
  const audio = player.sound();
  if (choice.load) {
    audio.src = segment.audio;
    audio.dataset.seq = String(index);
  }
  player.idleSound().pause();
  audio.playbackRate = player.rate();
  seek(audio, offsetMs / 1000);
  setPlaying(player, true, '');
  audio.play().catch((error) => {
    if (error.name === 'NotAllowedError') {
      player.wantsSound = false;
      setPlaying(player, false, 'Press “Listen” to hear the story.');
      player.playButton.classList.add('attention');
    }
  });
  preload(player, index + 1);
  requestAnimationFrame(() => follow(player));
}

function seek(audio, seconds) {
  if (audio.readyState >= 1) {
    if (needsSeek(audio.currentTime, seconds)) audio.currentTime = seconds;
  } else {
    audio.addEventListener('loadedmetadata', () => { audio.currentTime = seconds; }, { once: true });
  }
}

function preload(player, index) {
  const segment = player.segments[index];
  const idle = player.idleSound();
  if (shouldPreload(segment, idle.dataset.seq, index)) {
    idle.src = segment.audio;
    idle.dataset.seq = String(index);
    idle.playbackRate = player.rate();
    idle.load();
  }
}

export function pause(player) {
  player.wantsSound = false;
  player.sound().pause();
  setPlaying(player, false, 'Paused.');
  savePosition(player);
}

function finished(player) {
  player.wantsSound = false;
  setPlaying(player, false, 'The end. Press “Listen” to hear it again.');
  player.current = 0;
  markReading(player, -1);
  savePosition(player, 0, 0);
  bringChoicesIntoView(player);
}

// Heard to its end, an interactive story's question is answered just under it.
function bringChoicesIntoView(player) {
  const choices = player.find('choices');
  if (choices && !choices.hidden) choices.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

/** Shows whether the story plays, with a note in the bar (undefined keeps the note shown). */
export function setPlaying(player, playing, note) {
  const face = playButtonFace(playing);
  player.story.dataset.playing = String(playing);
  player.playButton.setAttribute('aria-pressed', String(playing));
  player.playButton.querySelector('.label').textContent = face.label;
  player.playButton.querySelector('.icon').textContent = face.icon;
  if (playing) player.playButton.classList.remove('attention');
  if (note !== undefined) player.find('player-status').textContent = note;
  offerChoicesOnceAsked(player);
}

/** A sentence heard to its end is followed by the next. */
export function playOnWhenEnded(player) {
  for (const audio of player.audios) {
    audio.addEventListener('ended', () => {
      if (audio !== player.sound() || !player.wantsSound) return;
      playFrom(player, player.current + 1);
      savePosition(player);
    });
  }
}
