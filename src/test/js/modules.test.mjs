import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';

const folder = new URL('../../main/resources/static/js/player/', import.meta.url);

// A name imported that a module does not export stops the whole player in the browser; Node finds it at load.
// main.js is left out: it starts the player on the page as it loads.
test('every player module loads with what it imports', async () => {
  const modules = readdirSync(folder).filter((name) => name.endsWith('.js') && name !== 'main.js');
  assert.ok(modules.length > 5);
  for (const name of modules) await import(new URL(name, folder));
});
