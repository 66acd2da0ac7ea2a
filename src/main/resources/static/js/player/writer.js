// Keeping up with the writer: the manifest is fetched again whenever the story's event stream says something
// was written, spoken or drawn, and the page shows what it now holds.
import { oneAtATime } from './queue.js';
import { render } from './story-text.js';
import { playFrom } from './playback.js';
import { updateInteraction } from './interaction.js';

const refreshers = new WeakMap();

/** Fetches the manifest and shows it; calls while one fetch runs are answered by one more fetch after it. */
export function refresh(player) {
  if (!refreshers.has(player)) refreshers.set(player, oneAtATime(() => showManifest(player)));
  return refreshers.get(player)();
}

async function showManifest(player) {
  const { story } = player;
  const answer = await fetch(player.narrationUrl, { credentials: 'same-origin' });
  if (!answer.ok) return;
  const manifest = player.manifest = await answer.json();
  render(player, manifest);
  if (manifest.story_status === 'ready') showFinished(player, manifest.title);
  if (manifest.story_status === 'failed') showFailed(player);
  const silent = manifest.status === 'unavailable';
  player.bar.hidden = silent || player.segments.length === 0;
  player.message.hidden = !manifest.message;
  player.message.textContent = manifest.message || '';
  player.download.hidden = !manifest.full_audio;
  if (player.shared && manifest.full_audio) player.download.href = manifest.full_audio;
  updateInteraction(player);
  const reached = player.segments[player.current];
  if (player.wantsSound && player.sound().paused && reached && reached.audio) playFrom(player, player.current);
  const first = player.segments[0];
  if (!player.touched && story.dataset.autoplay === 'true' && !silent && first && first.audio) {
    player.touched = true;
    playFrom(player, 0);
  }
}

function showFinished(player, storyTitle) {
  const { story } = player;
  if (story.dataset.status !== 'generating') return;
  player.title.textContent = storyTitle;
  document.title = `${storyTitle} · Nova Storyteller`;
  player.statusLine.textContent = 'The story is ready.';
  story.dataset.status = 'ready';
  document.querySelectorAll('[data-when-ready]').forEach((element) => { element.hidden = false; });
  document.querySelectorAll('[data-until-ready]').forEach((element) => { element.hidden = true; });
}

export function showFailed(player) {
  player.statusLine.textContent = 'This story could not be written. Try writing it again below.';
  player.story.dataset.status = 'failed';
}

/** Follows the story's events for the revision the page shows, from now until it is written. */
export function listen(player) {
  if (player.events) player.events.close();
  const events = player.events = new EventSource(`${player.api}/events`);
  const read = (event) => JSON.parse(event.data);
  const forThisRevision = (data) => data.revision === Number(player.story.dataset.revision);
  for (const kind of ['part', 'segment', 'audio', 'choice', 'illustration']) {
    events.addEventListener(kind, (event) => { if (forThisRevision(read(event))) refresh(player); });
  }
  events.addEventListener('done', (event) => {
    const data = read(event);
    if (!forThisRevision(data)) return;
    showFinished(player, data.title);
    events.close();
    refresh(player);
  });
  events.addEventListener('error', (event) => {
    if (!event.data) return; // a dropped connection: EventSource reconnects by itself
    showFailed(player);
    events.close();
  });
}
