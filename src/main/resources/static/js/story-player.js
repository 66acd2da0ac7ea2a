import { csrfHeaders } from './csrf.js';
import { liveVoice } from './live-voice.js';
import { voiceInput } from './voice-input.js';

// The story page: shows the story while it is being written and reads it aloud, sentence after sentence,
// lighting up each word as it is heard. The narration manifest (/api/stories/{id}/narration) is the one
// source of what to show and play; while the story is written, the event stream says when to fetch it again.
// The owner can change the story as it is told: interrupt it, pick a choice, or ask for the next part.
// A share link's page uses the same player, without any of that and without keeping the listener's place.
const story = document.querySelector('[data-story-id], [data-narration]');
if (story) startPlayer(story);

// The share link is selected whole when it is reached or tapped, ready to copy (here, as the page's policy
// runs no script written into the page itself).
const shareUrl = document.querySelector('[data-test="share-url"]');
if (shareUrl) {
  for (const event of ['focus', 'click']) shareUrl.addEventListener(event, () => shareUrl.select());
}

function startPlayer(story) {
  const api = `/api/stories/${story.dataset.storyId}`;
  const shared = story.dataset.shared === 'true';
  const narrationUrl = story.dataset.narration || `${api}/narration`;
  const find = (name) => story.querySelector(`[data-test="${name}"]`);
  const parts = find('story-text');
  const statusLine = find('story-status');
  const title = find('story-title');
  const player = find('player');
  const playButton = find('play');
  const previousButton = find('previous');
  const nextButton = find('next');
  const moreButton = find('player-more');
  const speed = find('speed');
  const partChoice = find('part-choice');
  const progress = find('progress');
  const download = find('download');
  const message = find('narration-message');
  const resume = find('resume');
  const audios = [...story.querySelectorAll('audio')];

  let manifest = null;
  let segments = [];
  let current = 0;
  let active = 0;
  let wantsSound = false;
  let touched = false;
  let highlighted = null;
  let lastSaved = '';
  let renderedRevision = null;

  const rate = () => Number(speed.value);
  const sound = () => audios[active];

  // ---- the text -------------------------------------------------------------------------------------

  const normalised = (word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

  function partSection(part) {
    let section = parts.querySelector(`section[data-part="${part.index}"]`);
    if (!section) {
      section = document.createElement('section');
      section.className = 'story-part';
      section.dataset.part = part.index;
      section.append(document.createElement('h2'));
      parts.append(section);
    }
    const heading = section.querySelector('h2');
    if (part.title && heading.textContent !== part.title) heading.textContent = part.title;
    let picture = section.querySelector('img.part-picture');
    if (part.illustration && (!picture || picture.getAttribute('src') !== part.illustration)) {
      if (!picture) {
        picture = Object.assign(document.createElement('img'), { className: 'part-picture', width: 800, height: 600 });
        picture.dataset.test = 'part-picture';
        heading.after(picture);
      }
      picture.src = part.illustration;
    }
    // What the picture shows (who, where, when), as the server keeps it with the picture.
    if (picture && part.illustration_description && picture.alt !== part.illustration_description) {
      picture.alt = part.illustration_description;
    }
    return section;
  }

  function segmentElement(segment) {
    const span = document.createElement('span');
    span.className = 'segment';
    span.dataset.seq = segment.index;
    span.title = 'Listen from here';
    // One sentence at a time is in the tab order (see moveTabStop): the story is one stop, not hundreds.
    span.tabIndex = -1;
    span.setAttribute('role', 'button');
    span.setAttribute('aria-describedby', 'sentence-keys');
    const words = [];
    for (const piece of segment.text.split(/(\s+)/)) {
      if (!piece) continue;
      if (/^\s+$/.test(piece)) {
        span.append(piece);
      } else {
        const word = document.createElement('span');
        word.className = 'word';
        word.textContent = piece;
        span.append(word);
        words.push(word);
      }
    }
    return { span, words };
  }

  // Each spoken word's timing points at the written word it belongs to ("Mia's" may be spoken as two tokens).
  function align(timings, words) {
    const targets = [];
    let next = 0;
    let consumed = '';
    for (const timing of timings) {
      const spoken = normalised(timing.text);
      let target = -1;
      for (let look = next; spoken && look < Math.min(words.length, next + 4); look++) {
        const written = normalised(words[look].textContent);
        const rest = look === next ? written.slice(consumed.length) : written;
        if (rest.startsWith(spoken) || (look === next && written.startsWith(consumed + spoken))) {
          target = look;
          consumed = (look === next ? consumed : '') + spoken;
          next = look;
          if (consumed.length >= written.length) {
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

  function render(data) {
    if (renderedRevision !== data.revision) {
      parts.replaceChildren();
      segments = [];
      renderedRevision = data.revision;
      // The same sentence number may now be other words: nothing loaded for the old text may play.
      for (const audio of audios) { if (audio !== sound() || audio.paused) delete audio.dataset.seq; }
    }
    data.parts.forEach(partSection);
    for (const item of data.segments) {
      let segment = segments[item.index];
      if (!segment) {
        const section = partSection({ index: item.part, title: '' });
        const { span, words } = segmentElement(item);
        const last = section.lastElementChild;
        if (item.speaker === 'NARRATOR' && last && last.tagName === 'P' && last.dataset.speaker === 'NARRATOR') {
          last.append(' ', span);
        } else {
          const paragraph = document.createElement('p');
          paragraph.dataset.speaker = item.speaker;
          if (item.speaker !== 'NARRATOR') paragraph.className = 'dialogue';
          paragraph.append(span);
          section.append(paragraph);
        }
        segment = segments[item.index] = { ...item, span, words, targets: [] };
      }
      if ((item.audio && !segment.audio) || segment.targets.length !== item.words.length) {
        Object.assign(segment, { audio: item.audio, duration_ms: item.duration_ms, timings: item.words });
        segment.targets = align(item.words, segment.words);
      }
    }
    renderPartChoice(data.parts);
    moveTabStop(current);
    updateProgress();
  }

  function renderPartChoice(list) {
    if (partChoice.options.length === list.length) return;
    partChoice.replaceChildren(...list.map((part) => new Option(`Part ${part.index + 1}: ${part.title}`, part.index)));
  }

  // ---- playing ------------------------------------------------------------------------------------

  function playFrom(index, offsetMs = 0) {
    current = index;
    wantsSound = true;
    const segment = segments[index];
    markReading(index);
    if (!segment || !segment.audio) {
      if (index >= segments.length && manifest && manifest.status !== 'generating') return finished();
      setPlaying(true, 'Waiting for the storyteller…');
      return;
    }
    let audio = sound();
    if (audio.dataset.seq !== String(index)) {
      const other = audios[1 - active];
      if (other.dataset.seq === String(index)) {
        active = 1 - active;
        audio = other;
      } else {
        audio.src = segment.audio;
        audio.dataset.seq = String(index);
      }
    }
    audios[1 - active].pause();
    audio.playbackRate = rate();
    seek(audio, offsetMs / 1000);
    setPlaying(true, '');
    audio.play().catch((error) => {
      if (error.name === 'NotAllowedError') {
        wantsSound = false;
        setPlaying(false, 'Press “Listen” to hear the story.');
        playButton.classList.add('attention');
      }
    });
    preload(index + 1);
    requestAnimationFrame(follow);
  }

  function seek(audio, seconds) {
    if (audio.readyState >= 1) {
      if (Math.abs(audio.currentTime - seconds) > 0.05) audio.currentTime = seconds;
    } else {
      audio.addEventListener('loadedmetadata', () => { audio.currentTime = seconds; }, { once: true });
    }
  }

  // The next sentence waits, loaded, in the second audio element, so it starts the moment this one ends.
  function preload(index) {
    const segment = segments[index];
    const other = audios[1 - active];
    if (segment && segment.audio && other.dataset.seq !== String(index)) {
      other.src = segment.audio;
      other.dataset.seq = String(index);
      other.playbackRate = rate();
      other.load();
    }
  }

  function pause() {
    wantsSound = false;
    sound().pause();
    setPlaying(false, 'Paused.');
    savePosition();
  }

  function finished() {
    wantsSound = false;
    setPlaying(false, 'The end. Press “Listen” to hear it again.');
    current = 0;
    markReading(-1);
    savePosition(0, 0);
    bringChoicesIntoView();
  }

  // Heard to its end, an interactive story's question is answered just under it.
  function bringChoicesIntoView() {
    const choices = find('choices');
    if (choices && !choices.hidden) choices.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  function setPlaying(playing, note) {
    story.dataset.playing = String(playing);
    playButton.setAttribute('aria-pressed', String(playing));
    playButton.querySelector('.label').textContent = playing ? 'Pause' : 'Listen';
    playButton.querySelector('.icon').textContent = playing ? '❚❚' : '▶';
    if (playing) playButton.classList.remove('attention');
    if (note !== undefined) find('player-status').textContent = note;
    offerChoicesOnceAsked();
  }

  for (const audio of audios) {
    audio.addEventListener('ended', () => {
      if (audio !== sound() || !wantsSound) return;
      playFrom(current + 1);
      savePosition();
    });
  }

  // ---- following the words ----------------------------------------------------------------------

  function markReading(index) {
    story.dataset.currentSegment = String(index);
    for (const reading of parts.querySelectorAll('.segment.reading')) {
      reading.classList.remove('reading');
      reading.removeAttribute('aria-current');
    }
    const segment = segments[index];
    if (segment) {
      segment.span.classList.add('reading');
      segment.span.setAttribute('aria-current', 'true');
      keepInSight(segment.span);
      partChoice.value = String(segment.part);
    }
    moveTabStop(index);
    highlight(null);
    updateProgress();
  }

  // The sentence read stays between the top of the window and the player bar fixed at its bottom (scrolled to
  // the middle of what the bar leaves free: app.css pads the scrolling by the bar's height).
  function keepInSight(span) {
    const box = span.getBoundingClientRect();
    const barTop = window.innerHeight - player.offsetHeight;
    if (box.top < 80 || box.bottom > barTop - 40) span.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  // Tab reaches the sentence being read (or the first); the arrow keys go on from there.
  function moveTabStop(index) {
    const stop = (segments[index] || segments.find(Boolean) || {}).span;
    for (const other of parts.querySelectorAll('.segment[tabindex="0"]')) { if (other !== stop) other.tabIndex = -1; }
    if (stop) stop.tabIndex = 0;
  }

  function highlight(word) {
    if (highlighted === word) return;
    if (highlighted) highlighted.classList.remove('current');
    if (word) word.classList.add('current');
    highlighted = word;
  }

  function follow() {
    const segment = segments[current];
    const audio = sound();
    if (!segment || audio.dataset.seq !== String(current)) return;
    const now = audio.currentTime * 1000;
    let spoken = -1;
    (segment.timings || []).forEach((timing, n) => {
      if (timing.start_ms <= now && segment.targets[n] >= 0) spoken = segment.targets[n];
    });
    highlight(spoken >= 0 ? segment.words[spoken] : null);
    if (!audio.paused) requestAnimationFrame(follow);
  }

  function updateProgress() {
    const total = segments.length;
    const segment = segments[current];
    progress.textContent = total === 0 ? '' : segment
      ? `Part ${segment.part + 1} of ${manifest ? manifest.parts.length : 1} · sentence ${current + 1} of ${total}`
      : `${total} sentences`;
  }

  // ---- the listener's place -------------------------------------------------------------------

  function savePosition(segment = current, offsetMs = Math.round(sound().currentTime * 1000)) {
    if (shared || !manifest || manifest.status === 'unavailable' || segments.length === 0) return;
    const place = { segment: Math.min(segment, segments.length - 1), offset_ms: sound().dataset.seq === String(segment) ? offsetMs : 0 };
    const body = JSON.stringify(place);
    if (body === lastSaved) return;
    lastSaved = body;
    fetch(`${api}/position`, {
      method: 'PUT', keepalive: true, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', ...csrfHeaders() }, body,
    }).then((answer) => { if (answer.ok) story.dataset.savedSegment = String(place.segment); });
  }

  async function savedPlace() {
    if (shared) return null;
    const answer = await fetch(`${api}/position`, { credentials: 'same-origin' });
    return answer.ok ? answer.json() : null;
  }

  function hideResume() {
    if (resume) resume.hidden = true;
  }

  // The sentence in quotation marks, shortened to 60 characters; one that is someone speaking has its own
  // ("Do not be downhearted.") and gets no second pair.
  function quoted(text) {
    const closing = { '"': '"', '“': '”', '„': '“', '‘': '’', "'": "'", '«': '»' }[text.charAt(0)];
    const shortened = text.length > 60 ? text.slice(0, 57).trimEnd() + '…' : text;
    if (!closing) return `“${shortened}”`;
    return shortened === text ? text : shortened + closing;
  }

  // Offered when the listener has heard some of the story before; returns whether it was.
  function offerToContinue(place) {
    const segment = place && segments[place.segment];
    if (!resume || !place || !place.updated_at || !segment || (place.segment === 0 && place.offset_ms < 1000) || touched) return false;
    resume.querySelector('.resume-where').textContent = quoted(segment.text);
    resume.hidden = false;
    find('resume-continue').onclick = () => { hideResume(); touched = true; playFrom(place.segment, place.offset_ms); };
    find('resume-restart').onclick = () => { hideResume(); touched = true; playFrom(0); };
    // On a phone the question would begin under the bar (shown a moment ago, not yet measured by the observer).
    padForBar();
    resume.scrollIntoView({ block: 'nearest' });
    find('resume-continue').focus({ preventScroll: true });
    return true;
  }

  // ---- controls ---------------------------------------------------------------------------------

  playButton.addEventListener('click', () => {
    touched = true;
    hideResume();
    if (wantsSound) pause(); else playFrom(current, sound().dataset.seq === String(current) ? sound().currentTime * 1000 : 0);
  });
  previousButton.addEventListener('click', () => { touched = true; hideResume(); playFrom(Math.max(0, current - 1)); });
  nextButton.addEventListener('click', () => {
    touched = true;
    hideResume();
    if (current + 1 < segments.length) playFrom(current + 1);
  });
  speed.value = localStorage.getItem('storyteller.speed') || '1';
  speed.addEventListener('change', () => {
    localStorage.setItem('storyteller.speed', speed.value);
    audios.forEach((audio) => { audio.playbackRate = rate(); });
  });
  partChoice.addEventListener('change', () => {
    touched = true;
    const first = segments.findIndex((segment) => segment && segment.part === Number(partChoice.value));
    if (first >= 0) playFrom(first);
  });
  moreButton.addEventListener('click', () => {
    const expanded = moreButton.getAttribute('aria-expanded') !== 'true';
    moreButton.setAttribute('aria-expanded', String(expanded));
    player.dataset.expanded = String(expanded);
  });
  new ResizeObserver(padForBar).observe(player);

  // The page is padded by the bar's height, and what is scrolled into view stops above the bar (app.css).
  function padForBar() {
    document.documentElement.style.setProperty('--player-height', `${player.offsetHeight}px`);
  }

  function listenFrom(sentence) {
    if (!manifest || manifest.status === 'unavailable') return;
    touched = true;
    hideResume();
    playFrom(Number(sentence.dataset.seq));
  }

  parts.addEventListener('click', (event) => {
    const sentence = event.target.closest('.segment');
    if (sentence) listenFrom(sentence);
  });
  parts.addEventListener('keydown', (event) => {
    const sentence = event.target.closest('.segment');
    if (!sentence || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      listenFrom(sentence);
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusSentence(Number(sentence.dataset.seq) + (event.key === 'ArrowDown' ? 1 : -1));
    }
  });

  function focusSentence(index, options = {}) {
    const segment = segments[index];
    if (!segment) return;
    moveTabStop(index);
    segment.span.focus(options);
  }

  // ←/→ go to the sentence before or after from anywhere but a field being typed in (or a list being chosen
  // from); Space plays and pauses, except where it presses what has the focus.
  const typingIn = (element) => element.closest('input, textarea, select, [contenteditable]');
  const pressedBySpace = (element) => element.closest('button, a, summary, .segment');
  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : document.body;
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || player.hidden || typingIn(target)) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      (event.key === 'ArrowRight' ? nextButton : previousButton).click();
      if (target.closest('.segment')) focusSentence(current, { preventScroll: true }); // markReading scrolls
    }
    if ((event.key === ' ' && !pressedBySpace(target)) || event.key === 'k') {
      event.preventDefault();
      playButton.click();
    }
  });
  window.addEventListener('pagehide', () => { if (wantsSound) savePosition(); });

  // ---- keeping up with the writer ----------------------------------------------------------------

  let refreshing = null;
  let again = false;

  async function refresh() {
    if (refreshing) { again = true; return refreshing; }
    refreshing = (async () => {
      const answer = await fetch(narrationUrl, { credentials: 'same-origin' });
      if (!answer.ok) return;
      manifest = await answer.json();
      render(manifest);
      if (manifest.story_status === 'ready') showFinished(manifest.title);
      if (manifest.story_status === 'failed') showFailed();
      const silent = manifest.status === 'unavailable';
      player.hidden = silent || segments.length === 0;
      message.hidden = !manifest.message;
      message.textContent = manifest.message || '';
      download.hidden = !manifest.full_audio;
      if (shared && manifest.full_audio) download.href = manifest.full_audio;
      updateInteraction();
      if (wantsSound && sound().paused && segments[current] && segments[current].audio) playFrom(current);
      if (!touched && story.dataset.autoplay === 'true' && !silent && segments[0] && segments[0].audio) {
        touched = true;
        playFrom(0);
      }
    })();
    try { await refreshing; } finally {
      refreshing = null;
      if (again) { again = false; refresh(); }
    }
  }

  function showFinished(storyTitle) {
    if (story.dataset.status !== 'generating') return;
    title.textContent = storyTitle;
    document.title = `${storyTitle} · Nova Storyteller`;
    statusLine.textContent = 'The story is ready.';
    story.dataset.status = 'ready';
    document.querySelectorAll('[data-when-ready]').forEach((element) => { element.hidden = false; });
    document.querySelectorAll('[data-until-ready]').forEach((element) => { element.hidden = true; });
  }

  function showFailed() {
    statusLine.textContent = 'This story could not be written. Try writing it again below.';
    story.dataset.status = 'failed';
  }

  let events = null;

  function listen() {
    if (events) events.close();
    events = new EventSource(`${api}/events`);
    const read = (event) => JSON.parse(event.data);
    const forThisRevision = (data) => data.revision === Number(story.dataset.revision);
    for (const kind of ['part', 'segment', 'audio', 'choice', 'illustration']) {
      events.addEventListener(kind, (event) => { if (forThisRevision(read(event))) refresh(); });
    }
    events.addEventListener('done', (event) => {
      const data = read(event);
      if (!forThisRevision(data)) return;
      showFinished(data.title);
      events.close();
      refresh();
    });
    events.addEventListener('error', (event) => {
      if (!event.data) return; // a dropped connection: EventSource reconnects by itself
      showFailed();
      events.close();
    });
  }

  // ---- changing the story as it is told -----------------------------------------------------------

  const interact = find('interact');
  const changeButton = find('change');
  const changeForm = find('change-form');
  const instruction = find('instruction');
  const choicesBox = find('choices');
  const continueForm = find('continue-form');
  const interactError = find('interact-error');
  let heardUpTo = 0;

  function updateInteraction() {
    if (shared || !interact) return;
    const ready = manifest.story_status === 'ready';
    const choices = manifest.choices || [];
    const labels = [...choicesBox.querySelectorAll('button')].map((button) => button.textContent);
    if (labels.join('\n') !== choices.join('\n')) {
      choicesBox.replaceChildren(...choices.map((choice, index) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button choice';
        button.dataset.test = 'choice';
        button.textContent = choice;
        button.addEventListener('click', () => change('choose', { choice: String(index) }, segments.length));
        return button;
      }));
    }
    offerChoicesOnceAsked();
    continueForm.hidden = !ready || choices.length > 0 || segments.length === 0 || !changeForm.hidden;
    changeButton.hidden = segments.length === 0 || !changeForm.hidden;
  }

  // The question is the story's last sentence: a child listening sees the choices once it has been read to
  // them; one who is not listening (has not pressed play, or paused) sees them at once.
  function offerChoicesOnceAsked() {
    if (shared || !interact || !manifest) return;
    const offered = manifest.story_status === 'ready' && story.dataset.status === 'ready' && (manifest.choices || []).length > 0;
    const asked = !wantsSound || current >= segments.length;
    choicesBox.hidden = !offered || !asked;
  }

  async function change(action, body, playFromSegment) {
    interactError.hidden = true;
    try {
      const answer = await fetch(`${api}/${action}`, {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', ...csrfHeaders() }, body: JSON.stringify(body),
      });
      const reply = await answer.json();
      if (!answer.ok) throw new Error((reply.errors && Object.values(reply.errors)[0]) || reply.detail || 'That did not work.');
      goOn(reply.story, playFromSegment);
    } catch (error) {
      interactError.textContent = error.message;
      interactError.hidden = false;
    }
  }

  // The new revision starts with what was heard; the player goes on from the first new sentence as soon as it is spoken.
  function goOn(changed, from) {
    sound().pause();
    story.dataset.revision = String(changed.revision);
    story.dataset.status = 'generating';
    statusLine.textContent = 'Writing what happens next…';
    changeForm.hidden = true;
    choicesBox.hidden = true;
    continueForm.hidden = true;
    touched = true;
    hideResume();
    current = from;
    wantsSound = true;
    setPlaying(true, 'Waiting for the storyteller…');
    listen();
    refresh();
  }

  if (interact && !shared) {
    changeButton.addEventListener('click', () => {
      heardUpTo = Math.max(0, Math.min(current, segments.length - 1));
      if (wantsSound) pause();
      changeButton.hidden = true;
      changeForm.hidden = false;
      continueForm.hidden = true;
      instruction.focus();
    });
    find('cancel-change').addEventListener('click', () => {
      changeForm.hidden = true;
      changeButton.hidden = false;
      updateInteraction();
    });
    changeForm.addEventListener('submit', (event) => {
      event.preventDefault();
      change('interrupt', { after_segment: heardUpTo, instruction: instruction.value }, heardUpTo + 1);
      instruction.value = '';
    });
    continueForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const wish = find('continue-wish').value.trim();
      change('continue', wish ? { instruction: wish } : {}, segments.length);
      find('continue-wish').value = '';
    });
    const speak = find('speak-change');
    const speakLabel = speak.querySelector('span');
    voiceInput(speak, {
      onText: (heard, stillListening) => {
        instruction.value = heard;
        if (!stillListening && heard) changeForm.requestSubmit();
      },
      onState: (listening) => {
        speak.setAttribute('aria-pressed', String(listening));
        speakLabel.textContent = listening ? 'Listening… tap to stop' : 'Say it';
      },
      onError: (message) => {
        speakLabel.textContent = message;
      },
    });

    // The live storyteller: the child talks, and the story goes their way from where they are in it.
    const talk = find('talk');
    const talkWords = find('talk-words');
    let talkedAt = 0;
    liveVoice(talk, {
      storyUrl: api,
      position: () => {
        const told = manifest && manifest.story_status === 'ready' && current >= segments.length - 1;
        talkedAt = Math.max(0, Math.min(current, segments.length - 1));
        return told ? -1 : talkedAt;
      },
      onListening: (listening) => {
        if (listening && wantsSound) pause();
        talk.setAttribute('aria-pressed', String(listening));
        talk.querySelector('span').textContent = listening ? 'Listening… tap when you are done' : 'Talk to the storyteller';
      },
      onHeard: (text) => {
        talkWords.textContent = `You said: “${text}”`;
        talkWords.hidden = false;
      },
      onSaid: (text) => {
        talkWords.textContent += ` The storyteller says: ${text}`;
      },
      onChanged: (changed) => goOn(changed, changed.action === 'continue' ? segments.length : talkedAt + 1),
      onError: (message) => {
        interactError.textContent = message;
        interactError.hidden = false;
      },
    });
  }

  // A story that is still being written starts speaking by itself, unless the listener was here before.
  if (story.dataset.status === 'generating' && !shared) listen();
  Promise.all([savedPlace(), refresh()]).then(([place]) => {
    if (!offerToContinue(place) && story.dataset.status === 'generating') {
      story.dataset.autoplay = 'true';
      refresh();
    }
  });
}
