// The live countdown in Web Chat: an attachment renderer for application/vnd.runnersknee.timer+json.
// Big numbers, the phase (hold / release / rest), rep counter, a beep and a spoken cue at each phase change (with a
// mute toggle), announced in an aria-live region. When the timeline ends it tells the bot with a hidden postBack
// ({ command: "Done", sessionId, step, auto: true }); a newer card of the same session at another step (the person
// paused, skipped, ...) stops it, so the page never runs ahead of the bot.
(function () {
  'use strict';

  var CONTENT_TYPE = 'application/vnd.runnersknee.timer+json';
  var h = window.React.createElement;
  var core = window.RunnersKneeTimer;

  function supersededBy(activities, activity, content) {
    var pattern = '"sessionId":"' + content.sessionId + '","step":';
    var seen = false;
    for (var i = 0; i < activities.length; i++) {
      var candidate = activities[i];
      if (candidate === activity || (candidate.id && candidate.id === activity.id)) {
        seen = true;
        continue;
      }

      if (!seen || !candidate.from || candidate.from.role === 'user' || !candidate.attachments) {
        continue;
      }

      var json = JSON.stringify(candidate.attachments);
      var at = json.indexOf(pattern);
      if (at >= 0 && Number(json.substring(at + pattern.length).match(/^\d+/)) !== content.step) {
        return true;
      }
    }

    return false;
  }

  function Countdown(props) {
    var content = props.attachment.content;
    var phases = content.phases || [];
    var startAt = Date.parse(content.startAt);
    var total = core.totalMs(phases);
    var sendPostBack = window.WebChat.hooks.useSendPostBack();
    var activities = window.WebChat.hooks.useActivities()[0];
    var clock = window.React.useState(Date.now());
    var now = clock[0];
    var muted = window.React.useState(core.isMuted());
    var lastPhase = window.React.useRef(null);
    var reported = window.React.useRef(Date.now() - startAt >= total);

    // Whichever comes first sticks: the timeline running out ("Done"), or a newer card of the session ("Stopped",
    // frozen where it was). The card that follows a finished set must not turn it into "Stopped".
    var ended = window.React.useRef(null);
    var liveElapsed = now - startAt;
    if (!ended.current) {
      if (liveElapsed >= total) {
        ended.current = { state: 'done', elapsed: total };
      } else if (supersededBy(activities, props.activity, content)) {
        ended.current = { state: 'stopped', elapsed: liveElapsed };
      }
    }

    var stopped = !!ended.current && ended.current.state === 'stopped';
    var elapsed = ended.current ? ended.current.elapsed : liveElapsed;
    var current = stopped ? core.phaseAt(phases, elapsed) : core.phaseAt(phases, liveElapsed);
    var finished = !!ended.current && ended.current.state === 'done';

    window.React.useEffect(function () {
      if (stopped || finished) {
        return undefined;
      }

      var handle = window.setInterval(function () { clock[1](Date.now()); }, 200);
      return function () { window.clearInterval(handle); };
    }, [stopped, finished]);

    window.React.useEffect(function () {
      if (stopped || finished || !current || lastPhase.current === current.index) {
        return;
      }

      var first = lastPhase.current === null;
      lastPhase.current = current.index;
      if (!muted[0] && !(first && elapsed > 1000)) {
        core.beep(current.phase.kind === 'rest' ? 440 : 880);
        core.speak(core.cues[current.phase.kind] || current.phase.kind);
      }
    });

    window.React.useEffect(function () {
      if (finished && !stopped && !reported.current) {
        reported.current = true;
        if (!muted[0]) {
          core.beep(660);
          core.speak(phases.length && phases[phases.length - 1].kind === 'rest' ? 'Next set' : 'Set done');
        }

        var data = Object.assign({}, content.doneData, { auto: true });
        sendPostBack(data);
      }
    }, [finished, stopped]);

    var seconds = current ? Math.ceil(current.remainingMs / 1000) : 0;
    var label = stopped ? 'Stopped' : finished || !current ? 'Done' : core.labels[current.phase.kind] || current.phase.kind;
    var repText = current && current.phase.rep > 0 ? 'Rep ' + current.phase.rep + ' of ' + content.reps : content.position || '';
    var progress = total > 0 ? Math.min(100, Math.max(0, (elapsed / total) * 100)) : 100;

    return h(
      'section',
      { className: 'rk-timer' + (stopped ? ' rk-timer--stopped' : '') + (finished ? ' rk-timer--finished' : ''), 'aria-label': 'Timer for ' + content.title, 'data-testid': 'rk-timer' },
      h('h3', { className: 'rk-timer__title' }, content.title),
      h('p', { className: 'rk-timer__position' }, content.position || ''),
      h('p', { className: 'rk-timer__phase', 'data-testid': 'rk-timer-phase' }, label),
      h('p', { className: 'rk-timer__seconds', 'data-testid': 'rk-timer-seconds', 'aria-hidden': 'true' }, stopped || finished ? '–' : String(seconds)),
      h('p', { className: 'rk-timer__rep', 'data-testid': 'rk-timer-rep' }, repText),
      h('div', { className: 'rk-timer__bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': Math.round(progress) },
        h('div', { className: 'rk-timer__fill', style: { width: progress + '%' } })),
      h('p', { className: 'visually-hidden', 'aria-live': 'assertive' }, stopped || finished ? label : label + (repText ? ', ' + repText : '')),
      h('button', {
        type: 'button',
        className: 'rk-timer__mute',
        'aria-pressed': muted[0] ? 'true' : 'false',
        onClick: function () { core.setMuted(!muted[0]); muted[1](!muted[0]); }
      }, muted[0] ? 'Sound off' : 'Sound on')
    );
  }

  var RunnersKnee = (window.RunnersKnee = window.RunnersKnee || {});
  var renderers = (RunnersKnee.attachmentRenderers = RunnersKnee.attachmentRenderers || {});
  renderers[CONTENT_TYPE] = function (props) {
    return h(Countdown, props);
  };
})();
