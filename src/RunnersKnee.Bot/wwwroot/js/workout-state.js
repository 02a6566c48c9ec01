// Where the workout is, as the bot last announced it: after every turn that moved the workout the bot sends the event
// activity "runnersKnee.workout" ({ sessionId, step, status, ... }), which Web Chat keeps but does not show. The live
// timer (timer.js) and the cards of past steps (past-cards.js) read it; neither runs ahead of the bot.
(function () {
  'use strict';

  var EVENT = 'runnersKnee.workout';

  function sameActivity(a, b) {
    return a === b || (!!a.id && a.id === b.id);
  }

  function isState(activity) {
    return activity.type === 'event' && activity.name === EVENT && !!activity.value && !!activity.from && activity.from.role !== 'user';
  }

  // The newest state announced after `activity` (null: nothing has moved since it was sent).
  function stateAfter(activities, activity) {
    var seen = false;
    var state = null;
    for (var i = 0; i < activities.length; i++) {
      var candidate = activities[i];
      if (!seen) {
        seen = sameActivity(candidate, activity);
      } else if (isState(candidate)) {
        state = candidate.value;
      }
    }

    return state;
  }

  // The session and step a card's buttons carry ("sessionId":"…","step":n), or null for a card outside the workout.
  function stepOf(content) {
    var json = JSON.stringify(content || {});
    var match = /"sessionId":"([^"]+)","step":(\d+)/.exec(json);
    return match ? { sessionId: match[1], step: Number(match[2]) } : null;
  }

  window.RunnersKneeWorkout = Object.freeze({
    event: EVENT,
    sameActivity: sameActivity,
    stateAfter: stateAfter,
    stepOf: stepOf
  });
})();
