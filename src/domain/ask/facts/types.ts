import { type Doubt } from '../clauses';

/** The facts `ask` reads out of a question: the Situation and its parts. */

export type AuthState = 'none' | 'invalid' | 'valid' | 'unknown';

export type DenialKind =
  | 'role'
  | 'scope'
  | 'tenant'
  | 'ownership'
  | 'ip'
  | 'account'
  | 'plan'
  | 'csrf'
  | 'listing'
  | 'generic'
  /** Only the word "unauthorized" (people use it for both 401 and 403). */
  | 'unauthorized-word';

export type Existence = 'exists' | 'missing' | 'removed' | 'unknown';

export type Topic =
  | 'caching'
  | 'retry'
  | 'seo'
  | 'soft404'
  | 'api'
  | 'swap'
  | 'mistake'
  | 'definition'
  | 'difference'
  | 'scenarios'
  | 'diagnose'
  | 'why'
  | 'security'
  | 'disclosure'
  | 'header'
  | 'reauth'
  | 'client'
  | 'decision'
  | 'rateLimit'
  | 'method'
  | 'moved'
  | 'temporary';

export type OAuthError = 'invalid_token' | 'insufficient_scope' | 'invalid_request';

export interface Situation {
  /** The normalized question. */
  text: string;
  /** Status codes written in the question, in order. */
  codes: string[];
  auth: AuthState;
  /** The credentials are tokens (bearer, OAuth, JWT, API key): RFC 6750 applies. */
  tokenAuth: boolean;
  expired: boolean;
  denials: DenialKind[];
  existence: Existence;
  /** Removed on purpose and for good. */
  permanent: boolean;
  /** Explicitly temporary or accidental. */
  temporary: boolean;
  /** true: its existence must stay hidden; false: explicitly not secret; null: not said. */
  hide: boolean | null;
  /** The resource is called private, confidential or security-sensitive. */
  sensitive: boolean;
  /** The caller is outside the resource's circle: another tenant, not a member, not the owner. */
  outsider: boolean;
  /** The server answers 200 for something that is not there. */
  softNotFound: boolean;
  oauthError: OAuthError | null;
  topics: Topic[];
  /** The question explicitly asks which status code fits. */
  asksWhich: boolean;
  /** The code the service answers today ("we return 403 when …"), else the one the question proposes ("is 403 right?"). */
  currentCode: string | null;
  /** Nothing to read: empty or only markup. */
  empty: boolean;
  /** Facts the question says it does not know ("not sure if they are logged in"). */
  doubts: Doubt[];
  /** "if we return 410, does google drop it faster?": a code is the premise, its consequence the question. */
  asksConsequence: boolean;
  /** The question asks what the choice depends on. */
  asksDeciding: boolean;
  /** The question asked is another one ("… why is 401 the rule?", "what will the crawler do next?"): no verdict. */
  asksOther: boolean;
  /** Facts of a case are stated (a caller's credentials, a refusal, a missing or removed resource), not only an OAuth error's name. */
  statesACase: boolean;
  /** The refusal is a rule's (a policy, a filter, a region or network block), decided whatever the caller's identity. */
  refusedByRule: boolean;
}
