// Shows a story while it is being written: parts and sentences appear as the server announces them.
const story = document.querySelector('[data-story-id]');

if (story && story.dataset.status === 'generating') {
  const parts = story.querySelector('.story-parts');
  const status = story.querySelector('.story-status');
  const title = story.querySelector('h1');
  const seen = new Set();
  let revision = Number(story.dataset.revision);

  parts.replaceChildren();
  const partSection = (index, heading) => {
    let section = parts.querySelector(`[data-part="${index}"]`);
    if (!section) {
      section = document.createElement('section');
      section.className = 'story-part';
      section.dataset.part = index;
      const h2 = document.createElement('h2');
      h2.textContent = heading || '';
      section.append(h2);
      parts.append(section);
    }
    return section;
  };

  const events = new EventSource(`/api/stories/${story.dataset.storyId}/events`);
  const read = (event) => JSON.parse(event.data);
  const current = (data) => data.revision === revision;

  events.addEventListener('part', (event) => {
    const data = read(event);
    if (current(data)) partSection(data.index, data.title);
  });
  events.addEventListener('segment', (event) => {
    const data = read(event);
    if (!current(data) || seen.has(data.seq)) return;
    seen.add(data.seq);
    const section = partSection(data.part, '');
    const last = section.lastElementChild;
    const continues = data.speaker === 'NARRATOR' && last && last.tagName === 'P' && last.dataset.speaker === 'NARRATOR';
    if (continues) {
      last.append(' ' + data.text);
    } else {
      const paragraph = document.createElement('p');
      paragraph.dataset.speaker = data.speaker;
      paragraph.textContent = data.text;
      section.append(paragraph);
    }
  });
  events.addEventListener('done', (event) => {
    const data = read(event);
    if (!current(data)) return;
    title.textContent = data.title;
    document.title = `${data.title} · Nova Storyteller`;
    status.textContent = 'The story is ready.';
    story.dataset.status = 'ready';
    events.close();
  });
  events.addEventListener('error', (event) => {
    if (!event.data) return; // a dropped connection: EventSource reconnects by itself
    status.textContent = 'This story could not be written. Try writing it again below.';
    story.dataset.status = 'failed';
    events.close();
  });
}
