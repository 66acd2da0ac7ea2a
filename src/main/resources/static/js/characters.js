// The Characters page: lists the library from the API and edits it in place.
import { csrfHeaders } from './csrf.js';

(() => {
  const api = '/api/characters';
  const pageSize = 12;
  const list = document.querySelector('[data-test="character-list"]');
  const empty = document.querySelector('[data-test="empty-characters"]');
  const notice = document.querySelector('[data-test="character-notice"]');
  const pager = document.querySelector('[data-test="character-pager"]');
  const dialog = document.querySelector('[data-test="character-dialog"]');
  const form = dialog.querySelector('form');
  const template = document.getElementById('character-card');
  const search = document.querySelector('[data-test="character-search"]');
  const importFile = document.querySelector('[data-test="import-file"]');
  const voiceNames = new Map([...form.elements.voice.options].map((option) => [option.value, option.textContent]));
  let page = 1;
  let query = search.q.value.trim();
  let editing = null;

  const call = async (method, url, body) => {
    const answer = await fetch(url, {
      method, credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...csrfHeaders() },
      body: body === undefined ? undefined : body,
    });
    const json = answer.status === 204 ? null : await answer.json().catch(() => null);
    if (!answer.ok) {
      const error = new Error(json?.detail || 'Something went wrong. Please try again.');
      error.fields = json?.errors || {};
      throw error;
    }
    return json;
  };

  // A message about what was done: 'done' (green), 'warning' (some of it was not) or 'error' (none of it was).
  const say = (message, tone = 'done') => {
    notice.textContent = message;
    notice.dataset.tone = tone;
    notice.classList.toggle('notice-warning', tone === 'warning');
    notice.classList.toggle('notice-error', tone === 'error');
    notice.hidden = false;
  };

  const card = (character) => {
    const item = template.content.firstElementChild.cloneNode(true);
    item.dataset.id = character.id;
    const portrait = item.querySelector('.portrait');
    portrait.src = character.image;
    portrait.alt = `${character.name}'s portrait`;
    item.querySelector('.character-name').textContent = character.name;
    item.querySelector('.character-description').textContent =
      [character.description, character.key_traits].filter(Boolean).join(' · ') || 'No description yet.';
    item.querySelector('.character-voice').textContent =
      `Voice: ${character.voice ? voiceNames.get(character.voice) || character.voice : 'chosen by the story'}`;
    item.querySelector('[data-action="edit"]').addEventListener('click', () => open(character));
    item.querySelector('[data-action="duplicate"]').addEventListener('click', () => act(async () => {
      const copy = await call('POST', `${api}/${character.id}/duplicate`);
      say(`${copy.name} was added.`);
    }));
    item.querySelector('[data-action="regenerate"]').addEventListener('click', () => act(async () => {
      await call('POST', `${api}/${character.id}/regenerate-image`);
      say(`${character.name} has a new look.`);
    }));
    item.querySelector('[data-action="delete"]').addEventListener('click', () => {
      if (window.confirm(`Delete ${character.name}? Stories they are already in keep them.`)) {
        act(async () => {
          await call('DELETE', `${api}/${character.id}`);
          say(`${character.name} was deleted.`);
        });
      }
    });
    return item;
  };

  const load = async () => {
    const params = new URLSearchParams({ page, page_size: pageSize });
    if (query) {
      params.set('q', query);
    }
    const found = await call('GET', `${api}/?${params}`);
    list.replaceChildren(...found.results.map(card));
    empty.hidden = found.count > 0 || query !== '';
    const pages = Math.max(1, Math.ceil(found.count / pageSize));
    pager.hidden = pages < 2;
    pager.querySelector('[data-test="page-label"]').textContent = `Page ${page} of ${pages}`;
    pager.querySelector('[data-test="previous-page"]').disabled = !found.previous;
    pager.querySelector('[data-test="next-page"]').disabled = !found.next;
  };

  const act = async (action) => {
    try {
      await action();
    }
    catch (error) {
      say(error.message, 'error');
    }
    await load();
  };

  const showErrors = (message, fields) => {
    const general = form.querySelector('[data-test="form-error"]');
    general.textContent = message;
    general.hidden = !message;
    form.querySelectorAll('[data-error]').forEach((slot) => {
      const text = fields[slot.dataset.error];
      slot.textContent = text || '';
      slot.hidden = !text;
      form.elements[slot.dataset.error]?.setAttribute('aria-invalid', text ? 'true' : 'false');
    });
  };

  const open = (character) => {
    editing = character;
    form.reset();
    showErrors('', {});
    dialog.querySelector('h2').textContent = character ? `Edit ${character.name}` : 'New character';
    if (character) {
      ['name', 'description', 'age', 'gender', 'clothing_style', 'key_traits', 'image_style', 'voice']
        .forEach((field) => { form.elements[field].value = character[field] ?? ''; });
    }
    dialog.showModal();
    form.elements.name.focus();
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = Object.fromEntries(new FormData(form));
    const body = {
      name: fields.name, description: fields.description, age: fields.age === '' ? null : Number(fields.age),
      gender: fields.gender, clothing_style: fields.clothing_style, key_traits: fields.key_traits,
      image_style: fields.image_style, voice: fields.voice || null,
    };
    try {
      const saved = editing
        ? await call('PUT', `${api}/${editing.id}`, JSON.stringify(body))
        : await call('POST', `${api}/`, JSON.stringify(body));
      dialog.close();
      say(`${saved.name} was saved.`);
      await load();
    }
    catch (error) {
      showErrors(error.message, error.fields);
    }
  });
  form.querySelector('[data-action="cancel"]').addEventListener('click', () => dialog.close());
  const newCharacter = document.querySelector('[data-test="new-character"]');
  newCharacter.addEventListener('click', () => open(null));
  // What needs this script is hidden until it runs: without it these would be buttons that do nothing.
  newCharacter.hidden = false;
  importFile.closest('label').hidden = false;

  importFile.addEventListener('change', async () => {
    const file = importFile.files[0];
    if (!file) {
      return;
    }
    try {
      const result = await call('POST', `${api}/import`, await file.text());
      const reasons = result.errors.map((error) =>
        `${error.name || `Item ${error.index + 1}`}: ${Object.values(error.errors).join(' ')}`);
      if (result.skipped) {
        reasons.push(`${result.skipped === 1 ? '1 item has' : `${result.skipped} items have`} no name.`);
      }
      if (result.saved === 0) {
        // Nothing came in: not a success, and what went wrong is what the grown-up needs to read.
        say(`Nothing was imported from that file. ${reasons.join(' ') || 'It has no characters in it.'}`, 'error');
      } else {
        const parts = [`${result.saved} saved`];
        if (result.failed) parts.push(`${result.failed} could not be saved`);
        if (result.skipped) parts.push(`${result.skipped} without a name skipped`);
        say(`Import finished: ${parts.join(', ')}.${result.failed ? ` ${reasons.join(' ')}` : ''}`,
          result.failed || result.skipped ? 'warning' : 'done');
      }
    }
    catch (error) {
      say(`That file could not be imported. ${error.message}`, 'error');
    }
    importFile.value = '';
    page = 1;
    await load();
  });

  search.addEventListener('submit', (event) => {
    event.preventDefault();
    query = search.q.value.trim();
    page = 1;
    load();
  });
  pager.querySelector('[data-test="previous-page"]').addEventListener('click', () => { page -= 1; load(); });
  pager.querySelector('[data-test="next-page"]').addEventListener('click', () => { page += 1; load(); });

  load().catch((error) => say(error.message));
})();
