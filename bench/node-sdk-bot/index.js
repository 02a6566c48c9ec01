'use strict';

// The Node.js Bot Framework SDK bot of the side-by-side benchmark (issue 21; docs/performance.md): botbuilder's
// CloudAdapter in anonymous mode behind Node's own http server, state in MemoryStorage, the conversation in
// botbuilder-dialogs. Listens on 127.0.0.1:$PORT (0: a free port) and says where, as the load generator expects.
const http = require('http');
const {
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    ConversationState,
    MemoryStorage,
    UserState,
} = require('botbuilder');
const { CoachBot } = require('./lib/coachBot');
const { MainDialog } = require('./lib/mainDialog');
const { counters } = require('./lib/counters');

const MAX_BODY_BYTES = 256 * 1024;

// No MicrosoftAppId: the SDK's anonymous mode, as our bot's bench run sets BotAuthentication:AllowAnonymous.
const authentication = new ConfigurationBotFrameworkAuthentication({});
const adapter = new CloudAdapter(authentication);
adapter.onTurnError = async (context, error) => {
    console.error(`[onTurnError] ${error.stack || error}`);
    await context.sendActivity('Sorry, something went wrong on my side.');
    await conversationState.delete(context);
};

const storage = new MemoryStorage();
const conversationState = new ConversationState(storage);
const userState = new UserState(storage);
const dialog = new MainDialog(userState.createProperty('profile'), conversationState.createProperty('workout'));
const bot = new CoachBot(conversationState, userState, dialog);

// CloudAdapter.process expects a parsed body and a restify/express-style response; Node's http gives neither.
function expressStyle(response) {
    return {
        header(name, value) {
            response.setHeader(name, value);
        },
        status(code) {
            response.statusCode = code;
        },
        send(body) {
            response.setHeader('Content-Type', 'application/json');
            response.write(typeof body === 'string' ? body : JSON.stringify(body));
        },
        end() {
            response.end();
        },
    };
}

function readJson(request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        request.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                reject(new Error('body too large'));
                request.destroy();
                return;
            }

            chunks.push(chunk);
        });
        request.on('end', () => {
            try {
                resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
            } catch (error) {
                reject(error);
            }
        });
        request.on('error', reject);
    });
}

async function messages(request, response) {
    try {
        request.body = await readJson(request);
    } catch {
        response.writeHead(400).end();
        return;
    }

    await adapter.process(request, expressStyle(response), (context) => bot.run(context));
}

const server = http.createServer((request, response) => {
    const path = request.url.split('?')[0];
    if (request.method === 'POST' && path === '/api/messages') {
        messages(request, response).catch((error) => {
            console.error(error);
            if (!response.headersSent) {
                response.writeHead(500);
            }

            response.end();
        });
    } else if (request.method === 'GET' && path === '/diagnostics/counters') {
        counters(request, response);
    } else {
        response.writeHead(404).end();
    }
});

server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
    console.log(`Now listening on: http://127.0.0.1:${server.address().port}`);
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
