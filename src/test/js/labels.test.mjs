import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partLabel, playButtonFace, progressText, quoted } from '../../main/resources/static/js/player/labels.js';

test('a sentence is put in quotation marks', () => {
  assert.equal(quoted('Bramble found the kite.'), '“Bramble found the kite.”');
});

test('a line someone speaks keeps its own quotation marks', () => {
  assert.equal(quoted('“Do not be downhearted.”'), '“Do not be downhearted.”');
  assert.equal(quoted('"Hello!"'), '"Hello!"');
});

test('a long sentence is cut to 60 characters, its own closing mark put back', () => {
  const long = 'Bramble the hedgehog walked all the way across the meadow to the old oak tree.';
  const shortened = quoted(long);
  assert.equal(shortened, '“Bramble the hedgehog walked all the way across the meadow…”');
  assert.ok(shortened.length <= 60);
  assert.equal(quoted(`«${long}»`), '«Bramble the hedgehog walked all the way across the meado…»');
});

test('the bar tells the part and sentence reached', () => {
  assert.equal(progressText(3, 20, 1, 3), 'Part 2 of 3 · sentence 4 of 20');
  assert.equal(progressText(20, 20, undefined, 3), '20 sentences', 'past the end');
  assert.equal(progressText(0, 0, undefined, 1), '', 'nothing written yet');
});

test('parts are offered by number and title; the play button shows what pressing it does', () => {
  assert.equal(partLabel({ index: 0, title: 'The Lost Kite' }), 'Part 1: The Lost Kite');
  assert.deepEqual(playButtonFace(true), { label: 'Pause', icon: '❚❚' });
  assert.deepEqual(playButtonFace(false), { label: 'Listen', icon: '▶' });
});
