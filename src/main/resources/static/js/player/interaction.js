// The owner changes the story as it is told: interrupts it with what should happen instead, picks one of the
// choices an interactive story ends with, or asks for the next part. None of it on a share link's page.
import { csrfHeaders } from '../csrf.js';
import { choicesShown, continueOffered, lastHeard, sameChoices } from './choices.js';
import { pause, setPlaying } from './playback.js';
import { hideResume } from './place.js';
import { listen, refresh } from './writer.js';
import { wireTalk } from './talk.js';

const changing = (player) => !player.shared && player.find('interact');

export function updateInteraction(player) {
  if (!changing(player)) return;
  const { find, manifest, segments } = player;
  const choices = manifest.choices || [];
  const choicesBox = find('choices');
  const shown = [...choicesBox.querySelectorAll('button')].map((button) => button.textContent);
  if (!sameChoices(shown, choices)) {
    choicesBox.replaceChildren(...choices.map((choice, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button choice';
      button.dataset.test = 'choice';
      button.textContent = choice;
      button.addEventListener('click', () => change(player, 'choose', { choice: String(index) }, player.segments.length));
      return button;
    }));
  }
  offerChoicesOnceAsked(player);
  const changeForm = find('change-form');
  find('continue-form').hidden = !continueOffered({
    storyStatus: manifest.story_status, choices, sentences: segments.length, changing: !changeForm.hidden,
  });
  find('change').hidden = segments.length === 0 || !changeForm.hidden;
}

export function offerChoicesOnceAsked(player) {
  if (!changing(player) || !player.manifest) return;
  player.find('choices').hidden = !choicesShown({
    storyStatus: player.manifest.story_status, pageStatus: player.story.dataset.status, choices: player.manifest.choices,
    wantsSound: player.wantsSound, current: player.current, sentences: player.segments.length,
  });
}

async function change(player, action, body, playFromSegment) {
  const error = player.find('interact-error');
  error.hidden = true;
  try {
    const answer = await fetch(`${player.api}/${action}`, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', ...csrfHeaders() }, body: JSON.stringify(body),
    });
    const reply = await answer.json();
    if (!answer.ok) throw new Error((reply.errors && Object.values(reply.errors)[0]) || reply.detail || 'That did not work.');
    goOn(player, reply.story, playFromSegment);
  } catch (failure) {
    showError(player, failure.message);
  }
}

export function showError(player, message) {
  const error = player.find('interact-error');
  error.textContent = message;
  error.hidden = false;
}

/** The new revision starts with what was heard; the player goes on from the first new sentence as soon as it is spoken. */
export function goOn(player, changed, from) {
  const { story, find } = player;
  player.sound().pause();
  story.dataset.revision = String(changed.revision);
  story.dataset.status = 'generating';
  player.statusLine.textContent = 'Writing what happens next…';
  find('change-form').hidden = true;
  find('choices').hidden = true;
  find('continue-form').hidden = true;
  player.touched = true;
  hideResume(player);
  player.current = from;
  player.wantsSound = true;
  setPlaying(player, true, 'Waiting for the storyteller…');
  listen(player);
  refresh(player);
}

export function wireInteraction(player) {
  if (!changing(player)) return;
  const { find } = player;
  const changeButton = find('change');
  const changeForm = find('change-form');
  const continueForm = find('continue-form');
  const instruction = find('instruction');
  let heardUpTo = 0;
  changeButton.addEventListener('click', () => {
    heardUpTo = lastHeard(player.current, player.segments.length);
    if (player.wantsSound) pause(player);
    changeButton.hidden = true;
    changeForm.hidden = false;
    continueForm.hidden = true;
    instruction.focus();
  });
  find('cancel-change').addEventListener('click', () => {
    changeForm.hidden = true;
    changeButton.hidden = false;
    updateInteraction(player);
  });
  changeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    change(player, 'interrupt', { after_segment: heardUpTo, instruction: instruction.value }, heardUpTo + 1);
    instruction.value = '';
  });
  continueForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const wish = find('continue-wish').value.trim();
    change(player, 'continue', wish ? { instruction: wish } : {}, player.segments.length);
    find('continue-wish').value = '';
  });
  wireTalk(player, instruction, changeForm);
}
