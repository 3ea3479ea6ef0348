"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startSlackRecorder = startSlackRecorder;
const node_http_1 = require("node:http");
const node_querystring_1 = require("node:querystring");
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}
function decodeBody(raw, contentType) {
    if (raw.length === 0)
        return {};
    if (contentType?.includes('application/json')) {
        try {
            const parsed = JSON.parse(raw);
            return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : { value: parsed };
        }
        catch {
            return { raw };
        }
    }
    const form = (0, node_querystring_1.parse)(raw);
    const out = {};
    for (const [key, value] of Object.entries(form)) {
        const text = Array.isArray(value) ? value.join(',') : (value ?? '');
        if (/^[[{]/.test(text)) {
            try {
                out[key] = JSON.parse(text);
                continue;
            }
            catch {
                // not JSON after all: keep the text
            }
        }
        out[key] = text;
    }
    return out;
}
function defaultFaultBody(fault, kind) {
    if (fault.body !== undefined)
        return fault.body;
    if (kind === 'response_url' && (fault.status === 404 || fault.status === 410))
        return 'expired_url';
    if (fault.status === 429)
        return JSON.stringify({ ok: false, error: 'ratelimited' });
    return JSON.stringify({ ok: false, error: 'internal_error' });
}
async function startSlackRecorder(options = {}) {
    const calls = [];
    const rules = [];
    const waiters = [];
    let messageCounter = 0;
    let urlCounter = 0;
    let lastCallAt = Date.now();
    function takeFault(kind, name) {
        const rule = rules.find((r) => r.kind === kind && (r.name === undefined || r.name === name) && r.remaining > 0);
        if (!rule)
            return null;
        rule.remaining -= 1;
        return rule.fault;
    }
    function answerApi(method, body) {
        switch (method) {
            case 'auth.test':
                return {
                    ok: true,
                    url: 'https://recorder.example.slack.com/',
                    team: 'Recorder',
                    user: 'status-triage',
                    team_id: options.teamId ?? 'T0RECORDER',
                    user_id: options.botUserId ?? 'U0BOT',
                    bot_id: options.botId ?? 'B0BOT',
                };
            case 'chat.postMessage':
                messageCounter += 1;
                return { ok: true, channel: body.channel, ts: `1700000000.${String(messageCounter).padStart(6, '0')}`, message: { text: body.text } };
            case 'chat.postEphemeral':
                messageCounter += 1;
                return { ok: true, message_ts: `1700000000.${String(messageCounter).padStart(6, '0')}` };
            default:
                return { ok: true };
        }
    }
    async function handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://recorder');
        const raw = await readBody(req);
        const body = decodeBody(raw, req.headers['content-type']);
        let kind;
        let name;
        if (url.pathname.startsWith('/api/')) {
            kind = 'api';
            name = url.pathname.slice('/api/'.length);
        }
        else if (url.pathname.startsWith('/response/')) {
            kind = 'response_url';
            name = url.pathname.slice('/response/'.length);
        }
        else {
            res.writeHead(404).end();
            return;
        }
        const fault = takeFault(kind, name);
        const status = fault ? fault.status : 200;
        const call = { kind, name, body, headers: req.headers, status, at: Date.now() };
        calls.push(call);
        lastCallAt = call.at;
        for (const waiter of [...waiters]) {
            if (waiter.predicate(call)) {
                waiters.splice(waiters.indexOf(waiter), 1);
                waiter.resolve(call);
            }
        }
        if (fault) {
            const headers = { 'content-type': 'application/json' };
            if (fault.status === 429)
                headers['retry-after'] = String(fault.retryAfter ?? 1);
            res.writeHead(fault.status, headers).end(defaultFaultBody(fault, kind));
            return;
        }
        if (kind === 'response_url') {
            res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
            return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answerApi(name, body)));
    }
    const server = (0, node_http_1.createServer)((req, res) => {
        handle(req, res).catch(() => {
            if (!res.headersSent)
                res.writeHead(500);
            res.end();
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    const base = `http://127.0.0.1:${port}`;
    return {
        apiUrl: `${base}/api/`,
        responseUrl(id) {
            urlCounter += 1;
            return `${base}/response/${id ?? `r${urlCounter}-${Math.random().toString(36).slice(2, 8)}`}`;
        },
        calls,
        callsTo(kind, name) {
            return calls.filter((c) => c.kind === kind && (name === undefined || c.name === name));
        },
        fail(rule) {
            rules.push({ ...rule, remaining: rule.times ?? 1 });
        },
        waitFor(predicate, timeoutMs = 10_000) {
            const past = calls.find(predicate);
            if (past)
                return Promise.resolve(past);
            return new Promise((resolve, reject) => {
                const waiter = {
                    predicate,
                    resolve: (call) => {
                        clearTimeout(timer);
                        resolve(call);
                    },
                };
                const timer = setTimeout(() => {
                    const index = waiters.indexOf(waiter);
                    if (index >= 0)
                        waiters.splice(index, 1);
                    reject(new Error(`no matching Slack call within ${timeoutMs} ms; saw: ${calls.map((c) => `${c.kind}:${c.name}`).join(', ') || 'nothing'}`));
                }, timeoutMs);
                waiters.push(waiter);
            });
        },
        async settle(quietMs = 300) {
            for (;;) {
                const waited = Date.now() - lastCallAt;
                if (waited >= quietMs)
                    return;
                await new Promise((resolve) => setTimeout(resolve, quietMs - waited));
            }
        },
        reset() {
            calls.length = 0;
            rules.length = 0;
        },
        close() {
            return new Promise((resolve, reject) => {
                server.closeAllConnections();
                server.close((error) => (error ? reject(error) : resolve()));
            });
        },
    };
}
//# sourceMappingURL=slackRecorder.js.map