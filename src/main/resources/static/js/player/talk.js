// Speaking instead of typing: "Say it" fills in the change asked for by voice, and the live storyteller hears
// the child and takes the story their way from where they are in it.
import { voiceInput } from '../voice-input.js';
import { liveVoice } from '../live-voice.js';
import { lastHeard, talkPosition } from './choices.js';
import { pause } from './playback.js';
import { goOn, showError } from './interaction.js';

export function wireTalk(player, instruction, changeForm) {
  const { find } = player;
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

  const talk = find('talk');
  const talkWords = find('talk-words');
  let talkedAt = 0;
  liveVoice(talk, {
    storyUrl: player.api,
    position: () => {
      talkedAt = lastHeard(player.current, player.segments.length);
      return talkPosition(player.manifest && player.manifest.story_status, player.current, player.segments.length);
    },
    onListening: (listening) => {
      if (listening && player.wantsSound) pause(player);
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
    onChanged: (changed) => goOn(player, changed, changed.action === 'continue' ? player.segments.length : talkedAt + 1),
    onError: (message) => showError(player, message),
  });
}
