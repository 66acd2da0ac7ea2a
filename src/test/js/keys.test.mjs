import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageKeyAction, sentenceKeyAction } from '../../main/resources/static/js/player/keys.js';

const anywhere = { typing: false, spacePresses: false, playerHidden: false };

test('the arrows go to the sentence before or after, Space and k play or pause', () => {
  assert.equal(pageKeyAction({ key: 'ArrowRight' }, anywhere), 'next');
  assert.equal(pageKeyAction({ key: 'ArrowLeft' }, anywhere), 'previous');
  assert.equal(pageKeyAction({ key: ' ' }, anywhere), 'toggle');
  assert.equal(pageKeyAction({ key: 'k' }, anywhere), 'toggle');
  assert.equal(pageKeyAction({ key: 'a' }, anywhere), null);
});

test('Space presses a focused button instead; k still plays or pauses there', () => {
  const onButton = { ...anywhere, spacePresses: true };
  assert.equal(pageKeyAction({ key: ' ' }, onButton), null);
  assert.equal(pageKeyAction({ key: 'k' }, onButton), 'toggle');
  assert.equal(pageKeyAction({ key: 'ArrowRight' }, onButton), 'next');
});

test('keys are left alone while typing, with a modifier, when handled already, or with no player shown', () => {
  assert.equal(pageKeyAction({ key: 'ArrowRight' }, { ...anywhere, typing: true }), null);
  assert.equal(pageKeyAction({ key: 'k' }, { ...anywhere, typing: true }), null);
  assert.equal(pageKeyAction({ key: 'ArrowLeft', altKey: true }, anywhere), null, 'Alt+← is the browser going back');
  assert.equal(pageKeyAction({ key: ' ', ctrlKey: true }, anywhere), null);
  assert.equal(pageKeyAction({ key: 'ArrowRight', metaKey: true }, anywhere), null);
  assert.equal(pageKeyAction({ key: 'ArrowRight', defaultPrevented: true }, anywhere), null);
  assert.equal(pageKeyAction({ key: ' ' }, { ...anywhere, playerHidden: true }), null);
});

test('on a sentence, Enter and Space listen from it and ↑/↓ move between sentences', () => {
  assert.equal(sentenceKeyAction({ key: 'Enter' }), 'listen');
  assert.equal(sentenceKeyAction({ key: ' ' }), 'listen');
  assert.equal(sentenceKeyAction({ key: 'ArrowDown' }), 'down');
  assert.equal(sentenceKeyAction({ key: 'ArrowUp' }), 'up');
  assert.equal(sentenceKeyAction({ key: 'ArrowRight' }), null, '← and → are the page\'s');
  assert.equal(sentenceKeyAction({ key: 'Enter', ctrlKey: true }), null);
});
