// The Teams dialog's timer: the same timeline as the chat's countdown, started when the person taps Start
// (browsers only play sound after a tap). In Teams, the end of the set is submitted to the bot (task/submit with
// the set's session id and step, as the card's Done button sends) and the dialog closes; opened anywhere else, it
// says to tap "Done set" on the card.
(function () {
  'use strict';

  var core = window.RunnersKneeTimer;
  var query = new URLSearchParams(window.location.search);
  var phases = core.parsePhases(query.get('phases'));
  var reps = Number(query.get('reps') || 0);
  var total = core.totalMs(phases);
  var startedAt = null;
  var lastIndex = null;
  var muted = core.isMuted();
  var teams = null;
  var inTeams = false;

  // Only a page framed by Teams can talk to it, so the Teams library is loaded only then; a top-level page would
  // wait for a host that is not there.
  if (window.parent !== window) {
    var library = document.createElement('script');
    library.src = 'lib/MicrosoftTeams.min.js';
    library.onload = function () {
      teams = window.microsoftTeams;
      teams.app.initialize().then(function () {
        inTeams = teams.dialog.url.isSupported();
        teams.app.notifySuccess();
      }, function () { inTeams = false; });
    };
    document.head.appendChild(library);
  }

  function submitDone() {
    teams.dialog.url.submit({ command: 'Done', sessionId: query.get('sessionId') || '', step: Number(query.get('step') || 0) });
  }

  function element(id) { return document.getElementById(id); }

  element('title').textContent = query.get('title') || 'Timer';
  element('rep').textContent = reps > 0 ? reps + ' reps' : '';

  function render() {
    var elapsed = Date.now() - startedAt;
    var current = core.phaseAt(phases, elapsed);
    if (!current) {
      element('phase').textContent = 'Set done';
      element('seconds').textContent = '✓';
      element('announce').textContent = inTeams ? 'Set done.' : 'Set done. Close this and tap Done set.';
      element('fill').style.width = '100%';
      if (!muted) { core.beep(660); core.speak('Set done'); }
      if (inTeams) { window.setTimeout(submitDone, 800); }
      return;
    }

    var label = core.labels[current.phase.kind] || current.phase.kind;
    element('phase').textContent = label;
    element('seconds').textContent = String(Math.ceil(current.remainingMs / 1000));
    element('rep').textContent = current.phase.rep > 0 ? 'Rep ' + current.phase.rep + ' of ' + reps : '';
    element('fill').style.width = Math.min(100, (elapsed / total) * 100) + '%';
    element('bar').setAttribute('aria-valuenow', String(Math.round(Math.min(100, (elapsed / total) * 100))));
    if (lastIndex !== current.index) {
      lastIndex = current.index;
      element('announce').textContent = label + (current.phase.rep > 0 ? ', rep ' + current.phase.rep : '');
      if (!muted) { core.beep(current.phase.kind === 'rest' ? 440 : 880); core.speak(core.cues[current.phase.kind] || label); }
    }

    window.setTimeout(render, 200);
  }

  element('mute').textContent = muted ? 'Sound off' : 'Sound on';
  element('mute').setAttribute('aria-pressed', muted ? 'true' : 'false');
  element('mute').addEventListener('click', function () {
    muted = !muted;
    core.setMuted(muted);
    element('mute').textContent = muted ? 'Sound off' : 'Sound on';
    element('mute').setAttribute('aria-pressed', muted ? 'true' : 'false');
  });
  element('start').addEventListener('click', function () {
    element('start').hidden = true;
    startedAt = Date.now();
    render();
  });
})();
