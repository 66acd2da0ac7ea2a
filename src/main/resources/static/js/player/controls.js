// The bar's buttons, the sentences (tap or Enter to listen from one) and the keys that work anywhere on the page.
import { pageKeyAction, sentenceKeyAction } from './keys.js';
import { resumeOffset } from './timing.js';
import { pause, playFrom } from './playback.js';
import { focusSentence } from './reading.js';
import { hideResume, padForBar, savePosition } from './place.js';

export function wireControls(player) {
  const { playButton, previousButton, nextButton, speed, partChoice, moreButton, bar } = player;
  // Any control pressed: the listener has taken over, so the offer to resume goes and nothing starts by itself.
  const taken = () => { player.touched = true; hideResume(player); };
  playButton.addEventListener('click', () => {
    taken();
    if (player.wantsSound) pause(player);
    else playFrom(player, player.current, resumeOffset(player.sound().dataset.seq, player.current, player.sound().currentTime));
  });
  previousButton.addEventListener('click', () => { taken(); playFrom(player, Math.max(0, player.current - 1)); });
  nextButton.addEventListener('click', () => {
    taken();
    if (player.current + 1 < player.segments.length) playFrom(player, player.current + 1);
  });
  speed.value = localStorage.getItem('storyteller.speed') || '1';
  speed.addEventListener('change', () => {
    localStorage.setItem('storyteller.speed', speed.value);
    player.audios.forEach((audio) => { audio.playbackRate = player.rate(); });
  });
  partChoice.addEventListener('change', () => {
    player.touched = true;
    const first = player.segments.findIndex((segment) => segment && segment.part === Number(partChoice.value));
    if (first >= 0) playFrom(player, first);
  });
  moreButton.addEventListener('click', () => {
    const expanded = moreButton.getAttribute('aria-expanded') !== 'true';
    moreButton.setAttribute('aria-expanded', String(expanded));
    bar.dataset.expanded = String(expanded);
  });
  new ResizeObserver(() => padForBar(player)).observe(bar);
  wireSentences(player, taken);
  wireKeys(player);
  window.addEventListener('pagehide', () => { if (player.wantsSound) savePosition(player); });
}

function wireSentences(player, taken) {
  const listenFrom = (sentence) => {
    if (!player.manifest || player.manifest.status === 'unavailable') return;
    taken();
    playFrom(player, Number(sentence.dataset.seq));
  };
  player.parts.addEventListener('click', (event) => {
    const sentence = event.target.closest('.segment');
    if (sentence) listenFrom(sentence);
  });
  player.parts.addEventListener('keydown', (event) => {
    const sentence = event.target.closest('.segment');
    const action = sentence && sentenceKeyAction(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'listen') listenFrom(sentence);
    else focusSentence(player, Number(sentence.dataset.seq) + (action === 'down' ? 1 : -1));
  });
}

// Not while typing in a field (or choosing from a list); Space is left to what it presses where it presses something.
function wireKeys(player) {
  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : document.body;
    const action = pageKeyAction(event, {
      typing: Boolean(target.closest('input, textarea, select, [contenteditable]')),
      spacePresses: Boolean(target.closest('button, a, summary, .segment')),
      playerHidden: player.bar.hidden,
    });
    if (!action) return;
    event.preventDefault();
    if (action === 'toggle') {
      player.playButton.click();
      return;
    }
    (action === 'next' ? player.nextButton : player.previousButton).click();
    if (target.closest('.segment')) focusSentence(player, player.current, { preventScroll: true }); // markReading scrolls
  });
}
