'use strict';

// The Adaptive Cards and timer attachments, laid out as our bot lays them out (same texts, same buttons and
// button data), so a turn here sends about the bytes a turn of ours sends.
const { CardFactory, MessageFactory } = require('botbuilder');
const { text, sideNames, tempoOf, figureOf } = require('./content');
const plan = require('./workoutPlan');

const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
const TIMER = 'application/vnd.runnersknee.timer+json';
const TIMER_WORDS = ['leadin', 'move', 'hold', 'release', 'rest', 'paused', 'pausedAtRep', 'pausedInRest', 'stopped', 'done', 'setDone',
    'nextSet', 'rep', 'tenSecondsLeft', 'countdown', 'pauseButton', 'resumeButton', 'skipRestButton', 'stopButton', 'hideButton',
    'showButton', 'soundOn', 'soundOff', 'wakeLockUnsupported', 'transcriptRunning', 'transcriptEnded', 'moreRestButton'];
// The drawing's look, as our timer attachment carries it (the page draws the poses with it).
const FIGURE_STYLES = {
    body: { stroke: '#1b1f1e', width: 5, fill: null }, far: { stroke: '#8c9894', width: 5, fill: null },
    working: { stroke: '#c26a00', width: 6, fill: null }, head: { stroke: '#1b1f1e', width: 0, fill: '#1b1f1e' },
    floor: { stroke: '#1b1f1e', width: 2, fill: null }, kit: { stroke: '#0a6b50', width: 2, fill: '#dcebe5' },
    band: { stroke: '#0a6b50', width: 3, fill: null }, bell: { stroke: '#0a6b50', width: 0, fill: '#0a6b50' },
    arrow: { stroke: '#0a6b50', width: 3, fill: null },
};
const REST_SECONDS = 45;
const LEAD_IN_MS = 3000;

function card(speak, body, actions) {
    return { $schema: SCHEMA, type: 'AdaptiveCard', version: '1.5', speak, body, ...(actions ? { actions } : {}) };
}

function heading(value) {
    return { type: 'TextBlock', text: value, size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' };
}

function line(value, extra = {}) {
    return { type: 'TextBlock', text: value, wrap: true, ...extra };
}

function submit(title, data, style) {
    return { type: 'Action.Submit', title, data, ...(style ? { style } : {}) };
}

// Web Chat shows a messageBack tap as the person's message; the value is what the bot reads.
function tap(title, value, style, displayText = title) {
    return submit(title, { __isBotFrameworkCardAction: true, cardAction: { type: 'messageBack', title, displayText, text: '', value } }, style);
}

function rows(actions, size) {
    const sets = [];
    for (let i = 0; i < actions.length; i += size) {
        sets.push({ type: 'ActionSet', actions: actions.slice(i, i + size) });
    }

    return { type: 'Container', spacing: 'Medium', items: sets };
}

function buttonRow(actions, width = 'stretch') {
    return { type: 'ColumnSet', spacing: 'Small', columns: actions.map((a) => ({ type: 'Column', width, items: [{ type: 'ActionSet', actions: [a] }] })) };
}

function plain(markdown) {
    return markdown.replace(/\*\*/g, '').replace(/\n\n- /, ' ').replace(/\n- /g, ' ').replace(/\n/g, ' ');
}

function adaptive(content, extra = {}) {
    return { ...MessageFactory.attachment(CardFactory.adaptiveCard(content)), ...extra };
}

function welcome() {
    const body = [heading(text('welcome.title')), line(text('welcome.body')), line(text('welcome.notDoctor'), { isSubtle: true, size: 'Small' })];
    return adaptive(card(`${text('welcome.title')}. ${text('welcome.body')}`, body, [
        submit(text('welcome.start'), { command: 'Start' }, 'positive'),
        submit(text('welcome.startWorkout'), { command: 'StartWorkout' }),
        submit(text('welcome.help'), { command: 'Help' }),
    ]));
}

function scoreButtons(q, withSkip) {
    const scores = Array.from({ length: 11 }, (_, n) => submit(String(n), { answer: String(n), q }));
    return withSkip ? [...scores, submit(text('painBefore.skip'), { answer: 'skip', q })] : scores;
}

/** An intake question: its choices three to a row, a 0–10 scale, or Yes/No. */
function question(q) {
    let buttons;
    if (q.choices.length > 0) {
        buttons = rows(q.choices.map((c) => submit(c.title, { answer: c.value, q: q.id })), 3);
    } else if (q.id === 'pain') {
        buttons = rows(scoreButtons('pain', false), 4);
    } else {
        buttons = rows([submit('Yes', { answer: 'yes', q: q.id }), submit('No', { answer: 'no', q: q.id })], 3);
    }

    return adaptive(card(plain(q.text), [line(q.text), buttons]), { speak: plain(q.text), inputHint: 'expectingInput' });
}

function titled(title, lines, actions) {
    const body = [{ ...heading(title), color: 'Default' }, ...lines];
    return adaptive(card(`${title}. ${lines.map((l) => l.text).join(' ')}`, body, actions));
}

function advice() {
    return titled(text('advice.title'), [line(text('advice.ease')), line(text('advice.ice')), line(text('advice.iceIsComfort'), { isSubtle: true }), line(text('advice.avoid'))]);
}

function physio() {
    return titled(text('pt.title'), [line(text('pt.when')), line(text('pt.why')), line(text('pt.tell'), { isSubtle: true })],
        [submit(text('referral.button'), { command: 'PhysioSummary' })]);
}

function offer(minutes) {
    const activity = MessageFactory.suggestedActions(['Yes', 'No'], text('offer.workout', { exercises: 8, minutes }));
    activity.inputHint = 'expectingInput';
    return activity;
}

function painBefore() {
    const prompt = text('painBefore.question');
    return adaptive(card(prompt, [line(prompt), rows(scoreButtons('painBefore', true), 4)]), { speak: prompt, inputHint: 'expectingInput' });
}

function withSides(sentence, side) {
    const other = side === sideNames[0] ? sideNames[1] : sideNames[0];
    return sentence.replace(/\{side\}/g, side ?? sideNames[0]).replace(/\{otherSide\}/g, other);
}

/** The card of one set: position, name, dosage, the article's steps, tip and why, and the set's buttons. */
function setCard(session) {
    const exercise = plan.exerciseAt(session.position);
    const side = plan.sideOf(session.position);
    const steps = exercise.steps.map((s) => withSides(s, side));
    const value = (command) => ({ sessionId: session.id, step: session.step, command });
    const body = [
        line(plan.positionText(session.position), { size: 'Small', isSubtle: true }),
        heading(exercise.name),
        line(plan.dosageText(exercise), { weight: 'Bolder', color: 'Accent' }),
        line(steps.map((s, i) => `${i + 1}. ${s}`).join('\n'), { spacing: 'Medium' }),
    ];
    if (exercise.dosage.holdSeconds > 0) {
        body.push(line(text('workout.holdCue', { hold: exercise.dosage.holdSeconds, count: 'one thousand, two thousand' }), { isSubtle: true }));
    }

    body.push(line(text('workout.cue', { cue: exercise.cue }), { isSubtle: true }));
    body.push(line(text('workout.why', { why: exercise.whyItHelps, source: exercise.source }), { size: 'Small', isSubtle: true }));
    const first = tempoOf(exercise.id) ? [tap(text('workout.startTimer'), value('StartTimer'))] : [];
    body.push(buttonRow([...first, tap(text('workout.done'), value('Done'), 'positive')]));
    body.push(buttonRow([tap(text('workout.easier'), value('Easier')), tap(text('workout.skip'), value('Skip'))]));
    body.push(buttonRow([tap(text('workout.pause'), value('Pause')), tap(text('workout.stop'), value('Stop'), 'destructive')]));
    const speak = `${exercise.name}. ${plan.positionText(session.position)}. ${plan.dosageText(exercise)}. ${steps.join(' ')}`;
    return adaptive(card(speak, body), { inputHint: 'expectingInput' });
}

function timerWords() {
    return Object.fromEntries(TIMER_WORDS.map((key) => [key, text(`timer.${key}`)]));
}

function timer(content, extra = {}) {
    return { type: 'message', attachments: [{ contentType: TIMER, content: { ...content, words: timerWords() } }], ...extra };
}

function rest(session) {
    const content = {
        sessionId: session.id, step: session.step, kind: 'rest', title: 'Rest', position: plan.positionText(session.position),
        next: text('workout.restNext', { next: `${plan.exerciseAt(session.position).name} (${plan.positionText(session.position)}): ${plan.shortDosage(plan.exerciseAt(session.position))}` }),
        startAt: new Date().toISOString(), reps: 0, phases: [{ kind: 'rest', rep: 0, startMs: 0, durationMs: REST_SECONDS * 1000 }],
        doneData: { sessionId: session.id, step: session.step, command: 'Done' },
    };
    return timer(content, { inputHint: 'expectingInput', channelData: { runnersKneeWorkout: { sessionId: session.id, step: session.step, status: 'resting' } } });
}

/** The set's timeline: a lead-in, then move, hold and return for every rep at the exercise's tempo. */
function setTimer(session) {
    const exercise = plan.exerciseAt(session.position);
    // An exercise without a rep tempo (Side Steps, in feet) has no Start timer button; a typed "start timer" gets 2 s moves.
    const tempo = tempoOf(exercise.id) || { moveSeconds: 2, returnSeconds: 2 };
    const reps = exercise.dosage.min;
    const phases = [{ kind: 'leadin', rep: 0, startMs: 0, durationMs: LEAD_IN_MS }];
    let at = LEAD_IN_MS;
    const add = (kind, rep, seconds) => {
        phases.push({ kind, rep, startMs: at, durationMs: seconds * 1000 });
        at += seconds * 1000;
    };
    for (let rep = 1; rep <= reps; rep++) {
        add('move', rep, tempo.moveSeconds);
        if (exercise.dosage.holdSeconds > 0) {
            add('hold', rep, exercise.dosage.holdSeconds);
        }

        add('release', rep, tempo.returnSeconds);
    }

    const figure = figureOf(exercise.id);
    const content = {
        sessionId: session.id, step: session.step, kind: 'set', title: exercise.name, position: plan.positionText(session.position),
        startAt: new Date().toISOString(), reps, phases, doneData: { sessionId: session.id, step: session.step, command: 'Done' },
        figure: {
            width: 200, height: 150, background: '#f4f8f6', styles: FIGURE_STYLES, view: figure.view, working: figure.working, equipment: figure.equipment,
            keyframes: figure.keyframes.map((k) => ({ name: k.name, alt: withSides(k.alt, plan.sideOf(session.position)), joints: k.joints })),
        },
    };
    return timer(content, { speak: text('workout.timerSummary', { reps, seconds: Math.round(at / 1000) }) });
}

function painCheck(session) {
    const name = plan.exerciseAt(session.position).name;
    const prompt = text('workout.painQuestion', { name });
    const score = (n) => tap(String(n), { sessionId: session.id, step: session.step, answer: String(n) }, undefined, `${n}/10`);
    const band = (key, from, to) => [
        line(text(key, { from, to }), { size: 'Small', spacing: 'Medium' }),
        buttonRow(Array.from({ length: to - from + 1 }, (_, i) => score(from + i)), 'auto'),
    ];
    const body = [line(prompt, { weight: 'Bolder' }), { type: 'Container', items: [...band('workout.painBandFine', 0, 3), ...band('workout.painBandEase', 4, 5), ...band('workout.painBandStop', 6, 10)] }];
    return adaptive(card(prompt, body), { inputHint: 'expectingInput' });
}

function paused(session) {
    const position = plan.positionText(session.position);
    const sentence = text('workout.paused', { position });
    const value = (command) => ({ sessionId: session.id, step: session.step, command });
    const body = [heading(text('workout.pausedTitle')), line(sentence), line(text('workout.nextIs', { next: plan.nextText(session.position - 1) }), { isSubtle: true })];
    return adaptive(card(sentence, body, [tap(text('workout.resumeButton'), value('Resume'), 'positive'), tap(text('workout.stop'), value('Stop'))]),
        { inputHint: 'expectingInput', channelData: { runnersKneeWorkout: { sessionId: session.id, step: session.step, status: 'paused', pausedAtMs: 0, pausedInRest: false } } });
}

function summary(session, exercises) {
    const results = exercises.map((exercise, i) => ({
        type: 'Container', id: `result-${exercise.id}`, spacing: 'Small',
        items: [line(exercise.name, { weight: 'Bolder' }), line(`Done · pain ${session.pains[i]}/10`, { spacing: 'None', color: 'Good' })],
    }));
    const facts = {
        type: 'Container', spacing: 'Medium', separator: true,
        items: [`Time taken: ${minutesSince(session.startedAt)}.`, `Pain before the workout: ${session.painBefore}/10.`, `Pain at the last check: ${session.pains[session.pains.length - 1]}/10.`]
            .map((t) => line(t, { spacing: 'Small' })),
    };
    const body = [{ ...heading(text('workout.summaryTitle')), color: 'Default' }, ...results, facts, line(text('workout.summaryEnd'), { spacing: 'Medium' }),
        line('Next time, say "start workout" and we\'ll begin at the first exercise.', { weight: 'Bolder' })];
    return adaptive(card(`${text('workout.summaryTitle')}. ${text('workout.summaryEnd')}`, body, [submit(text('progress.button'), { command: 'Progress' })]), { inputHint: 'expectingInput' });
}

function minutesSince(startedAt) {
    const minutes = Math.floor((Date.now() - startedAt) / 60000);
    return minutes < 1 ? 'under a minute' : `${minutes} minutes`;
}

function painAfter(session) {
    const prompt = text('painAfter.question');
    const scores = Array.from({ length: 11 }, (_, n) => submit(String(n), { command: 'PainAfter', finishedSession: session.id, pain: n }));
    scores.push(submit(text('painAfter.skip'), { command: 'PainAfter', finishedSession: session.id }));
    return adaptive(card(prompt, [line(prompt), rows(scores, 4)]));
}

function morningCheck(session) {
    const prompt = "I'll check in tomorrow at 08:00 (UTC: your chat didn't say your time zone) to ask how your knee feels compared with before this workout: how it feels the next morning tells whether the workout was the right amount. Pick another time, or no thanks.";
    const choice = (title, phrase) => tap(title, { command: 'Reminder', phrase });
    const buttons = rows([choice('At 07:00', 'check in at 07:00'), choice('At 09:00', 'check in at 09:00'), choice('At 10:00', 'check in at 10:00'), choice('No thanks', 'no morning check')], 2);
    return adaptive(card(prompt, [line(prompt), buttons]), { channelData: { runnersKneeWorkout: { sessionId: session.id, step: session.step, status: 'finished' } } });
}

module.exports = { welcome, question, advice, physio, offer, painBefore, setCard, rest, setTimer, painCheck, paused, summary, painAfter, morningCheck };
