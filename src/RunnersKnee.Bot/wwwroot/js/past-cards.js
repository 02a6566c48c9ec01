// A workout card whose step is over (the set was done, skipped, paused, the workout stopped...) turns compact and
// inert in place, so only the current card's buttons look and act live. The bot's own check of a stale tap stays:
// this only stops the person from reaching for an old button.
(function () {
  'use strict';

  var CARD = 'application/vnd.microsoft.card.adaptive';
  var h = window.React.createElement;
  var workout = window.RunnersKneeWorkout;

  function isPast(card, state) {
    if (!card || !state) {
      return false;
    }

    return state.sessionId !== card.sessionId || state.step !== card.step || state.status === 'stopped' || state.status === 'finished';
  }

  function PastAware(props) {
    var activities = window.WebChat.hooks.useActivities()[0];
    // Every new activity renders each card again; its step never changes, so it is read from the card once.
    var content = props.attachment.content;
    var card = window.React.useMemo(function () { return workout.stepOf(content); }, [content]);
    var past = isPast(card, card && workout.stateAfter(activities, props.activity));
    var attributes = { className: 'rk-card' + (past ? ' rk-card--past' : ''), 'data-testid': past ? 'rk-card-past' : 'rk-card' };
    if (past) {
      // Out of the tab order and the accessibility tree's controls, like a disabled form.
      attributes.inert = '';
    }

    return h('div', attributes, props.element);
  }

  var RunnersKnee = (window.RunnersKnee = window.RunnersKnee || {});
  var wrappers = (RunnersKnee.attachmentWrappers = RunnersKnee.attachmentWrappers || {});
  wrappers[CARD] = function (props, element) {
    return workout.stepOf(props.attachment.content) ? h(PastAware, { attachment: props.attachment, activity: props.activity, element: element }) : element;
  };
})();
