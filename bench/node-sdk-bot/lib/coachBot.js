'use strict';

// The bot: welcomes a person who joins, runs the main dialog on every message, and saves conversation and user
// state at the end of every turn (the samples' DialogBot).
const { ActivityHandler } = require('botbuilder');
const { text } = require('./content');
const cards = require('./cards');

class CoachBot extends ActivityHandler {
    constructor(conversationState, userState, dialog) {
        super();
        this.conversationState = conversationState;
        this.userState = userState;
        this.dialog = dialog;
        this.dialogState = conversationState.createProperty('DialogState');

        this.onMembersAdded(async (context, next) => {
            const people = context.activity.membersAdded.filter((m) => m.id !== context.activity.recipient.id);
            if (people.length > 0) {
                await context.sendActivities([cards.welcome(), { type: 'message', text: text('privacy.notice', { days: 30 }) }]);
            }

            await next();
        });

        this.onMessage(async (context, next) => {
            await this.dialog.run(context, this.dialogState);
            await next();
        });
    }

    async run(context) {
        await super.run(context);
        await this.conversationState.saveChanges(context, false);
        await this.userState.saveChanges(context, false);
    }
}

module.exports = { CoachBot };
