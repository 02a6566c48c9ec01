// Where the workout is, as the bot last announced it: after every turn that moved the workout the bot puts
// { sessionId, step, status, ... } in the channel data of the turn's last message (runnersKneeWorkout), or sends it
// as the event activity "runnersKnee.workout" when the turn had no message. The live timer (timer.js) and the cards
// of past steps (past-cards.js) read it; neither runs ahead of the bot.
(function () {
  'use strict';

  var EVENT = 'runnersKnee.workout';
  var CHANNEL_DATA = 'runnersKneeWorkout';

  function sameActivity(a, b) {
    return a === b || (!!a.id && a.id === b.id);
  }

  // The state an activity of the bot carries, or null.
  function stateOf(activity) {
    if (!activity.from || activity.from.role === 'user') {
      return null;
    }

    if (activity.type === 'event' && activity.name === EVENT && activity.value) {
      return activity.value;
    }

    return (activity.channelData && activity.channelData[CHANNEL_DATA]) || null;
  }

  // The newest state announced after `activity` (null: nothing has moved since it was sent).
  function stateAfter(activities, activity) {
    var seen = false;
    var state = null;
    for (var i = 0; i < activities.length; i++) {
      var candidate = activities[i];
      if (!seen) {
        seen = sameActivity(candidate, activity);
      } else {
        state = stateOf(candidate) || state;
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
