"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ACTOR_MIN_COUNT = exports.ACTOR_MIN_SHARE = void 0;
exports.mainActor = mainActor;
exports.actorLine = actorLine;
const format_1 = require("./format");
const clients_1 = require("./clients");
const signals_1 = require("./signals");
const structure404_1 = require("./structure404");
/** A client counts as behind the errors from this share of them on… */
exports.ACTOR_MIN_SHARE = 0.25;
/** …and this many of them: one request from a crawler is not a pattern. */
exports.ACTOR_MIN_COUNT = 5;
function mainActor(evidence) {
    if (evidence.total <= 0)
        return null;
    const ip = evidence.fields.clientIp.window[0];
    const agent = evidence.fields.userAgent.window[0];
    const ipShare = ip ? ip.count / evidence.total : 0;
    const agentShare = agent ? agent.count / evidence.total : 0;
    const ipActs = ipShare >= exports.ACTOR_MIN_SHARE;
    // An agent alone names an actor only when it is not what everyone runs: a browser string is not a
    // client, a crawler's (which also starts with Mozilla/) is.
    const agentActs = agentShare >= exports.ACTOR_MIN_SHARE && agent !== undefined && (!/^Mozilla\//.test(agent.value) || (0, structure404_1.isCrawler)(agent.value));
    if (!ipActs && !agentActs)
        return null;
    const count = Math.max(ipActs ? ip?.count ?? 0 : 0, agentActs ? agent?.count ?? 0 : 0);
    if (count < exports.ACTOR_MIN_COUNT)
        return null;
    return {
        ip: ipActs && ip ? ip.value : null,
        agent: agent && (agentActs || (ipActs && Math.abs(agent.count - (ip?.count ?? 0)) <= 0.1 * evidence.total)) ? agent.value : null,
        share: count / evidence.total,
        count,
        crawler: agent !== undefined && (0, structure404_1.isCrawler)(agent.value) && agentActs,
    };
}
/** One evidence line naming the actor (its kind, and its schedule when it has one), or none. */
function actorLine(evidence, what) {
    const actor = mainActor(evidence);
    if (!actor)
        return [];
    const client = evidence.clients.find((c) => c.key === actor.ip || (actor.ip === null && c.key === actor.agent));
    const share = `${(0, format_1.pct)(actor.share)} of these ${what} (${(0, format_1.num)(actor.count)} of ${(0, format_1.num)(evidence.total)})`;
    if (client && !actor.crawler) {
        return [`${share} come from one client, ${(0, clients_1.clientName)(client)}, ${(0, clients_1.rhythmPhrase)((0, clients_1.clientRhythm)(evidence, client), (0, signals_1.bounds)(evidence).windowMs)}`];
    }
    const who = [actor.ip ? (0, format_1.code)(actor.ip) : null, actor.agent ? (0, format_1.code)(actor.agent) : null].filter((x) => x !== null).join(' with agent ');
    return [`${share} come from ${actor.crawler ? 'the crawler' : 'one client,'} ${who}`];
}
//# sourceMappingURL=actors.js.map