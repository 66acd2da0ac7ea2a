// The microphone at 16 kHz mono: each quarter of a second of samples (floats from -1 to 1) goes to onSamples until
// the returned stop() is called. A ScriptProcessor hands the samples over on the main thread: speech needs no more.
export const RATE = 16000;

export async function listen(onSamples) {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1 } });
  const audio = new AudioContext({ sampleRate: RATE });
  const source = audio.createMediaStreamSource(stream);
  const tap = audio.createScriptProcessor(4096, 1, 1);
  tap.onaudioprocess = (event) => onSamples(event.inputBuffer.getChannelData(0));
  source.connect(tap);
  tap.connect(audio.destination);
  return async () => {
    tap.disconnect();
    source.disconnect();
    stream.getTracks().forEach((track) => track.stop());
    await audio.close();
  };
}

/** Whether this browser can listen at all. */
export const canListen = () => Boolean(navigator.mediaDevices && window.AudioContext);
