import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elementFor, onReaching, oneAtATime, shouldPreload } from '../../main/resources/static/js/player/queue.js';

const spoken = { audio: '/a.mp3' };
const unspoken = { audio: null };

test('a sentence with sound plays', () => {
  assert.equal(onReaching(spoken, 2, 5, 'generating'), 'play');
  assert.equal(onReaching(spoken, 2, 5, 'ready'), 'play');
});

test('a sentence not spoken yet, or not written yet, is waited for', () => {
  assert.equal(onReaching(unspoken, 2, 5, 'ready'), 'wait');
  assert.equal(onReaching(undefined, 5, 5, 'generating'), 'wait');
  assert.equal(onReaching(undefined, 0, 0, undefined), 'wait', 'no manifest yet');
});

test('past the last sentence of a story no longer being written, the story is over', () => {
  assert.equal(onReaching(undefined, 5, 5, 'ready'), 'end');
  assert.equal(onReaching(undefined, 5, 5, 'failed'), 'end');
});

test('the element holding the sentence plays it; otherwise the active one loads it', () => {
  assert.deepEqual(elementFor(['3', '4'], 0, 3), { active: 0, load: false });
  assert.deepEqual(elementFor(['3', '4'], 0, 4), { active: 1, load: false }, 'preloaded in the other');
  assert.deepEqual(elementFor(['3', '4'], 1, 7), { active: 1, load: true });
  assert.deepEqual(elementFor([undefined, undefined], 0, 0), { active: 0, load: true });
});

test('the next sentence is preloaded when it has sound and is not loaded already', () => {
  assert.equal(shouldPreload(spoken, '3', 4), true);
  assert.equal(shouldPreload(spoken, '4', 4), false);
  assert.equal(shouldPreload(unspoken, '3', 4), false);
  assert.equal(shouldPreload(undefined, '3', 4), false);
});

test('calls while a run is under way wait for it and bring exactly one run after it', async () => {
  const releases = [];
  let runs = 0;
  const run = oneAtATime(() => {
    runs++;
    return new Promise((resolve) => releases.push(resolve));
  });
  const first = run();
  const during = [run(), run(), run()];
  assert.equal(runs, 1, 'no second run while the first is under way');
  releases[0]();
  await Promise.all([first, ...during]);
  assert.equal(runs, 2, 'one more run for all the calls made meanwhile');
  releases[1]();
  await new Promise((resolve) => setImmediate(resolve));
  run();
  assert.equal(runs, 3, 'once idle, a call runs at once');
  releases[2]();
});

test('a failed run still lets the next call run', async () => {
  let runs = 0;
  const run = oneAtATime(async () => {
    runs++;
    if (runs === 1) throw new Error('offline');
  });
  await assert.rejects(run(), /offline/);
  await run();
  assert.equal(runs, 2);
});
