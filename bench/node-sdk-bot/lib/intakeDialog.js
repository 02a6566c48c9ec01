'use strict';

// The intake: one waterfall step per question, asked as a card in our bot's order (the guardian question only
// for 16 and 17), each answer kept in the person's profile (user state).
const { ComponentDialog, WaterfallDialog } = require('botbuilder-dialogs');
const { CardPrompt } = require('./cardPrompt');
const { questions, text } = require('./content');
const cards = require('./cards');

const INTAKE_WATERFALL = 'intakeWaterfall';
const ANSWER_PROMPT = 'answerPrompt';

class IntakeDialog extends ComponentDialog {
    constructor(id, profileAccessor) {
        super(id);
        this.profileAccessor = profileAccessor;
        this.addDialog(new CardPrompt(ANSWER_PROMPT, IntakeDialog.answerValidatorAsync));
        const steps = questions.map((question, index) => (step) => this.askStepAsync(step, question, index));
        this.addDialog(new WaterfallDialog(INTAKE_WATERFALL, [...steps, this.finishStepAsync.bind(this)]));
        this.initialDialogId = INTAKE_WATERFALL;
    }

    async askStepAsync(step, question, index) {
        const answers = step.values;
        if (index > 0) {
            answers[questions[index - 1].id] = IntakeDialog.answerOf(step.result, questions[index - 1]);
        } else {
            await step.context.sendActivity(text('intake.intro'));
        }

        if (question.id === 'guardian' && answers.age !== '16to17') {
            return step.next();
        }

        const card = cards.question(question);
        return step.prompt(ANSWER_PROMPT, { prompt: card, retryPrompt: card, validations: question });
    }

    async finishStepAsync(step) {
        const last = questions[questions.length - 1];
        step.values[last.id] = IntakeDialog.answerOf(step.result, last);
        const profile = await this.profileAccessor.get(step.context, {});
        profile.intake = { ...step.values };
        return step.endDialog(profile.intake);
    }

    // A tap for this question, or a typed choice (its title or value), a 0–10 score, or yes/no.
    static async answerValidatorAsync(prompt) {
        const question = prompt.options.validations;
        return prompt.recognized.succeeded && IntakeDialog.answerOf(prompt.recognized.value, question) !== undefined;
    }

    static answerOf(result, question) {
        if (!result) {
            return undefined;
        }

        if (result.data) {
            return result.data.q === question.id ? result.data.answer : undefined;
        }

        const typed = result.text.toLowerCase();
        if (question.choices.length > 0) {
            const choice = question.choices.find((c) => c.value === typed || c.title.toLowerCase() === typed);
            return choice ? choice.value : undefined;
        }

        if (question.id === 'pain') {
            return /^(10|\d)$/.test(typed) ? typed : undefined;
        }

        return typed === 'yes' || typed === 'no' ? typed : undefined;
    }
}

module.exports = { IntakeDialog };
