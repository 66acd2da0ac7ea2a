import { voiceInput } from './voice-input.js';

// The microphone button: fills the prompt with what the child says.
const mic = document.getElementById('mic');
const prompt = document.getElementById('prompt');
if (mic && prompt) {
  let before = '';
  voiceInput(mic, {
    onText: (heard) => {
      prompt.value = (before ? before + ' ' : '') + heard;
    },
    onState: (listening) => {
      if (listening) before = prompt.value.trim();
      mic.setAttribute('aria-pressed', String(listening));
      mic.querySelector('span').textContent = listening ? 'Listening… tap to stop' : 'Say it';
    },
    onError: (message) => {
      mic.querySelector('span').textContent = message;
    },
  });
}

// After a refused idea, the suggested ones: a tap (or Enter) puts one in the prompt box, ready to change or send.
for (const suggestion of document.querySelectorAll('[data-suggestion]')) {
  suggestion.addEventListener('click', () => {
    if (!prompt) return;
    prompt.value = suggestion.dataset.suggestion;
    prompt.focus();
    prompt.setSelectionRange(prompt.value.length, prompt.value.length);
  });
}

// The drawing: a preview as soon as one is picked (or photographed), before anything is sent.
const picture = document.getElementById('image');
const preview = document.querySelector('[data-test="drawing-preview"]');
if (picture && preview) {
  picture.addEventListener('change', () => {
    const file = picture.files[0];
    if (preview.src) URL.revokeObjectURL(preview.src);
    preview.hidden = !file;
    if (file) preview.src = URL.createObjectURL(file);
    const refused = document.querySelector('[data-test="image-error"]');
    if (refused) refused.hidden = true;
  });
}
