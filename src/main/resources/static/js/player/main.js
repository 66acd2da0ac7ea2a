// The story page: shows the story while it is being written and reads it aloud, sentence after sentence,
// lighting up each word as it is heard. The narration manifest (/api/stories/{id}/narration) is the one
// source of what to show and play; while the story is written, the event stream says when to fetch it again.
// The owner can change the story as it is told: interrupt it, pick a choice, or ask for the next part.
// A share link's page uses the same player, without any of that and without keeping the listener's place.
//
// The logic lives in modules free of the DOM, tested by Node's test runner (src/test/js): words.js, timing.js,
// queue.js, labels.js, keys.js, choices.js. The others drive the page: context.js holds what the player knows.
import { playerOn } from './context.js';
import { wireControls } from './controls.js';
import { playOnWhenEnded } from './playback.js';
import { offerToContinue, savedPlace } from './place.js';
import { listen, refresh } from './writer.js';
import { wireInteraction } from './interaction.js';

const story = document.querySelector('[data-story-id], [data-narration]');
if (story) start(playerOn(story));

// The share link is selected whole when it is reached or tapped, ready to copy (here, as the page's policy
// runs no script written into the page itself).
const shareUrl = document.querySelector('[data-test="share-url"]');
if (shareUrl) {
  for (const event of ['focus', 'click']) shareUrl.addEventListener(event, () => shareUrl.select());
}

function start(player) {
  playOnWhenEnded(player);
  wireControls(player);
  wireInteraction(player);
  // A story that is still being written starts speaking by itself, unless the listener was here before.
  if (story.dataset.status === 'generating' && !player.shared) listen(player);
  Promise.all([savedPlace(player), refresh(player)]).then(([place]) => {
    if (!offerToContinue(player, place) && story.dataset.status === 'generating') {
      story.dataset.autoplay = 'true';
      refresh(player);
    }
  });
}
