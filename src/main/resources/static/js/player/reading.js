// Following the story as it is read: the sentence reached is marked, kept in sight above the bar and made the
// story's one tab stop; the word heard is lit, frame by frame, while the sound plays.
import { wordHeardAt } from './timing.js';
import { progressText } from './labels.js';

export function markReading(player, index) {
  player.story.dataset.currentSegment = String(index);
  for (const reading of player.parts.querySelectorAll('.segment.reading')) {
    reading.classList.remove('reading');
    reading.removeAttribute('aria-current');
  }
  const segment = player.segments[index];
  if (segment) {
    segment.span.classList.add('reading');
    segment.span.setAttribute('aria-current', 'true');
    keepInSight(player, segment.span);
    player.partChoice.value = String(segment.part);
  }
  moveTabStop(player, index);
  highlight(player, null);
  updateProgress(player);
}

// The sentence read stays between the top of the window and the player bar fixed at its bottom (scrolled to
// the middle of what the bar leaves free: app.css pads the scrolling by the bar's height).
function keepInSight(player, span) {
  const box = span.getBoundingClientRect();
  const barTop = window.innerHeight - player.bar.offsetHeight;
  if (box.top < 80 || box.bottom > barTop - 40) span.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

// Tab reaches the sentence being read (or the first); the arrow keys go on from there.
export function moveTabStop(player, index) {
  const stop = (player.segments[index] || player.segments.find(Boolean) || {}).span;
  for (const other of player.parts.querySelectorAll('.segment[tabindex="0"]')) { if (other !== stop) other.tabIndex = -1; }
  if (stop) stop.tabIndex = 0;
}

export function focusSentence(player, index, options = {}) {
  const segment = player.segments[index];
  if (!segment) return;
  moveTabStop(player, index);
  segment.span.focus(options);
}

function highlight(player, word) {
  if (player.highlighted === word) return;
  if (player.highlighted) player.highlighted.classList.remove('current');
  if (word) word.classList.add('current');
  player.highlighted = word;
}

/** Lights the word heard now, and again on the next frame while the sentence's sound plays. */
export function follow(player) {
  const segment = player.segments[player.current];
  const audio = player.sound();
  if (!segment || audio.dataset.seq !== String(player.current)) return;
  const heard = wordHeardAt(segment.timings || [], segment.targets, audio.currentTime * 1000);
  highlight(player, heard >= 0 ? segment.words[heard] : null);
  if (!audio.paused) requestAnimationFrame(() => follow(player));
}

export function updateProgress(player) {
  const segment = player.segments[player.current];
  const parts = player.manifest ? player.manifest.parts.length : 1;
  player.progress.textContent = progressText(player.current, player.segments.length, segment && segment.part, parts);
}
