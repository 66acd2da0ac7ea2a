// The microphone button: fills the prompt from the browser's own speech recognition, where there is one.
const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
const mic = document.getElementById('mic');
const prompt = document.getElementById('prompt');

if (Recognition && mic && prompt) {
  const recognition = new Recognition();
  recognition.lang = document.documentElement.lang || 'en-US';
  recognition.interimResults = true;
  let listening = false;
  let before = '';

  const show = (on) => {
    listening = on;
    mic.setAttribute('aria-pressed', String(on));
    mic.querySelector('span').textContent = on ? 'Listening… tap to stop' : 'Say it';
  };

  recognition.addEventListener('result', (event) => {
    const heard = Array.from(event.results).map((result) => result[0].transcript).join(' ');
    prompt.value = (before ? before + ' ' : '') + heard.trim();
  });
  recognition.addEventListener('end', () => show(false));
  recognition.addEventListener('error', () => show(false));

  mic.addEventListener('click', () => {
    if (listening) {
      recognition.stop();
      return;
    }
    before = prompt.value.trim();
    recognition.start();
    show(true);
  });
  mic.hidden = false;
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
