// The sentences queued for the ear: what happens on reaching one, which of the page's two audio elements plays
// it while the other holds the next one loaded, and one manifest fetch at a time.

/**
 * On reaching sentence `index`: 'play' its sound, 'wait' for the storyteller to speak (or write) it, or 'end'
 * when the story is over (past its last sentence and no longer being written).
 */
export function onReaching(segment, index, sentences, manifestStatus) {
  if (segment && segment.audio) return 'play';
  return index >= sentences && manifestStatus && manifestStatus !== 'generating' ? 'end' : 'wait';
}

/**
 * Which audio element plays sentence `index`, given the sentence each holds (`loaded`, as data-seq strings):
 * the active one if it holds it, else the other one if it was preloaded there, else the active one, loading it.
 */
export function elementFor(loaded, active, index) {
  const wanted = String(index);
  if (loaded[active] === wanted) return { active, load: false };
  if (loaded[1 - active] === wanted) return { active: 1 - active, load: false };
  return { active, load: true };
}

/** Whether the idle element should load sentence `index` now (it has sound, and is not already there). */
export const shouldPreload = (segment, idleLoadedSeq, index) =>
  Boolean(segment && segment.audio && idleLoadedSeq !== String(index));

/**
 * `task` (async) run one at a time: a call while it runs waits for that run and asks for one more after it,
 * however many calls came meanwhile — the manifest fetched again once is as good as fetched again ten times.
 */
export function oneAtATime(task) {
  let running = null;
  let again = false;
  return async function run() {
    if (running) {
      again = true;
      return running;
    }
    running = task();
    try {
      await running;
    } finally {
      running = null;
      if (again) {
        again = false;
        run();
      }
    }
  };
}
