// What a key press asks of the player. The caller looks at the page (is the key typed into a field, would
// Space press what has the focus) and passes the answers in, so these stay free of the DOM.

const modified = (key) => key.ctrlKey || key.metaKey || key.altKey;

/**
 * Anywhere on the page: ←/→ go to the sentence before or after, Space (unless it presses what has the focus)
 * and k play or pause. Returns 'previous', 'next', 'toggle' or null for a key the player leaves alone.
 */
export function pageKeyAction(key, { typing, spacePresses, playerHidden }) {
  if (key.defaultPrevented || modified(key) || playerHidden || typing) return null;
  if (key.key === 'ArrowRight') return 'next';
  if (key.key === 'ArrowLeft') return 'previous';
  if ((key.key === ' ' && !spacePresses) || key.key === 'k') return 'toggle';
  return null;
}

/** On a sentence: Enter or Space listens from it, ↑/↓ move to the sentence before or after without playing. */
export function sentenceKeyAction(key) {
  if (modified(key)) return null;
  if (key.key === 'Enter' || key.key === ' ') return 'listen';
  if (key.key === 'ArrowDown') return 'down';
  if (key.key === 'ArrowUp') return 'up';
  return null;
}
