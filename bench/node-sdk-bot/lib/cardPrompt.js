'use strict';

// A prompt answered by a card's button or by typing: a tap arrives as a message whose value is the button's
// data (and no text), which TextPrompt would refuse, so this prompt recognises either.
const { InputHints } = require('botbuilder');
const { Prompt } = require('botbuilder-dialogs');

class CardPrompt extends Prompt {
    async onPrompt(context, state, options, isRetry) {
        const activity = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
        if (activity) {
            await context.sendActivity(activity, undefined, InputHints.ExpectingInput);
        }
    }

    async onRecognize(context) {
        const { value, text } = context.activity;
        if (value && typeof value === 'object') {
            return { succeeded: true, value: { data: value, text: '' } };
        }

        const typed = (text || '').trim();
        return typed ? { succeeded: true, value: { data: null, text: typed } } : { succeeded: false };
    }
}

module.exports = { CardPrompt };
