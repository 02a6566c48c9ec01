// The countdown's arithmetic, shared by the Web Chat renderer (timer.js) and the Teams dialog page (timer-page.js).
// The server sends the same phase timeline it reasons with (Timers/SetSchedule.cs), anchored to an absolute start,
// so a re-rendered or reopened timer shows the true position instead of starting again.
(function () {
  'use strict';

  var LABELS = { leadin: 'Get ready', move: 'Move', hold: 'Hold', release: 'Return slowly', rest: 'Rest' };
  var CUES = { leadin: 'Get ready', move: 'Move', hold: 'Hold', release: 'Return slowly', rest: 'Rest' };

  function totalMs(phases) {
    return phases.length === 0 ? 0 : phases[phases.length - 1].startMs + phases[phases.length - 1].durationMs;
  }

  // The phase running at elapsedMs, with the time left in it; null once everything has run.
  function phaseAt(phases, elapsedMs) {
    for (var i = 0; i < phases.length; i++) {
      var phase = phases[i];
      if (elapsedMs < phase.startMs + phase.durationMs) {
        return { index: i, phase: phase, remainingMs: phase.startMs + phase.durationMs - Math.max(elapsedMs, phase.startMs) };
      }
    }

    return null;
  }

  function parsePhases(text) {
    // "hold,1,3000,2000;release,1,5000,2000" (the Teams dialog page's query string)
    return (text || '').split(';').filter(Boolean).map(function (part) {
      var fields = part.split(',');
      return { kind: fields[0], rep: Number(fields[1]), startMs: Number(fields[2]), durationMs: Number(fields[3]) };
    });
  }

  // A short beep at each phase change (Web Audio; silent where the browser has none).
  var audioContext = null;
  function beep(frequency) {
    try {
      audioContext = audioContext || new (window.AudioContext || window.webkitAudioContext)();
      var oscillator = audioContext.createOscillator();
      var gain = audioContext.createGain();
      oscillator.frequency.value = frequency || 880;
      gain.gain.value = 0.15;
      oscillator.connect(gain);
      gain.connect(audioContext.destination);
      oscillator.start();
      oscillator.stop(audioContext.currentTime + 0.15);
    } catch (e) {
      // No audio output: the visual and aria-live cues still work.
    }
  }

  function speak(text) {
    if (window.speechSynthesis && window.SpeechSynthesisUtterance) {
      window.speechSynthesis.cancel();
      window.speechSynthesis.speak(new window.SpeechSynthesisUtterance(text));
    }
  }

  var MUTE_KEY = 'runnersKnee.timer.muted';
  function isMuted() {
    try { return window.localStorage.getItem(MUTE_KEY) === '1'; } catch (e) { return false; }
  }

  function setMuted(muted) {
    try { window.localStorage.setItem(MUTE_KEY, muted ? '1' : '0'); } catch (e) { /* private mode: per page only */ }
  }

  window.RunnersKneeTimer = Object.freeze({
    labels: LABELS,
    cues: CUES,
    totalMs: totalMs,
    phaseAt: phaseAt,
    parsePhases: parsePhases,
    beep: beep,
    speak: speak,
    isMuted: isMuted,
    setMuted: setMuted
  });
})();
