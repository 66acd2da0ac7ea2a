// Where the listener is in a sentence's sound, and the place kept for them. All times in milliseconds
// unless named seconds.

/** The written word heard at nowMs: the last one whose spoken word has started by then (-1 before any). */
export function wordHeardAt(timings, targets, nowMs) {
  let heard = -1;
  timings.forEach((timing, n) => {
    if (timing.start_ms <= nowMs && targets[n] >= 0) heard = targets[n];
  });
  return heard;
}

/** Moving the sound by less than this is not worth the click a seek may make. */
export const needsSeek = (currentSeconds, wantedSeconds) => Math.abs(currentSeconds - wantedSeconds) > 0.05;

/** Where Listen starts: on in the sentence if its sound is the one loaded, else from its beginning. */
export const resumeOffset = (loadedSeq, current, currentSeconds) =>
  loadedSeq === String(current) ? currentSeconds * 1000 : 0;

/**
 * The place to keep: the sentence (within the story) and how far into it, which only counts when that
 * sentence's sound is the one loaded.
 */
export const placeToSave = (segment, sentences, offsetMs, loadedSeq) => ({
  segment: Math.min(segment, sentences - 1),
  offset_ms: loadedSeq === String(segment) ? offsetMs : 0,
});

/**
 * Whether to ask "pick up where you left off?": the listener was here before (the place was saved), got past
 * the first second, the sentence still exists, and they have not started listening on this visit already.
 */
export function worthResuming(place, sentenceExists, touched) {
  if (!place || !place.updated_at || !sentenceExists || touched) return false;
  return !(place.segment === 0 && place.offset_ms < 1000);
}
