import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align, isSpace, normalised, pieces } from '../../main/resources/static/js/player/words.js';

const spoken = (...words) => words.map((text) => ({ text }));

test('a sentence is cut into words and the spaces between them, nothing dropped', () => {
  const text = 'Bramble  ran,\tfast.';
  assert.deepEqual(pieces(text), ['Bramble', '  ', 'ran,', '\t', 'fast.']);
  assert.equal(pieces(text).join(''), text);
  assert.deepEqual(pieces(text).map(isSpace), [false, true, false, true, false]);
});

test('words are compared without case or punctuation, letters of any language kept', () => {
  assert.equal(normalised('“Élodie,”'), 'élodie');
  assert.equal(normalised("Mia's"), 'mias');
  assert.equal(normalised('42!'), '42');
  assert.equal(normalised('—'), '');
});

test('each spoken word points at the written word it is', () => {
  assert.deepEqual(align(spoken('The', 'kite', 'flew'), ['The', 'kite', 'flew.']), [0, 1, 2]);
});

test("a written word spoken as two tokens gets both (Mia's as Mia and 's)", () => {
  assert.deepEqual(align(spoken('Mia', "'s", 'kite'), ["Mia's", 'kite']), [0, 0, 1]);
  assert.deepEqual(align(spoken('ice', 'cream', 'melts'), ['ice-cream', 'melts']), [0, 0, 1]);
});

test('a written word the synthesiser skipped does not stop the words after it', () => {
  assert.deepEqual(align(spoken('The', 'red', 'kite'), ['The', 'big', 'red', 'kite']), [0, 2, 3]);
});

test('a spoken word with no written word (20 said as twenty) points nowhere, and the next still matches', () => {
  assert.deepEqual(align(spoken('I', 'am', 'twenty', 'today'), ['I', 'am', '20', 'today']), [0, 1, -1, 3]);
});

test('a spoken word is looked for among the next four written words only', () => {
  assert.deepEqual(align(spoken('d'), ['a', 'b', 'c', 'd']), [3]);
  assert.deepEqual(align(spoken('e'), ['a', 'b', 'c', 'd', 'e']), [-1]);
});

test('a token of punctuation alone belongs to no word and moves nothing on', () => {
  assert.deepEqual(align(spoken('Hello', ',', 'Bramble'), ['Hello,', 'Bramble']), [0, -1, 1]);
});

test('no timings, or no written words, give no targets to light', () => {
  assert.deepEqual(align([], ['Hello']), []);
  assert.deepEqual(align(spoken('Hello'), []), [-1]);
});
