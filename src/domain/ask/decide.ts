import type { DenialKind, Situation, Topic } from './facts';
import { hidingLeftOpen } from './hiding';

/**
 * From facts to a decision. The order of the checks is the protocol's order of questions:
 * can the server tell who is calling (401)? may this caller do this, and may they even know the
 * resource exists (403 / 404)? is anything there, and was it removed for good (404 / 410)?
 */

export type StatusVerdict = '401' | '403' | '404' | '410';
export type ForbiddenWhy = Exclude<DenialKind, 'unauthorized-word'>;

export type Reason =
  | { code: '401'; why: 'no-credentials' | 'invalid-credentials' }
  | { code: '403'; why: ForbiddenWhy }
  | { code: '404'; why: 'hide' | 'missing' | 'deleted' | 'soft' }
  | { code: '410'; why: 'gone' | 'soft' };

/** The fact the question leaves open, when it decides between two codes. */
export type OpenFact = 'authenticated' | 'exists-and-allowed' | 'permanent' | 'allowed' | 'hidden';

export type Neighbour = '400' | '405' | '429' | '301' | '503';

export type Resolution =
  | { kind: 'reason'; reason: Reason }
  | { kind: 'open'; fact: OpenFact }
  | { kind: 'neighbour'; code: Neighbour }
  | { kind: 'none' };

/** Topics that make a question about behaviour (caching, retries …) rather than "which code?". */
export const QUESTION_TOPICS: readonly Topic[] = [
  'caching',
  'retry',
  'seo',
  'soft404',
  'definition',
  'difference',
  'header',
  'reauth',
  'swap',
  'mistake',
  'decision',
  'client',
  'diagnose',
  'why',
  'disclosure',
];

const SPECIFIC_ORDER: readonly ForbiddenWhy[] = ['scope', 'tenant', 'ownership', 'ip', 'account', 'plan', 'csrf', 'listing', 'role'];

function specificDenial(denials: readonly DenialKind[]): ForbiddenWhy | null {
  for (const kind of SPECIFIC_ORDER) if (denials.includes(kind)) return kind;
  return null;
}

/** Refusals where hiding the resource is a real alternative (not a scope, allowlist or plan). */
export const HIDEABLE: readonly ForbiddenWhy[] = ['generic', 'role', 'tenant', 'ownership'];

function forbidden(why: ForbiddenWhy, s: Situation): Resolution {
  if (s.hide === true) return { kind: 'reason', reason: { code: '404', why: 'hide' } };
  // "… we have not decided whether its existence is secret", "… and what does it depend on?"
  if (s.hide === null && HIDEABLE.includes(why) && (s.doubts.includes('hidden') || s.asksDeciding)) return { kind: 'open', fact: 'hidden' };
  // "user without access asks for a private project. 403 or 404?": a private resource, weighed between
  // exactly those two codes, turns on whether its existence is itself secret, which is not said.
  const weighsHiding = s.codes.includes('403') && s.codes.includes('404') && !s.codes.includes('401') && !s.codes.includes('410');
  // The same for an outsider (another tenant, not a member, not the owner) asking for something said to
  // exist: with "nothing there" ruled out, whether outsiders may learn it exists is all that is left.
  const hidingMatters = (s.sensitive && s.existence !== 'exists') || (s.outsider && s.existence === 'exists');
  if (s.hide === null && HIDEABLE.includes(why) && hidingMatters && weighsHiding) return { kind: 'open', fact: 'hidden' };
  if (hidingLeftOpen(why, s)) return { kind: 'open', fact: 'hidden' };
  // "he left the team and still opens its private roadmap", "a non-member fetches the org's private package": a private thing asked for by
  // someone outside the group it is private to, with no code weighed, is kept from them whole (404, RFC 9110 §15.5.4; the seed's
  // "404 when you do not want to reveal whether a resource exists at all").
  if (s.hide === null && HIDEABLE.includes(why) && s.sensitive && s.outsider && !weighsHiding && s.existence !== 'exists') return { kind: 'reason', reason: { code: '404', why: 'hide' } };
  return { kind: 'reason', reason: { code: '403', why } };
}

function openFactForCodes(codes: readonly string[]): OpenFact {
  const asked = codes.filter((code) => ['401', '403', '404', '410'].includes(code));
  const set = new Set(asked);
  if (set.size === 2 && set.has('401') && set.has('403')) return 'authenticated';
  if (set.size === 2 && set.has('404') && set.has('410')) return 'permanent';
  return 'exists-and-allowed';
}

const API_ENDPOINT = /\b(?:endpoints?|apis?)\b/;

/** What the facts of the question decide, regardless of whether it asked for a code. */
export function resolve(s: Situation): Resolution {
  if (s.oauthError === 'insufficient_scope') return forbidden('scope', s);
  if (s.oauthError === 'invalid_token') return { kind: 'reason', reason: { code: '401', why: 'invalid-credentials' } };
  if (s.oauthError === 'invalid_request') return { kind: 'neighbour', code: '400' };

  const specific = specificDenial(s.denials);
  const noAccessFacts = s.auth === 'unknown' || s.auth === 'valid';
  if (s.topics.includes('rateLimit') && noAccessFacts && !specific) return { kind: 'neighbour', code: '429' };
  // An api endpoint removed for good is gone even where its callers moved elsewhere: a program calling the old
  // endpoint cannot follow a redirect to another api's contract ("v1 decommissioned, everything moved to v2").
  const endpointGone = s.existence === 'removed' && s.permanent && API_ENDPOINT.test(s.text);
  if (s.topics.includes('moved') && !specific && s.auth !== 'none' && s.auth !== 'invalid' && !endpointGone) return { kind: 'neighbour', code: '301' };
  if (s.topics.includes('method') && !specific && noAccessFacts && s.existence !== 'missing') {
    return { kind: 'neighbour', code: '405' };
  }

  if (s.softNotFound) return { kind: 'reason', reason: s.permanent ? { code: '410', why: 'soft' } : { code: '404', why: 'soft' } };

  if (s.auth === 'invalid') return { kind: 'reason', reason: { code: '401', why: 'invalid-credentials' } };
  if (s.auth === 'none') {
    if (s.hide === true) return { kind: 'reason', reason: { code: '404', why: 'hide' } };
    return { kind: 'reason', reason: { code: '401', why: 'no-credentials' } };
  }
  // "refused, not sure if the caller was authenticated at all": the first question of the order is open.
  if (s.auth === 'unknown' && s.doubts.includes('authenticated')) return { kind: 'open', fact: 'authenticated' };

  if (specific) return forbidden(specific, s);

  if (s.existence === 'removed') {
    // "erased, and we must not confirm the account ever existed": 410 would say it was here once.
    if (s.hide === true) return { kind: 'reason', reason: { code: '404', why: 'hide' } };
    if (s.permanent) return { kind: 'reason', reason: { code: '410', why: 'gone' } };
    // "something was deleted, 404 or 410, how do i decide?": the deciding fact is asked for, not given.
    if (!s.temporary) return { kind: 'open', fact: 'permanent' };
    return { kind: 'reason', reason: { code: '404', why: 'deleted' } };
  }
  if (s.existence === 'missing') return { kind: 'reason', reason: { code: '404', why: 'missing' } };

  // "user cannot open the page, 401 or 403?": a refusal says nothing about who is calling, and the
  // question weighs exactly that.
  const weighsAuthentication = s.auth === 'unknown' && s.codes.includes('401') && s.codes.includes('403');
  if (weighsAuthentication && (s.denials.includes('generic') || s.denials.includes('unauthorized-word'))) return { kind: 'open', fact: 'authenticated' };
  // "customer cannot see a page their colleague can": a refusal, and nothing about the caller or the page.
  // (Not "… blocked by the DLP policy for their group": a rule's refusal does not turn on who is calling.)
  const bareRefusal = s.auth === 'unknown' && s.denials.length === 1 && s.hide === null && !s.sensitive && s.currentCode === null && !s.refusedByRule;
  if (bareRefusal && s.denials.includes('generic') && s.codes.length === 0) return { kind: 'open', fact: 'exists-and-allowed' };
  // "user cannot see the project, 403 or 404?": a refusal weighed between exactly those two codes turns
  // on whether the resource's existence must stay hidden, which the question does not say.
  const weighsHiding = s.codes.includes('403') && s.codes.includes('404') && !s.codes.includes('401') && !s.codes.includes('410');
  // (Not a rule's refusal: "the rule is they cannot file a claim on a lapsed policy, 403 or 404?" refuses an act, hiding nothing.)
  if (weighsHiding && !s.refusedByRule && s.hide === null && s.existence === 'unknown' && s.denials.length > 0 && s.denials.every((d) => d === 'generic' || d === 'unauthorized-word' || d === 'tenant' || d === 'ownership')) {
    return { kind: 'open', fact: 'hidden' };
  }
  if (s.denials.includes('generic')) return forbidden('generic', s);
  if (s.denials.includes('unauthorized-word')) {
    if (s.codes.includes('401')) return { kind: 'open', fact: 'authenticated' };
    return forbidden('generic', s);
  }

  if (s.hide === true) return { kind: 'reason', reason: { code: '404', why: 'hide' } };
  if (s.topics.includes('temporary')) return { kind: 'neighbour', code: '503' };
  // (Not where the asker says its existence is no secret: "a patient record everyone on the ward knows is there" has told the
  // deciding fact, and a refusal is what is left.)
  if (s.sensitive && s.hide === null && s.codes.includes('404') && s.codes.includes('403')) return { kind: 'open', fact: 'hidden' };
  // "signed in, tries the finance dashboard (which everyone knows about)": that existence is no secret
  // matters only for a refusal, so the question is about one.
  if (s.auth === 'valid' && s.hide === false) return forbidden('generic', s);
  if (s.auth === 'valid' || s.existence === 'exists') {
    // "authenticated user, … which one, my lead says 401": a known caller settles 401 whoever proposes it;
    // what is left open is whether they are allowed.
    const authenticationOpen = s.auth !== 'valid' && s.codes.includes('401') && !s.codes.includes('404');
    return { kind: 'open', fact: authenticationOpen ? 'authenticated' : 'allowed' };
  }
  if (s.topics.includes('method')) return { kind: 'neighbour', code: '405' };
  return { kind: 'none' };
}

/** The open fact for a "which code?" question that states no facts at all. */
export function openFactWithoutFacts(s: Situation): OpenFact {
  return openFactForCodes(s.codes);
}

/** A question asked anywhere in the message: a question mark, or a question word or auxiliary that asks without one. */
const ANY_QUESTION = /\?|\b(?:what|whats|which|how|why|when|where|who|whom|whose|is it|is that|is this|are they|does|do we|do i|do you|did|should|shall|could|would|can we|can i|can you|may we|may i|must we)\b/;

/** Whether the question wants a status code as its answer (else it asks about behaviour). */
export function asksForVerdict(s: Situation, resolution: Resolution): boolean {
  if (s.asksOther) return false;
  if (s.asksWhich) return true;
  if (resolution.kind !== 'reason') return false;
  // "gw returns 401 today and their client refreshes the token in a loop forever": no question at all, and today's
  // code told beside a case that calls for another one: the fix is what the message is about.
  if (s.statesACase && s.currentCode !== null && s.currentCode !== resolution.reason.code && !ANY_QUESTION.test(s.text)) return true;
  // "removed for good, want it out of the index asap": for a removal, search engines are the reason to
  // pick the code, not a separate question about them (unless the code is the premise: "if we return 410,
  // does google drop it faster?").
  const removal = !s.asksConsequence && (resolution.reason.code === '410' || (resolution.reason.code === '404' && resolution.reason.why === 'deleted'));
  return !s.topics.some((topic) => QUESTION_TOPICS.includes(topic) && !(removal && topic === 'seo'));
}
