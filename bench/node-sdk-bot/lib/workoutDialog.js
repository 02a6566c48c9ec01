'use strict';

// The workout: a two-step waterfall that shows the card of where the person is (set, rest, pain check, pause)
// and acts on the answer, then replaces itself to loop, as the SDK samples loop. The position lives in a small
// session object in conversation state beside the dialog stack. Typed questions ("what's next", "where am i",
// "how many left", "that hurt 2/10") are answered as interruptions, without moving the waterfall.
const { ComponentDialog, Dialog, WaterfallDialog } = require('botbuilder-dialogs');
const { CardPrompt } = require('./cardPrompt');
const { exercises, text } = require('./content');
const cards = require('./cards');
const plan = require('./workoutPlan');

const WORKOUT_WATERFALL = 'workoutWaterfall';
const SET_PROMPT = 'setPrompt';
const TYPED_COMMANDS = { done: 'Done', 'done set': 'Done', pause: 'Pause', resume: 'Resume', 'start timer': 'StartTimer' };
const PAIN_REPORT = /hurt\D*(\d{1,2})\s*\/\s*10/i;

class WorkoutDialog extends ComponentDialog {
    constructor(id, sessionAccessor) {
        super(id);
        this.sessionAccessor = sessionAccessor;
        this.addDialog(new CardPrompt(SET_PROMPT));
        this.addDialog(new WaterfallDialog(WORKOUT_WATERFALL, [this.showStepAsync.bind(this), this.actStepAsync.bind(this)]));
        this.initialDialogId = WORKOUT_WATERFALL;
    }

    async onContinueDialog(innerDc) {
        const answer = await this.interruptionAsync(innerDc.context);
        if (answer) {
            await innerDc.context.sendActivity(answer);
            return Dialog.EndOfTurn;
        }

        return super.onContinueDialog(innerDc);
    }

    async interruptionAsync(context) {
        const typed = (context.activity.text || '').trim().toLowerCase();
        if (!typed) {
            return null;
        }

        const session = await this.sessionAccessor.get(context);
        const pain = PAIN_REPORT.exec(typed);
        if (pain) {
            return text('workout.pain.ok', { pain: pain[1] });
        }

        switch (typed) {
            case "what's next":
            case 'whats next':
                return `${plan.nowText(session.position)} ${text('workout.nextIs', { next: plan.nextText(session.position) })} ${plan.leftText(session.position)}`;
            case 'where am i':
                return plan.nowText(session.position);
            case 'how many left':
                return plan.howManyLeftText(session.position);
            default:
                return null;
        }
    }

    async showStepAsync(step) {
        if (step.options && step.options.silent) {
            return step.prompt(SET_PROMPT, {});
        }

        const session = await this.sessionAccessor.get(step.context);
        return step.prompt(SET_PROMPT, { prompt: WorkoutDialog.cardOf(session) });
    }

    async actStepAsync(step) {
        const { context } = step;
        const session = await this.sessionAccessor.get(context);
        const { data, text: typed } = step.result;
        if (data && (data.sessionId !== session.id || data.step !== session.step)) {
            await context.sendActivity(text('workout.staleCard'));
            return step.replaceDialog(this.id);
        }

        const command = data ? data.command : TYPED_COMMANDS[typed.toLowerCase()];
        if (session.phase === 'pain') {
            const score = data ? data.answer : typed;
            return this.painAnsweredAsync(step, session, Number.parseInt(score, 10));
        }

        switch (`${session.phase}/${command}`) {
            case 'set/StartTimer':
                await context.sendActivity(cards.setTimer(session));
                return step.replaceDialog(this.id, { silent: true });
            case 'set/Done':
                if (plan.isLastSetOfExercise(session.position)) {
                    WorkoutDialog.move(session, 'pain', 0);
                } else {
                    await context.sendActivity(text('workout.setDone', { left: plan.leftText(session.position + 1) }));
                    WorkoutDialog.move(session, 'rest', 1);
                }

                return step.replaceDialog(this.id);
            case 'set/Pause':
                WorkoutDialog.move(session, 'paused', 0);
                return step.replaceDialog(this.id);
            case 'rest/Done':
                WorkoutDialog.move(session, 'set', 0);
                return step.replaceDialog(this.id);
            case 'paused/Resume':
                await context.sendActivity(text('workout.resume'));
                WorkoutDialog.move(session, 'set', 0);
                return step.replaceDialog(this.id);
            default:
                await context.sendActivity(text('help.text'));
                return step.replaceDialog(this.id, { silent: true });
        }
    }

    async painAnsweredAsync(step, session, score) {
        const { context } = step;
        if (!(score >= 0 && score <= 10)) {
            return step.replaceDialog(this.id);
        }

        session.pains.push(score);
        await context.sendActivity(text('workout.pain.ok', { pain: score }));
        if (session.position + 1 >= plan.steps.length) {
            session.phase = 'finished';
            session.step += 1;
            await context.sendActivities([cards.summary(session, exercises), cards.painAfter(session), cards.morningCheck(session)]);
            return step.endDialog(session);
        }

        WorkoutDialog.move(session, 'set', 1);
        return step.replaceDialog(this.id);
    }

    // Every move gives the cards a new step, so a tap on an older card is known as stale.
    static move(session, phase, positions) {
        session.phase = phase;
        session.position += positions;
        session.step += 1;
    }

    static cardOf(session) {
        switch (session.phase) {
            case 'rest': return cards.rest(session);
            case 'pain': return cards.painCheck(session);
            case 'paused': return cards.paused(session);
            default: return cards.setCard(session);
        }
    }
}

module.exports = { WorkoutDialog };
