// A sentence's written words, and which of them each word the synthesiser spoke belongs to.
// The manifest gives the synthesiser's own word timings, which may split a written word ("Mia's" spoken as two
// tokens) or skip one; SpokenWords (book package) matches them the same way on the server, so a book and the
// player light up the same words. Keep the two in step.

export const normalised = (word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The sentence cut into words and the spaces between them, in order, nothing dropped. */
export const pieces = (text) => text.split(/(\s+)/).filter(Boolean);

export const isSpace = (piece) => /^\s+$/.test(piece);

/**
 * For each spoken word's timing, the index of the written word it belongs to, or -1 for none. A spoken word
 * is looked for among the next four written words, so one the synthesiser skipped does not stop the rest.
 */
export function align(timings, written) {
  const targets = [];
  let next = 0;
  let consumed = '';
  for (const timing of timings) {
    const spoken = normalised(timing.text);
    let target = -1;
    for (let look = next; spoken && look < Math.min(written.length, next + 4); look++) {
      const word = normalised(written[look]);
      const rest = look === next ? word.slice(consumed.length) : word;
      if (rest.startsWith(spoken) || (look === next && word.startsWith(consumed + spoken))) {
        target = look;
        consumed = (look === next ? consumed : '') + spoken;
        next = look;
        if (consumed.length >= word.length) {
          next = look + 1;
          consumed = '';
        }
        break;
      }
    }
    targets.push(target);
  }
  return targets;
}
