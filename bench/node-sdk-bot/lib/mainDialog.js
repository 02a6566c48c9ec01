'use strict';

// The conversation's root: the intake, the advice and the offer of a workout, the pain score before it, then
// the workout. A waterfall of component dialogs and prompts, as the SDK's CoreBot sample is built.
const crypto = require('crypto');
const { ComponentDialog, ConfirmPrompt, DialogSet, DialogTurnStatus, ListStyle, NumberPrompt, WaterfallDialog } = require('botbuilder-dialogs');
const { IntakeDialog } = require('./intakeDialog');
const { WorkoutDialog } = require('./workoutDialog');
const { text } = require('./content');
const cards = require('./cards');

const MAIN_WATERFALL = 'mainWaterfall';
const INTAKE_DIALOG = 'intakeDialog';
const WORKOUT_DIALOG = 'workoutDialog';
const OFFER_PROMPT = 'offerPrompt';
const PAIN_PROMPT = 'painPrompt';
const WORKOUT_MINUTES = '70 to 75';

class MainDialog extends ComponentDialog {
    constructor(profileAccessor, sessionAccessor) {
        super('mainDialog');
        this.sessionAccessor = sessionAccessor;
        const offer = new ConfirmPrompt(OFFER_PROMPT, undefined, 'en-us');
        offer.style = ListStyle.none;
        this.addDialog(offer);
        this.addDialog(new NumberPrompt(PAIN_PROMPT, MainDialog.painValidatorAsync, 'en-us'));
        this.addDialog(new IntakeDialog(INTAKE_DIALOG, profileAccessor));
        this.addDialog(new WorkoutDialog(WORKOUT_DIALOG, sessionAccessor));
        this.addDialog(new WaterfallDialog(MAIN_WATERFALL, [
            this.intakeStepAsync.bind(this),
            this.offerStepAsync.bind(this),
            this.painBeforeStepAsync.bind(this),
            this.workoutStepAsync.bind(this),
            this.finalStepAsync.bind(this),
        ]));
        this.initialDialogId = MAIN_WATERFALL;
    }

    /** Runs the dialog stack for the turn (the samples' DialogHelper.run). */
    async run(context, dialogStateAccessor) {
        const dialogSet = new DialogSet(dialogStateAccessor);
        dialogSet.add(this);
        const dialogContext = await dialogSet.createContext(context);
        const results = await dialogContext.continueDialog();
        if (results.status === DialogTurnStatus.empty) {
            await dialogContext.beginDialog(this.id);
        }
    }

    async intakeStepAsync(step) {
        return step.beginDialog(INTAKE_DIALOG);
    }

    async offerStepAsync(step) {
        await step.context.sendActivities([cards.advice(), cards.physio()]);
        const offer = cards.offer(WORKOUT_MINUTES);
        return step.prompt(OFFER_PROMPT, { prompt: offer, retryPrompt: offer });
    }

    async painBeforeStepAsync(step) {
        if (!step.result) {
            await step.context.sendActivity(text('next.afterIntake'));
            return step.endDialog();
        }

        const card = cards.painBefore();
        return step.prompt(PAIN_PROMPT, { prompt: card, retryPrompt: card });
    }

    async workoutStepAsync(step) {
        const painBefore = step.result;
        await step.context.sendActivities([
            { type: 'message', text: text('workout.pain.outsideLow', { pain: painBefore }) },
            { type: 'message', text: text('workout.start') },
        ]);
        await this.sessionAccessor.set(step.context, {
            id: crypto.randomBytes(6).toString('hex'), step: 1, position: 0, phase: 'set', pains: [], painBefore, startedAt: Date.now(),
        });
        return step.beginDialog(WORKOUT_DIALOG);
    }

    async finalStepAsync(step) {
        return step.endDialog();
    }

    static async painValidatorAsync(prompt) {
        return prompt.recognized.succeeded && prompt.recognized.value >= 0 && prompt.recognized.value <= 10;
    }
}

module.exports = { MainDialog };
