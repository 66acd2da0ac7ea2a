// When the owner is offered to change the story: the choices an interactive story ends with, the form asking
// for the next part, and from which sentence a change goes on.

/**
 * The question is the story's last sentence: a child listening sees the choices once it has been read to them;
 * one who is not listening (has not pressed play, or paused) sees them at once. `pageStatus` is what the page
 * shows (it turns 'ready' only once the page has shown the finished story).
 */
export function choicesShown({ storyStatus, pageStatus, choices, wantsSound, current, sentences }) {
  const offered = storyStatus === 'ready' && pageStatus === 'ready' && (choices || []).length > 0;
  const asked = !wantsSound || current >= sentences;
  return offered && asked;
}

/** "What happens next?" is asked of a finished story without choices, while no change is being written in. */
export const continueOffered = ({ storyStatus, choices, sentences, changing }) =>
  storyStatus === 'ready' && choices.length === 0 && sentences > 0 && !changing;

export const sameChoices = (shown, choices) => shown.join('\n') === choices.join('\n');

/** The last sentence heard (a change goes on after it), within the story written so far. */
export const lastHeard = (current, sentences) => Math.max(0, Math.min(current, sentences - 1));

/**
 * Where the live storyteller is told the child is: the sentence heard, or -1 for the end once a finished
 * story has been heard to its last sentence (what the child says then continues it).
 */
export const talkPosition = (storyStatus, current, sentences) =>
  storyStatus === 'ready' && current >= sentences - 1 ? -1 : lastHeard(current, sentences);
