import type { Evidence } from '../evidence';
import type { TermCount } from '../types';
import { code, num, pct } from './format';
import { clientName, clientRhythm, rhythmPhrase } from './clients';
import { bounds } from './signals';
import { isCrawler } from './structure404';

/**
 * Who is behind the errors: the one client (address, agent) that sends a large share of them. On-call can
 * act on a client ("fix the job that downloads this") where a route-level finding leaves them guessing.
 */
export interface Actor {
  ip: string | null;
  agent: string | null;
  /** The larger of the two shares of the window's errors. */
  share: number;
  count: number;
  crawler: boolean;
}

/** A client counts as behind the errors from this share of them on… */
export const ACTOR_MIN_SHARE = 0.25;
/** …and this many of them: one request from a crawler is not a pattern. */
export const ACTOR_MIN_COUNT = 5;

export function mainActor(evidence: Evidence): Actor | null {
  if (evidence.total <= 0) return null;
  const ip = evidence.fields.clientIp.window[0];
  const agent = evidence.fields.userAgent.window[0];
  const ipActs = ip !== undefined && ip.count / evidence.total >= ACTOR_MIN_SHARE;
  // An agent alone names an actor only when it is not what everyone runs: a browser string is not a
  // client, a crawler's (which also starts with Mozilla/) is.
  const agentActs = agent !== undefined && agent.count / evidence.total >= ACTOR_MIN_SHARE && (!/^Mozilla\//.test(agent.value) || isCrawler(agent.value));
  const ipAgent = ipActs ? agentOf(evidence, ip, agent) : null;
  // The top address and the top agent are two lists: they name one client only when the address sends
  // that agent. Otherwise the larger of the two is the actor (a crawler spread over many addresses).
  const byAgent = agentActs && (!ipActs || (ipAgent !== agent.value && agent.count > ip.count));
  const actor = byAgent
    ? { ip: null, agent: agent.value, count: agent.count }
    : ipActs
      ? { ip: ip.value, agent: ipAgent, count: ip.count }
      : null;
  if (actor === null || actor.count < ACTOR_MIN_COUNT) return null;
  return { ...actor, share: actor.count / evidence.total, crawler: actor.agent !== null && isCrawler(actor.agent) };
}

/**
 * The agent the top address sends: its own, from the clients read; without them, the top agent when its
 * count is the address's (the same client, most likely), else none.
 */
function agentOf(evidence: Evidence, ip: TermCount, agent: TermCount | undefined): string | null {
  const client = evidence.clients.find((c) => c.by === 'clientIp' && c.key === ip.value);
  if (client) return client.agent;
  return agent !== undefined && Math.abs(agent.count - ip.count) <= 0.1 * evidence.total ? agent.value : null;
}

/** One evidence line naming the actor (its kind, and its schedule when it has one), or none. */
export function actorLine(evidence: Evidence, what: string): string[] {
  const actor = mainActor(evidence);
  if (!actor) return [];
  const client = evidence.clients.find((c) => c.key === actor.ip || (actor.ip === null && c.key === actor.agent));
  const share = `${pct(actor.share)} of these ${what} (${num(actor.count)} of ${num(evidence.total)})`;
  if (client && !actor.crawler) {
    return [`${share} come from one client, ${clientName(client)}, ${rhythmPhrase(clientRhythm(evidence, client), bounds(evidence).windowMs)}`];
  }
  const who = [actor.ip ? code(actor.ip) : null, actor.agent ? code(actor.agent) : null].filter((x): x is string => x !== null).join(' with agent ');
  return [`${share} come from ${actor.crawler ? 'the crawler' : 'one client,'} ${who}`];
}
