// The story page's player: the elements it drives and what it knows, in one object every player module is given.

export function playerOn(story) {
  const find = (name) => story.querySelector(`[data-test="${name}"]`);
  const api = `/api/stories/${story.dataset.storyId}`;
  return {
    story,
    find,
    api,
    // A share link's page: no changing the story, no keeping the listener's place.
    shared: story.dataset.shared === 'true',
    narrationUrl: story.dataset.narration || `${api}/narration`,
    parts: find('story-text'),
    statusLine: find('story-status'),
    title: find('story-title'),
    bar: find('player'),
    playButton: find('play'),
    previousButton: find('previous'),
    nextButton: find('next'),
    moreButton: find('player-more'),
    speed: find('speed'),
    partChoice: find('part-choice'),
    progress: find('progress'),
    download: find('download'),
    message: find('narration-message'),
    resume: find('resume'),
    // Two, so the next sentence waits loaded in one while the other plays (see playback.js).
    audios: [...story.querySelectorAll('audio')],

    /** The last narration manifest fetched (/api/stories/{id}/narration), null before the first. */
    manifest: null,
    /** The manifest's segments by index, each with its sentence's element, word elements and word targets. */
    segments: [],
    /** The sentence reached: playing, waiting for its sound, or paused on. */
    current: 0,
    /** Which of the two audio elements holds the sentence reached. */
    active: 0,
    /** The listener asked to hear the story (pressed play, or it started by itself) and has not paused. */
    wantsSound: false,
    /** The listener has done something on this visit: nothing starts by itself after that. */
    touched: false,
    /** The revision the page shows: another one replaces the whole text. */
    renderedRevision: null,
    /** The word element lit as heard, null between words. */
    highlighted: null,
    /** The listening place last sent to the server, so the same one is not sent twice. */
    lastSaved: '',
    /** The story's event stream (/api/stories/{id}/events) while it is being written. */
    events: null,

    sound() { return this.audios[this.active]; },
    idleSound() { return this.audios[1 - this.active]; },
    rate() { return Number(this.speed.value); },
  };
}
