// What the player writes on the page, worked out from the story's state.

/**
 * The sentence in quotation marks, shortened to 60 characters; one that is someone speaking has its own
 * ("Do not be downhearted.") and gets no second pair.
 */
export function quoted(text) {
  const closing = { '"': '"', '“': '”', '„': '“', '‘': '’', "'": "'", '«': '»' }[text.charAt(0)];
  const shortened = text.length > 60 ? text.slice(0, 57).trimEnd() + '…' : text;
  if (!closing) return `“${shortened}”`;
  return shortened === text ? text : shortened + closing;
}

/**
 * The bar's "Part 1 of 3 · sentence 4 of 20"; just the count when the player is past the last sentence; nothing
 * before the first sentence is written. `part` is the reached sentence's part index, undefined when there is none.
 */
export function progressText(current, sentences, part, parts) {
  if (sentences === 0) return '';
  if (part === undefined) return `${sentences} sentences`;
  return `Part ${part + 1} of ${parts} · sentence ${current + 1} of ${sentences}`;
}

export const partLabel = (part) => `Part ${part.index + 1}: ${part.title}`;

/** The play button's face: what pressing it will do. */
export const playButtonFace = (playing) => (playing ? { label: 'Pause', icon: '❚❚' } : { label: 'Listen', icon: '▶' });
