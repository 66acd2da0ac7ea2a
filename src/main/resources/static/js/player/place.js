// The listener's place in the story, kept on the server (never for a share link's page) and offered back on
// their next visit: "Pick up where you left off?"
import { csrfHeaders } from '../csrf.js';
import { placeToSave, worthResuming } from './timing.js';
import { quoted } from './labels.js';
import { playFrom } from './playback.js';

export function savePosition(player, segment = player.current, offsetMs = Math.round(player.sound().currentTime * 1000)) {
  const { manifest, segments } = player;
  if (player.shared || !manifest || manifest.status === 'unavailable' || segments.length === 0) return;
  const place = placeToSave(segment, segments.length, offsetMs, player.sound().dataset.seq);
  const body = JSON.stringify(place);
  if (body === player.lastSaved) return;
  player.lastSaved = body;
  fetch(`${player.api}/position`, {
    method: 'PUT', keepalive: true, credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', ...csrfHeaders() }, body,
  }).then((answer) => { if (answer.ok) player.story.dataset.savedSegment = String(place.segment); });
}

export async function savedPlace(player) {
  if (player.shared) return null;
  const answer = await fetch(`${player.api}/position`, { credentials: 'same-origin' });
  return answer.ok ? answer.json() : null;
}

export function hideResume(player) {
  if (player.resume) player.resume.hidden = true;
}

/** Offers to go on from the place kept, when the listener has heard some of the story before; returns whether it did. */
export function offerToContinue(player, place) {
  const { resume, find } = player;
  const segment = place && player.segments[place.segment];
  if (!resume || !worthResuming(place, Boolean(segment), player.touched)) return false;
  resume.querySelector('.resume-where').textContent = quoted(segment.text);
  resume.hidden = false;
  find('resume-continue').onclick = () => { hideResume(player); player.touched = true; playFrom(player, place.segment, place.offset_ms); };
  find('resume-restart').onclick = () => { hideResume(player); player.touched = true; playFrom(player, 0); };
  // On a phone the question would begin under the bar (shown a moment ago, not yet measured by the observer).
  padForBar(player);
  resume.scrollIntoView({ block: 'nearest' });
  find('resume-continue').focus({ preventScroll: true });
  return true;
}

// The page is padded by the bar's height, and what is scrolled into view stops above the bar (app.css).
export function padForBar(player) {
  document.documentElement.style.setProperty('--player-height', `${player.bar.offsetHeight}px`);
}
