// The story's text on the page, built from the manifest: a section per part (title, picture), a paragraph per
// speaker's turn, a span per sentence and one per word, so the word heard can be lit.
import { align, isSpace, pieces } from './words.js';
import { partLabel } from './labels.js';
import { moveTabStop, updateProgress } from './reading.js';

export function render(player, data) {
  if (player.renderedRevision !== data.revision) {
    player.parts.replaceChildren();
    player.segments = [];
    player.renderedRevision = data.revision;
    // The same sentence number may now be other words: nothing loaded for the old text may play.
    for (const audio of player.audios) { if (audio !== player.sound() || audio.paused) delete audio.dataset.seq; }
  }
  data.parts.forEach((part) => partSection(player, part));
  for (const item of data.segments) {
    let segment = player.segments[item.index];
    if (!segment) {
      const { span, words } = sentenceElement(item);
      placeSentence(partSection(player, { index: item.part, title: '' }), item.speaker, span);
      segment = player.segments[item.index] = { ...item, span, words, targets: [] };
    }
    if ((item.audio && !segment.audio) || segment.targets.length !== item.words.length) {
      Object.assign(segment, { audio: item.audio, duration_ms: item.duration_ms, timings: item.words });
      segment.targets = align(item.words, segment.words.map((word) => word.textContent));
    }
  }
  renderPartChoice(player.partChoice, data.parts);
  moveTabStop(player, player.current);
  updateProgress(player);
}

function partSection(player, part) {
  let section = player.parts.querySelector(`section[data-part="${part.index}"]`);
  if (!section) {
    section = document.createElement('section');
    section.className = 'story-part';
    section.dataset.part = part.index;
    section.append(document.createElement('h2'));
    player.parts.append(section);
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

// The narrator's sentences run on in one paragraph; each line someone speaks is a paragraph of its own.
function placeSentence(section, speaker, span) {
  const last = section.lastElementChild;
  if (speaker === 'NARRATOR' && last && last.tagName === 'P' && last.dataset.speaker === 'NARRATOR') {
    last.append(' ', span);
    return;
  }
  const paragraph = document.createElement('p');
  paragraph.dataset.speaker = speaker;
  if (speaker !== 'NARRATOR') paragraph.className = 'dialogue';
  paragraph.append(span);
  section.append(paragraph);
}

function sentenceElement(segment) {
  const span = document.createElement('span');
  span.className = 'segment';
  span.dataset.seq = segment.index;
  span.title = 'Listen from here';
  // One sentence at a time is in the tab order (see moveTabStop): the story is one stop, not hundreds.
  span.tabIndex = -1;
  span.setAttribute('role', 'button');
  span.setAttribute('aria-describedby', 'sentence-keys');
  const words = [];
  for (const piece of pieces(segment.text)) {
    if (isSpace(piece)) {
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

function renderPartChoice(partChoice, list) {
  if (partChoice.options.length === list.length) return;
  partChoice.replaceChildren(...list.map((part) => new Option(partLabel(part), part.index)));
}
