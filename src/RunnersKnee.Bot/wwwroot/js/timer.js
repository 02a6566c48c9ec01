// The live workout timer in Web Chat: an attachment renderer for application/vnd.runnersknee.timer+json.
//
// The newest timer of the conversation is "live": it is drawn as a panel pinned outside the transcript (full screen
// on a phone, above the chat on a desktop), with digits readable from the mat, the phase in colour, rep and set,
// spoken cues, its own Pause/Resume, Skip rest, +15 s and Stop, and the screen kept awake. In the transcript each
// timer is one compact line. The page never runs ahead of the bot: the bot announces every move of the workout
// with an event activity (runnersKnee.workout), and a pause, stop, start over, skip or red flag freezes the panel
// at once. When a timeline runs out the page tells the bot with a hidden postBack ("Done", with the session and step).
(function () {
  'use strict';

  var CONTENT_TYPE = 'application/vnd.runnersknee.timer+json';
  var PANEL_ID = 'rk-workout-panel';
  var COLLAPSED_KEY = 'runnersKnee.timer.collapsed';
  var React = window.React;
  var h = React.createElement;
  var core = window.RunnersKneeTimer;

  var workout = window.RunnersKneeWorkout;

  function hasTimer(activity) {
    return !!(activity && activity.attachments && activity.attachments.some(function (a) { return a.contentType === CONTENT_TYPE; }));
  }

  // What the activities after this timer say about it: superseded by a newer timer, and the workout's latest state.
  function laterNews(activities, activity) {
    var seen = false;
    var newerTimer = false;
    for (var i = 0; i < activities.length && !newerTimer; i++) {
      var candidate = activities[i];
      if (!seen) {
        seen = workout.sameActivity(candidate, activity);
      } else if (candidate.from && candidate.from.role !== 'user' && hasTimer(candidate)) {
        newerTimer = true;
      }
    }

    return { newerTimer: newerTimer, state: workout.stateAfter(activities, activity) };
  }

  // How the server's word changes this timer: null (carry on), or the state it ends or holds in.
  function verdict(content, state) {
    if (!state) {
      return null;
    }

    if (state.sessionId !== content.sessionId || state.status === 'none' || state.status === 'stopped' || state.status === 'finished') {
      return { state: 'stopped' };
    }

    if (state.status === 'paused') {
      return { state: 'paused', pausedAtMs: state.pausedAtMs, inRest: !!state.pausedInRest, step: state.step };
    }

    if (state.step !== content.step) {
      // Moved on (done by typing, skipped, back, a pain stop): the timer is over. A finished timeline stays "done".
      return { state: 'moved', step: state.step };
    }

    return null;
  }

  function format(template, values) {
    return String(template || '').replace(/\{(\w+)\}/g, function (match, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match;
    });
  }

  // The screen stays on while a set or rest runs (Screen Wake Lock); released on pause, stop and at the end.
  // The state is on <html data-rk-wake-lock> for the page's own note and for tests.
  var wakeLock = { sentinel: null, wanted: false };
  function setWakeState(state) {
    document.documentElement.setAttribute('data-rk-wake-lock', state);
  }

  function holdWakeLock() {
    wakeLock.wanted = true;
    if (!navigator.wakeLock || typeof navigator.wakeLock.request !== 'function') {
      setWakeState('unsupported');
      return;
    }

    if (wakeLock.sentinel || document.visibilityState !== 'visible') {
      return;
    }

    navigator.wakeLock.request('screen').then(function (sentinel) {
      if (!wakeLock.wanted) {
        sentinel.release();
        return;
      }

      wakeLock.sentinel = sentinel;
      setWakeState('held');
      sentinel.addEventListener('release', function () {
        if (wakeLock.sentinel === sentinel) {
          wakeLock.sentinel = null;
          setWakeState('released');
        }
      });
    }, function () {
      setWakeState('refused');
    });
  }

  function releaseWakeLock() {
    wakeLock.wanted = false;
    if (wakeLock.sentinel) {
      var sentinel = wakeLock.sentinel;
      wakeLock.sentinel = null;
      sentinel.release();
    }

    if (document.documentElement.getAttribute('data-rk-wake-lock') === 'held') {
      setWakeState('released');
    }
  }

  // The browser drops the lock when the tab is hidden; take it again when the person comes back mid-set.
  document.addEventListener('visibilitychange', function () {
    if (wakeLock.wanted && document.visibilityState === 'visible') {
      holdWakeLock();
    }
  });

  function isCollapsed() {
    try { return window.sessionStorage.getItem(COLLAPSED_KEY) === '1'; } catch (e) { return false; }
  }

  function setCollapsed(collapsed) {
    try { window.sessionStorage.setItem(COLLAPSED_KEY, collapsed ? '1' : '0'); } catch (e) { /* private mode: this view only */ }
  }

  function Button(props) {
    return h('button', {
      type: 'button',
      className: 'rk-panel__button' + (props.primary ? ' rk-panel__button--primary' : ''),
      'data-testid': props.testId,
      onClick: props.onClick
    }, props.label);
  }

  // The exercise's figure: the server sends its start and target poses as the same shapes in the same order
  // (Presentation/Figures/FigureScene.cs), and the page draws the numbers in between. pose 0 is the start, 1 the
  // target (the hold, or the end).
  var reducedMotion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : { matches: false };

  function poseAt(current) {
    if (!current) {
      return 0;
    }

    var kind = current.phase.kind;
    var duration = current.phase.durationMs || 1;
    var done = Math.min(1, Math.max(0, 1 - current.remainingMs / duration));
    if (reducedMotion.matches) {
      // Still frames: the target pose while moving and holding, the start otherwise; nothing slides.
      return kind === 'move' || kind === 'hold' ? 1 : 0;
    }

    // Eased at both ends, so the figure starts and settles gently, like a slow rep.
    var eased = done * done * (3 - 2 * done);
    return kind === 'move' ? eased : kind === 'hold' ? 1 : kind === 'release' ? 1 - eased : 0;
  }

  function Figure(props) {
    var figure = props.figure;
    var t = props.pose;
    var shapes = figure.start.map(function (shape, i) {
      var target = figure.target[i];
      var values = shape.values.map(function (v, j) { return v + (target.values[j] - v) * t; });
      var style = figure.styles[shape.role] || {};
      var paint = {
        key: i,
        'data-role': shape.role,
        fill: style.fill || 'none',
        stroke: style.width > 0 ? style.stroke : 'none',
        strokeWidth: style.width,
        strokeLinecap: 'round',
        strokeLinejoin: 'round'
      };
      if (shape.kind === 'circle') {
        return h('circle', Object.assign(paint, { cx: values[0], cy: values[1], r: values[2] }));
      }

      if (shape.kind === 'rect') {
        return h('rect', Object.assign(paint, { x: values[0], y: values[1], width: values[2], height: values[3], rx: 2 }));
      }

      var points = [];
      for (var p = 0; p + 1 < values.length; p += 2) {
        points.push(values[p].toFixed(1) + ',' + values[p + 1].toFixed(1));
      }

      return h('polyline', Object.assign(paint, { points: points.join(' ') }));
    });

    return h('svg', {
      className: 'rk-panel__figure',
      viewBox: '0 0 ' + figure.width + ' ' + figure.height,
      role: 'img',
      'aria-label': t >= 0.5 ? figure.targetAlt : figure.startAlt,
      'data-testid': 'rk-panel-figure',
      'data-pose': t.toFixed(2)
    }, h('rect', { width: figure.width, height: figure.height, fill: figure.background, rx: 8 }), shapes);
  }

  // The live panel: drawn into the page's pinned container, outside Web Chat's scrolling transcript.
  function Panel(props) {
    var content = props.content;
    var words = content.words || {};
    var view = props.view;
    var collapsed = React.useState(isCollapsed());
    var announce = view.announce;

    function toggle() {
      setCollapsed(!collapsed[0]);
      collapsed[1](!collapsed[0]);
    }

    var className = 'rk-panel rk-panel--' + view.phaseKind + (collapsed[0] ? ' rk-panel--collapsed' : '');
    var controls = [];
    if (view.state === 'paused') {
      controls.push(h(Button, { key: 'resume', primary: true, testId: 'rk-panel-resume', label: words.resumeButton, onClick: function () { props.send('Resume', words.resumeButton); } }));
    } else {
      controls.push(h(Button, { key: 'pause', primary: true, testId: 'rk-panel-pause', label: words.pauseButton, onClick: function () { props.send('Pause', words.pauseButton); } }));
      if (content.kind === 'rest') {
        controls.push(h(Button, { key: 'skip', testId: 'rk-panel-skip-rest', label: words.skipRestButton, onClick: function () { props.send('SkipRest', words.skipRestButton); } }));
        controls.push(h(Button, { key: 'more', testId: 'rk-panel-more-rest', label: words.moreRestButton, onClick: function () { props.send('MoreRest', words.moreRestButton); } }));
      }
    }

    controls.push(h(Button, { key: 'stop', testId: 'rk-panel-stop', label: words.stopButton, onClick: function () { props.send('Stop', words.stopButton); } }));

    var wake = document.documentElement.getAttribute('data-rk-wake-lock');
    var wakeNote = wake === 'unsupported' || wake === 'refused' ? words.wakeLockUnsupported : null;

    return h(
      'section',
      { className: className, 'aria-label': content.title, 'data-testid': 'rk-panel', 'data-state': view.state, 'data-phase': view.phaseKind },
      h('div', { className: 'rk-panel__top' },
        h('div', { className: 'rk-panel__heading' },
          h('h2', { className: 'rk-panel__title' }, content.title),
          h('p', { className: 'rk-panel__position', 'data-testid': 'rk-panel-position' }, content.position || '')),
        h('button', {
          type: 'button',
          className: 'rk-panel__mute',
          'aria-pressed': props.muted ? 'true' : 'false',
          onClick: props.toggleMute
        }, props.muted ? words.soundOff : words.soundOn),
        h('button', { type: 'button', className: 'rk-panel__toggle', 'data-testid': 'rk-panel-toggle', 'aria-expanded': collapsed[0] ? 'false' : 'true', onClick: toggle },
          collapsed[0] ? words.showButton : words.hideButton)),
      h('p', { className: 'rk-panel__phase', 'data-testid': 'rk-panel-phase' }, view.label),
      h('div', { className: 'rk-panel__stage' },
        content.figure ? h(Figure, { figure: content.figure, pose: view.pose }) : null,
        h('p', { className: 'rk-panel__seconds', 'data-testid': 'rk-panel-seconds', 'aria-hidden': 'true' }, view.seconds)),
      h('p', { className: 'rk-panel__rep', 'data-testid': 'rk-panel-rep' }, view.detail),
      h('div', { className: 'rk-panel__bar', role: 'progressbar', 'aria-label': content.title, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': Math.round(view.progress) },
        h('div', { className: 'rk-panel__fill', style: { width: view.progress + '%' } })),
      content.next ? h('p', { className: 'rk-panel__next', 'data-testid': 'rk-panel-next' }, content.next) : null,
      h('div', { className: 'rk-panel__controls' }, controls),
      wakeNote ? h('p', { className: 'rk-panel__note', 'data-testid': 'rk-panel-wake-note' }, wakeNote) : null,
      // Announced once per phase, not every second.
      h('p', { className: 'visually-hidden', 'aria-live': 'polite', 'data-testid': 'rk-panel-announce' }, announce)
    );
  }

  function Countdown(props) {
    var content = props.attachment.content;
    var words = content.words || {};
    var phases = content.phases || [];
    var startAt = Date.parse(content.startAt);
    var total = core.totalMs(phases);
    var sendPostBack = window.WebChat.hooks.useSendPostBack();
    var sendMessageBack = window.WebChat.hooks.useSendMessageBack();
    var activities = window.WebChat.hooks.useActivities()[0];
    var clock = React.useState(Date.now());
    var muted = React.useState(core.isMuted());
    var lastPhase = React.useRef(null);
    var lastSecond = React.useRef(null);
    var firstRender = React.useRef(Date.now());
    // A timeline that ran out before this page saw it (a reload) is not reported again.
    var reported = React.useRef(Date.now() - startAt >= total);
    var local = React.useState(null); // what this page asked for, shown at once while the bot answers

    var news = laterNews(activities, props.activity);
    var server = verdict(content, news.state);

    // The first end sticks: the timeline running out ("done") or the bot moving on ("stopped"); paused can resume.
    var ended = React.useRef(null);
    var now = clock[0];
    var liveElapsed = now - startAt;
    if (!ended.current) {
      if (liveElapsed >= total && (!server || server.state === 'moved')) {
        ended.current = { state: 'done', elapsed: total };
      } else if (news.newerTimer || (server && server.state !== 'paused')) {
        ended.current = { state: 'stopped', elapsed: Math.min(liveElapsed, total) };
      } else if (local[0] === 'Stop') {
        ended.current = { state: 'stopped', elapsed: Math.min(liveElapsed, total) };
      }
    }

    var paused = !ended.current && (server && server.state === 'paused' || local[0] === 'Pause');
    var pausedAt = paused
      ? (server && server.state === 'paused' && !server.inRest && server.pausedAtMs > 0 ? server.pausedAtMs : Math.min(liveElapsed, total))
      : null;
    var state = ended.current ? ended.current.state : paused ? 'paused' : 'running';
    var elapsed = ended.current ? ended.current.elapsed : paused ? pausedAt : liveElapsed;
    var current = core.phaseAt(phases, elapsed);
    var live = state === 'running' || state === 'paused';

    React.useEffect(function () {
      if (!live) {
        return undefined;
      }

      // A moving figure is redrawn more often than the digits need, so it glides rather than jumps.
      var tick = content.figure && !reducedMotion.matches ? 100 : 200;
      var handle = window.setInterval(function () { clock[1](Date.now()); }, tick);
      return function () { window.clearInterval(handle); };
    }, [live]);

    // A server answer replaces what this page asked for.
    React.useEffect(function () {
      if (local[0] && news.state) {
        local[1](null);
      }
    }, [news.state && news.state.step, news.state && news.state.status]);

    React.useEffect(function () {
      if (state === 'running') {
        holdWakeLock();
        return function () { releaseWakeLock(); };
      }

      return undefined;
    }, [state]);

    // Spoken and sounded cues: a beep and the phase's word at each change, "three, two, one" in the lead-in,
    // "ten seconds left" in a rest. Nothing is spoken for a timer found already running (a reload).
    var replayed = Date.now() - firstRender.current < 500 && liveElapsed > 1500;
    React.useEffect(function () {
      if (state !== 'running' || !current) {
        return;
      }

      var phaseChanged = lastPhase.current !== current.index;
      var second = Math.ceil(current.remainingMs / 1000);
      var secondChanged = lastSecond.current !== current.index + ':' + second;
      lastPhase.current = current.index;
      lastSecond.current = current.index + ':' + second;
      if (muted[0] || replayed) {
        return;
      }

      var kind = current.phase.kind;
      if (kind === 'leadin' && secondChanged) {
        var counts = String(words.countdown || '3|2|1').split('|');
        var word = counts[counts.length - second];
        if (word) {
          core.beep(660);
          core.speak(word);
        }
      } else if (phaseChanged) {
        core.beep(kind === 'rest' ? 440 : 880);
        core.speak(words[kind] || kind);
      } else if (kind === 'rest' && secondChanged && second === 10 && current.phase.durationMs >= 20000) {
        core.speak(words.tenSecondsLeft);
      }
    });

    React.useEffect(function () {
      if (state === 'done' && !reported.current) {
        reported.current = true;
        if (!muted[0]) {
          core.beep(660);
          core.speak(content.kind === 'rest' ? words.nextSet : words.setDone);
        }

        sendPostBack(Object.assign({}, content.doneData, { auto: true }));
      }
    }, [state]);

    function send(command, label) {
      // The bot's current step for this session (a pause moves it), so the command is not taken for a stale card.
      var step = news.state && news.state.sessionId === content.sessionId ? news.state.step : content.step;
      local[1](command);
      sendMessageBack({ command: command, sessionId: content.sessionId, step: step }, undefined, label);
    }

    var phaseKind = current ? current.phase.kind : 'done';
    var label = state === 'stopped' ? words.stopped
      : state === 'done' || !current ? words.done
      : state === 'paused' ? words.paused
      : words[phaseKind] || phaseKind;
    var repText = current && current.phase.rep > 0 ? format(words.rep, { rep: current.phase.rep, reps: content.reps }) : '';
    var detail = state === 'paused'
      ? (content.kind === 'rest' || (server && server.inRest) || !current || current.phase.rep === 0 ? words.pausedInRest : format(words.pausedAtRep, { rep: current.phase.rep, reps: content.reps }))
      : repText;
    var seconds = live && current ? String(Math.ceil(current.remainingMs / 1000)) : '✓';
    var progress = total > 0 ? Math.min(100, Math.max(0, (elapsed / total) * 100)) : 100;
    var view = {
      state: state,
      phaseKind: state === 'paused' ? 'paused' : phaseKind,
      label: label,
      seconds: state === 'stopped' ? '–' : seconds,
      detail: detail,
      progress: progress,
      // Frozen with the clock when paused (elapsed stands still); the start pose once the set is over.
      pose: live ? poseAt(current) : 0,
      announce: live ? label + (detail ? ', ' + detail : '') : label
    };

    var container = document.getElementById(PANEL_ID);
    var panel = live && container
      ? window.ReactDOM.createPortal(h(Panel, {
        content: content,
        view: view,
        muted: muted[0],
        toggleMute: function () { core.setMuted(!muted[0]); muted[1](!muted[0]); },
        send: send
      }), container)
      : null;

    var summary = live
      ? format(words.transcriptRunning, { title: content.title })
      : format(words.transcriptEnded, { title: content.title, state: label });
    return h(
      React.Fragment,
      null,
      h('p', { className: 'rk-timer' + (live ? ' rk-timer--live' : ''), 'data-testid': 'rk-timer', 'data-state': state }, summary),
      panel
    );
  }

  var RunnersKnee = (window.RunnersKnee = window.RunnersKnee || {});
  var renderers = (RunnersKnee.attachmentRenderers = RunnersKnee.attachmentRenderers || {});
  renderers[CONTENT_TYPE] = function (props) {
    return h(Countdown, props);
  };

  // What a screen reader says for the timer in the transcript; the live panel speaks for itself (its live region).
  var screenReaderRenderers = (RunnersKnee.screenReaderRenderers = RunnersKnee.screenReaderRenderers || {});
  screenReaderRenderers[CONTENT_TYPE] = function (attachment) {
    var content = attachment.content || {};
    var words = content.words || {};
    return function () {
      return h('span', null, format(words.transcriptRunning || '{title}', { title: content.title }) + (content.position ? ', ' + content.position : ''));
    };
  };
})();
