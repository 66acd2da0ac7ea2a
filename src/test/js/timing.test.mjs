import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needsSeek, placeToSave, resumeOffset, wordHeardAt, worthResuming } from '../../main/resources/static/js/player/timing.js';

const timings = [{ start_ms: 0 }, { start_ms: 300 }, { start_ms: 600 }];

test('the word lit is the last one started, none before the first', () => {
  const targets = [0, 1, 2];
  assert.equal(wordHeardAt(timings, targets, -1), -1);
  assert.equal(wordHeardAt(timings, targets, 0), 0);
  assert.equal(wordHeardAt(timings, targets, 299), 0);
  assert.equal(wordHeardAt(timings, targets, 300), 1);
  assert.equal(wordHeardAt(timings, targets, 10_000), 2);
});

test('a spoken word that belongs to no written word leaves the one before lit', () => {
  assert.equal(wordHeardAt(timings, [0, -1, 1], 450), 0);
  assert.equal(wordHeardAt(timings, [0, -1, 1], 600), 1);
  assert.equal(wordHeardAt([], [], 100), -1);
});

test('the sound is only moved when it is more than 50 ms from where it should be', () => {
  assert.equal(needsSeek(1.0, 1.04), false);
  assert.equal(needsSeek(1.0, 1.06), true);
  assert.equal(needsSeek(2.0, 0), true);
});

test('Listen goes on in the sentence whose sound is loaded, else from its start', () => {
  assert.equal(resumeOffset('3', 3, 1.5), 1500);
  assert.equal(resumeOffset('2', 3, 1.5), 0);
  assert.equal(resumeOffset(undefined, 0, 0.2), 0);
});

test('the place kept stays within the story, its offset only for the sentence loaded', () => {
  assert.deepEqual(placeToSave(4, 10, 1234, '4'), { segment: 4, offset_ms: 1234 });
  assert.deepEqual(placeToSave(4, 10, 1234, '5'), { segment: 4, offset_ms: 0 });
  assert.deepEqual(placeToSave(12, 10, 800, '12'), { segment: 9, offset_ms: 800 });
});

test('resuming is offered to a listener who got past the first second on an earlier visit', () => {
  const saved = { segment: 3, offset_ms: 0, updated_at: '2025-01-01T00:00:00Z' };
  assert.equal(worthResuming(saved, true, false), true);
  assert.equal(worthResuming({ ...saved, segment: 0, offset_ms: 999 }, true, false), false, 'barely begun');
  assert.equal(worthResuming({ ...saved, segment: 0, offset_ms: 1000 }, true, false), true);
  assert.equal(worthResuming({ segment: 3, offset_ms: 0 }, true, false), false, 'never saved');
  assert.equal(worthResuming(saved, false, false), false, 'sentence no longer there');
  assert.equal(worthResuming(saved, true, true), false, 'already listening on this visit');
  assert.equal(worthResuming(null, true, false), false);
});
