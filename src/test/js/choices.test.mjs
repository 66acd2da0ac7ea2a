import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choicesShown, continueOffered, lastHeard, sameChoices, talkPosition } from '../../main/resources/static/js/player/choices.js';

const finished = { storyStatus: 'ready', pageStatus: 'ready', choices: ['Fly home', 'Stay'], wantsSound: true, current: 4, sentences: 10 };

test('a listening child sees the choices only once the question has been read to them', () => {
  assert.equal(choicesShown(finished), false);
  assert.equal(choicesShown({ ...finished, current: 10 }), true);
});

test('one who is not listening sees them at once', () => {
  assert.equal(choicesShown({ ...finished, wantsSound: false }), true);
});

test('no choices while the story, or the page showing it, is not finished, or for a story without any', () => {
  assert.equal(choicesShown({ ...finished, wantsSound: false, storyStatus: 'generating' }), false);
  assert.equal(choicesShown({ ...finished, wantsSound: false, pageStatus: 'generating' }), false);
  assert.equal(choicesShown({ ...finished, wantsSound: false, choices: [] }), false);
  assert.equal(choicesShown({ ...finished, wantsSound: false, choices: undefined }), false);
});

test('the next part is asked for of a finished story without choices, unless a change is being written in', () => {
  const ready = { storyStatus: 'ready', choices: [], sentences: 10, changing: false };
  assert.equal(continueOffered(ready), true);
  assert.equal(continueOffered({ ...ready, storyStatus: 'generating' }), false);
  assert.equal(continueOffered({ ...ready, choices: ['Stay'] }), false);
  assert.equal(continueOffered({ ...ready, sentences: 0 }), false);
  assert.equal(continueOffered({ ...ready, changing: true }), false);
});

test('the choice buttons are rebuilt only when the choices changed', () => {
  assert.equal(sameChoices(['Fly home', 'Stay'], ['Fly home', 'Stay']), true);
  assert.equal(sameChoices(['Fly home'], ['Fly home', 'Stay']), false);
  assert.equal(sameChoices([], []), true);
});

test('a change goes on after the last sentence heard, within what is written', () => {
  assert.equal(lastHeard(4, 10), 4);
  assert.equal(lastHeard(10, 10), 9, 'past the end: the last sentence');
  assert.equal(lastHeard(0, 0), 0);
});

test('the live storyteller is told the sentence heard, or the end of a finished story heard to its last sentence', () => {
  assert.equal(talkPosition('ready', 4, 10), 4);
  assert.equal(talkPosition('ready', 9, 10), -1);
  assert.equal(talkPosition('generating', 9, 10), 9);
  assert.equal(talkPosition(null, 0, 0), 0);
});
