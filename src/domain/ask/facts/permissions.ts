import { has, hasAffirmed, hasNear } from '../match';
import type { DenialKind } from './types';
import { type Hinted, REAUTH_CHANGES_NOTHING, hintedMatch } from './vocabulary';

/** Permissions and policies: what refuses an identified caller (403): roles, scopes, tenants, plans, networks, bans. */

/** A group of people a setting can apply to: "for students", "for the contractors", "for free users". */
export const GROUP_OF_PEOPLE =
  '(?!(?:all|every|everyone|everybody|good|ever|now)\\b)(?:the |our |their |its |his |her )?(?:[a-z-]+ )?(?:students|users|members|customers|employees|contractors|guests|interns|staff|teachers|partners|viewers|editors|readers|tenants|orgs|teams|accounts|people|clients|trainees|freelancers|externals|seats|profiles|kids|children|minors|substitutes|resellers|sellers|agents|drivers|volunteers)\\b';

const PRIVILEGED_ROLE =
  '(?:admin|admins|administrator|administrators|owner|owners|member|members|editor|editors|maintainer|maintainers|manager|managers|moderator|moderators|superuser|super user|root|staff|collaborator|collaborators|approver|reviewer|contributor|contributors|operator|superadmin|org admin|workspace admin|billing admin|billing-admin|project admin|project owner|account owner|sysadmin|privileged user)';

const ROLE_DENIAL: readonly RegExp[] = [
  // "the owner disabled downloads for family seats", "the admin turned off grade exports for substitute teachers": an action switched off for the caller's group.
  new RegExp(`\\b(?:disabled|turned off|switched off|blocked|restricted|locked|revoked|disallowed|removed) (?:the |all )?(?:[a-z-]+ ){1,2}(?:for|on) ${GROUP_OF_PEOPLE}`),
  // Pasted code that checks a permission before refusing: "if !user.hasperm(billing:admin) {", "if not request.user.has_perm(...)".
  // A pasted structured log with quoted fields: {"decision":"deny"}, "authz": "denied", effect='deny'.
  /\b(?:authz|authorization|rbac|policy|acl|opa|permission|decision|policy_decision|effect)["'] ?[:=] ?["'](?:deny|denied|reject(?:ed)?|forbidden|not_allowed|disallow(?:ed)?)\b/,
  // A pasted authorization log line: "[authz] deny user=u_1 action=grades:write reason=role", "policy decision=deny".
  /\b(?:authz|authorization|rbac|policy|acl|opa|permission)\]? ?(?:decision ?(?:=|:|is) ?)?(?:deny|denied|reject(?:ed)?)\b|\b(?:deny|denied|reject(?:ed)?|refused?)\b[^.;\n]{0,100}\breason ?(?:=|:|is) ?['"]?(?:role|roles|permission|permissions|perm|rbac|policy|acl|missing_role|insufficient_role|not_permitted|forbidden)\b/,
  /(?:!\s*|\bnot )[a-z_.]*\b(?:has_?perms?|has_?permissions?|has_?roles?|has_?access|has_?scopes?|can_?access|is_?allowed(?:_?to)?|is_?authori[sz]ed|check_?perm\w*|is_?granted|user_?can|can)\s*\(/,
  // "the repo was archived (read only, still visible); a maintainer tries to push and is rejected": the state refuses the write.
  /\b(?:archived|read[- ]only|locked|frozen)\b[\s\S]{0,160}?\b(?:push|pushes|pushing|write|writes|commit|commits|edit|edits|update|updates|upload|uploads)\b[^.]{0,40}\b(?:rejected|refused|denied|fails?|failed|blocked)\b/,
  // "four-eyes rule says no", "maker-checker": a control that keeps this person from this action.
  /\b(?:four[- ]eyes|4[- ]eyes|maker[- ]checker|separation of duties|segregation of duties|dual control|two[- ]person rule)\b(?! (?:review |check |rule )?(?:passed|approved|succeeded|was fine|is fine|was ok|is ok|went through))/,
  // "his role was not provisioned", "access is not granted yet": what the caller needs was never given.
  /\b(?:role|roles|access|permissions?|group membership|membership|entitlements?|license|licence|seat|grants?|consent)\b (?:was |were |is |are |has |have |had )?(?:not|never) (?:yet )?(?:been )?(?:provisioned|assigned|granted|set up|added|synced|given)\b/,
  // "their admin restricted them from the reports tab", "excluded from the finance space": someone set this
  // "the project is read-only and they try to push": a policy on the resource refuses the write.
  /\b(?:is|are|was|were|became|been|set to|made|marked) (?:now )?read-only\b/,
  // "authorized to read, not to write", "may view but not edit".
  /\b(?:authori[sz]ed|allowed|permitted|entitled|able|can|may) (?:to )?(?:read|view|see|list|get|download|comment|open)\b[^.;]{0,25}\b(?:but )?(?:not|cannot|can not|may not|(?:is|are) not allowed to) (?:to )?(?:write|edit|update|delete|change|modify|post|create|upload|push|approve|publish)\b/,
  new RegExp(`\\b(?:not|no longer|never been|isn't)(?: (?:an?|the|even|yet|really|actually|one of|among))* ${PRIVILEGED_ROLE}\\b`),
  // "the service account just does not have admin": a role named bare, as what the caller holds.
  new RegExp(`\\b(?:does not|do not|did not|doesnt|dont) (?:have|hold|carry) (?:the )?${PRIVILEGED_ROLE}(?= *(?:[.;,!?)]|$| (?:on|for|in|rights|role|permissions?|privileges?)\\b))`),
  /\b(?:missing|lacks?|lacking|without|no|not have|does not have|do not have|did not have|has no|have no|had no|insufficient|inadequate|wrong|not enough|not the right|lack of|no longer has)(?: [a-z:_-]+){0,2} (?:role|roles|permission|permissions|privilege|privileges|rights|right (?:to|for)|access rights|grant|grants|entitlement|entitlements|acl|group membership|clearance|authority)\b/,
  /\b(?:role|roles|permission|permissions|privilege|privileges|entitlement|grant)s? (?:is |are |was |were |got |has been |have been )?(?:missing|lacking|not granted|not assigned|not present|denied|removed|revoked|insufficient|not enough|mismatch|mismatched|wrong)\b/,
  /\b(?:not|never|no longer) (?:got|get|hold|holds|have|has|had|carry|carries|received|gotten)(?: [a-z:_-]+){0,3} (?:role|roles|permission|permissions|privilege|privileges|rights|grant|grants|access(?! tokens?| keys?))\b/,
  /\blost (?:their |his |her |the |its )?(?:[a-z-]+ )?(?:access|permission|permissions|role|rights|membership)\b|\b(?:left|leaving|quit) (?:the |their |his |her )?(?:[a-z-]+ )?(?:team|org|organization|project|company|workspace|group)\b/,
  // "she was in the owners group until yesterday": a membership that has ended.
  /\b(?:was|were|used to be) (?:in|a member of|part of|on) (?:the |their |his |her )?(?:[a-z-]+ )?(?:team|group|org|organization|project|workspace|channel)\b[^.;]{0,15}\buntil\b/,
  new RegExp(`\\b(?:requires?|required|needs?|only (?:for|by)|reserved for|restricted to) (?:an? |the )?${PRIVILEGED_ROLE}\\b`),
  // "the org setting restricts repository deletion to owners", "workspace policy limits invites to admins": an action a
  // setting keeps for a role (not "limits uploads to 10 mb": the role is named).
  new RegExp(`\\b(?:restricts?|restricted|limits?|limited|reserves?|reserved) (?:the )?(?:[a-z-]+ ){1,3}to (?:the |org |repo |repository |workspace |project |team |account )?${PRIVILEGED_ROLE}s?\\b`),
  // "reserved for platform operators", "limited to the finance team", "meant only for sre staff", "reserved for internal
  // services": any group of people or of callers.
  /\b(?:reserved|restricted|limited|available only|only available|(?:meant|intended|designed) only|only (?:meant|intended|designed)) (?:for|to) (?:the |our |their |a |an )?(?:[a-z-]+ ){0,2}(?:operators?|admins?|owners?|staff|team|teams|group|groups|users|members|employees|managers|engineers|roles?|accounts|customers|partners|people|humans?|holders?|creators?|authors?|services|systems|apps|applications|integrations|clients|bots|machines|workloads|tools)\b/,
  // "limited to verified merchants", "restricted to approved vendors": a qualified class of callers, whatever its noun.
  /\b(?:reserved|restricted|limited|available only|only available|(?:meant|intended|designed) only|only (?:meant|intended|designed)) (?:for|to) (?:the |our |their )?(?:verified|approved|vetted|certified|licensed|accredited|trusted|whitelisted|allowlisted|authorized|authorised|senior|internal|enterprise|premium|paying|paid|registered|kyc-verified|onboarded) (?:[a-z-]+ )?[a-z]{3,}s\b/,
  // "the groups claim lacks finance", "roles claim does not include admin".
  /\b(?:groups?|roles?|permissions?|entitlements?)(?: claim| attribute| list| field)? (?:lacks?|is missing|does not (?:include|contain|have|list)|do not (?:include|contain|have)|has no|excludes?)\b/,
  // "user is a viewer trying to delete": a role that is by name the least privileged one.
  /\b(?:is|as|only|just|still) (?:a |an )?(?:viewer|reader|commenter|reporter|observer|auditor|read-only (?:user|member)|guest user|guest)\b/,
  /\b(?:viewer|reader|commenter|observer|auditor|read-only user|guest user)s?\b(?: [a-z-]+){0,2} (?:tries|try|trying|attempts?|attempting|wants?|deletes?|edits?|posts?|puts?|writes?|updates?|modif\w*|changes?|removes?|creates?|uploads?|approves?|publish\w*)\b/,
  // "disabled this user's write access", "took away her edit rights".
  /\b(?:disabled|revoked|blocked|turned off|switched off|took away|taken away|pulled) (?:[a-z']+ ){0,2}(?:api |write |read |admin |edit |export |delete )?(?:access|permissions?|rights)\b/,
  // "took the export permission away from his user": the verb split around its object.
  /\b(?:took|taken|take|takes|taking) (?:the |his |her |their |its |all |[a-z]+'s )?(?:[a-z:_-]+ ){0,2}(?:access|permissions?|rights?|roles?|privileges?|scopes?|grants?) away\b/,
  // "not on the project member list", "not on the roster".
  /\bnot (?:on|in) (?:the |their |our |its )?(?:[a-z-]+ ){0,2}(?:member list|members list|list|roster|access list|guest list|team|group|invite list)\b/,
  // "a class she does not teach", "a repo he does not maintain": the caller has no part in it.
  /\b(?:she|he|they|the user|user|the caller|caller|it) (?:does not|do not|did not) (?:own|teach|manage|maintain|administer|belong to|work (?:on|for|in)|have access to|have rights on)\b/,
  /\b(?:disabled|revoked|blocked|turned off|restricted|switched off) (?:the |their |its |all )?(?:api |write |read |admin )?access\b/,
  /\b(?:removed|revoked|took away|taken away|pulled|withdrew|withdrawn|cut) (?:their|his|her|the user's|its|the|all) (?:access|permission|permissions|role|roles|rights|membership)\b/,
  /\b(?:removed|kicked|dropped)(?: them| him| her| the user| me| us)? from (?:the |this |that |their |our |his |her )?(?:[a-z-]+ )?(?:project|team|org|organization|workspace|group|channel|repo|tenant|account)\b/,
  // "a project they were removed from": the person was removed, and with them their access.
  /\b(?:they|he|she|user|member|caller|i|we|you|employee|contractor) (?:were|was|got|have been|has been|had been) (?:removed|kicked|dropped) from\b/,
  // "the admin removed them from the share", "unshared him from the folder": a person taken off what was shared with them
  // (the person is named: "the file was removed from the folder" is a file's removal).
  /\b(?:removed|kicked|dropped|unshared|unshare) (?:them|him|her|the user|me|us|the member|the caller) from (?:the |this |that |their |our |his |her )?(?:[a-z-]+ )?(?:shares?|shared (?:folders?|drives?|docs?|documents?|files?|spaces?|albums?|boards?|lists?|calendars?)|folders?|drives?|access lists?|acls?|allowlists?|invite lists?|guest lists?|member lists?|members list)\b/,
  // "the merchant never granted that partner consent for orders": the owner's grant to this client is missing (not revoked
  // consent, whose tokens end with it: that is read as an ended credential).
  /\b(?:not|never) (?:been )?(?:given|granted|assigned)(?: [a-z]+){0,2} (?:access|permission|permissions|role|roles|rights|consent)\b/,
  /\b(?:need|needs|requires?|required|only for|restricted to|reserved for|limited to)(?: the| an?)? [a-z:_-]+ (?:role|permission|group|membership)\b/,
  /\bnot (?:part|a member|member|in) of (?:the |this |that |a |their |our )?(?:[a-z-]+ )?(?:group|team|org|organization|project|workspace|channel|repo|department|class)\b/,
  /\b(?:may|can|allowed to) (?:only )?(?:read|view|see)\b[^.;]{0,40}\bbut not\b/,
  /\bonly (?:the |an? |our |their )?[a-z-]+(?: [a-z-]+){0,2} (?:can|may|are allowed to|is allowed to|is permitted to|are permitted to|get to|gets to)\b/,
  // "alumni only get to see public datasets", "guests only get to view": what a kind of caller is kept to (plurals without an s too).
  /\b(?:[a-z-]+s|alumni|staff|people|children|personnel|faculty|crew|freshmen|media) only (?:get|gets) to (?:see|view|read|open|access|use|download|edit|touch)\b/,
  // "the token only has read:metadata": a grant named by its scope string, the request beyond it.
  /\bonly (?:has|have|had|carries|carry|grants?|holds?|includes?) (?:the )?(?:scopes? )?[a-z_.-]+:[a-z_.*-]+\b/,
  // "the data room only releases files 09:00-17:00 mon-fri": a rule of hours, the request outside them.
  /\bonly (?:releases?|allows?|opens?|serves?|accepts?|permits?|lets? (?:people|users|staff|them) [a-z]+)\b[^.;]{0,40}\b(?:\d{1,2}(?::\d\d)?\s?(?:-|–|to|until)\s?\d{1,2}(?::\d\d)?|business hours|office hours|working hours|on weekdays|mon-fri)\b/,
  // "a parental rule \"can't disarm the alarm\"", "school policy: cannot book rooms after 6pm": a refusal a rule on people
  // states (not "retention policy: cannot recover files", which is about the data).
  /\b(?:parental|family|household|guardian|child|kid|teen|user|member|profile|role|group|school|company|org|team|department|tenant) (?:rule|policy|setting|control|restriction)s?:? ["'“‘]?(?:cannot|can't|can not|may not|must not|not allowed to) [a-z]+/,
  // "can only be deleted by the retention officer role", "may be approved only by managers": the action kept for others.
  /\b(?:can|may|could|is allowed to|are allowed to)(?: only)? be [a-z]+(?:ed|en|wn|ne)(?: or [a-z]+(?:ed|en|wn|ne))? only by\b|\b(?:can|may|could) only be [a-z]+(?:ed|en|wn|ne)(?: or [a-z]+(?:ed|en|wn|ne))? by\b/,
  // "the sealed flag means only attorneys open it": a circle of people named without a modal verb.
  /\bonly (?:the )?[a-z-]+s (?:open|see|view|read|access|edit|download|get at) (?:it|them|this|that|those)\b/,
  /\brole (?:is )?only\b|\bonly (?:has |have )?(?:a |the )?[a-z-]+ role\b|\bregular (?:member|user|account)\b|\blow[- ]priv\w*/,
  /\b(?:group|role|policy|plan|iam policy) (?:does not|do not|did not) (?:allow|grant|permit|include)\b/,
  /\b(?:has|have|with|got) (?:only )?(?:read|view|viewer|read-only)(?: access| permission| rights)? (?:but|and) not (?:write|edit|delete|admin|push)\b/,
  /\b(?:roles?|polic(?:y|ies)|permissions?|scopes?|grants?) (?:grants?|allows?|permits?|covers?|includes?) only\b/,
  // (Not "support escalation", "escalated the ticket to ops", "escalation: a partner still calls …", "escalation notes": a case handed up the support chain.)
  /\bescalat\w*\b(?!\s?[:(]| notes?\b| from (?:l[0-9]|tier|level|support|the (?:front|first))\b)(?<!\b(?:support|customer|ticket|incident|sev[0-9]?|p[0-9]|internal|an|the|tier[- ]?[0-9]) escalat\w*)(?! (?:(?:the |this |that |a |an )?(?:ticket|case|issue|incident|call)|(?:it |this |that )?to (?:ops|support|engineering|the on-?call|on-?call|tier|l[0-9]|management|us|them|me)|(?:path|policy|process|queue|channel|from))\b)|\bpolicy (?:engine )?says (?:deny|no)\b|\b(?:rbac|authz|authorization) says no\b/,
  // "no admin access" names a role; "without the right access" only says access is lacking (generic).
  /\b(?:no|without|lacks?|lacking|has no|have no) (?!(?:the |any )?(?:right|proper|required|necessary|needed|correct|sufficient|appropriate|relevant) access\b)(?:[a-z-]+ ){1,2}access\b(?! token| key)/,
  /\b(?:not|never|no longer) (?:allowed|permitted|entitled|supposed|authorized|authorised) to\b/,
  /\b(?:does not|do not|did not|cannot|can not) (?:have )?(?:access|permission|rights)\b/,
  /\b(?:no|without|lacks?|lacking|has no|have no) access\b/,
  /\b(?:rbac|abac|acl|iam|opa|policy|policies|role binding|rolebinding|permission check|authz check|access control)(?: [a-z]+){0,3} (?:denies|denied|deny|mismatch|mismatched|blocks|blocked|rejects|rejected|fails|failed|does not (?:allow|grant|permit|include|cover)|forbids)\b/,
  /\brbac\b/,
  // "if (!user.roles.includes('hiring_manager')) return …": a code line that refuses callers without a role.
  /!\s*(?:[a-z_]+\.)*(?:roles|permissions|perms|groups)\.(?:includes|has|contains|some|indexof)\(|!\s*(?:[a-z_]+\.)*(?:hasrole|has_role|haspermission|has_permission|isadmin|is_admin|ismanager|is_manager)\(/,
  /\b(?:role|roles|permissions?|access|plan|seat)(?: [a-z]+)? (?:was |were |got |has been |have been )?(?:downgraded|reduced|demoted|narrowed|restricted)\b|\b(?:downgraded|demoted) (?:from|to)\b/,
  // Not "access denied": that is the refusal itself, which says nothing about who is calling.
  /\b(?:authorization|authz|permission|policy|rbac|acl)(?: check| checks| layer| middleware| guard)? (?:fails|failed|failing|failure|denies|denied|rejects|rejected|says no)\b/,
  /\b(?:only|just) (?:admins|owners|members|managers|staff|editors|maintainers|the owner|the admin|org admins|workspace admins|super ?admins)(?: (?:can|may|should|are allowed|have access))?\b/,
  /\b(?:admins?|owners?|staff|managers?|members?|paid|premium|subscribers?|employees?|internal|vip|pro|enterprise|business|plus|team|gold|platinum)[- ]only\b/,
  // "the adjustment screen, which is supervisors only": a page kept for one kind of person.
  /\b(?:which|that|it|this) (?:is|are) (?:for )?[a-z-]*(?:ors|ers|ists|admins|ians|ees|ents|leads|heads|owners|members|staff|managers|officers)(?<!users) only\b/,
  /\bguest (?:role|roles|account|accounts|member|members|permissions?)\b/,
  // (Not "logged in with normal access to the space": ordinary access held is no limit.)
  /(?<!rate |rate-)\b(?!(?:regular|normal|standard) (?:access|permissions?)\b)(?:read-only|readonly|viewer|view-only|basic|regular|normal|standard|unprivileged|low-privilege|limited)(?: [a-z-]+)? (?:user|users|role|account|member|members|token|key|seat|permission|permissions|access)\b/,
  // (Not "an authorized caller with read permission requests version 4": reading is what the permission allows; a limit only where
  // it is said to be one, or a write is tried.)
  /\b(?:only|just) (?:read|read-only|view|viewer|view-only)(?: only)? (?:access|permission|permissions|rights|role)\b|\b(?:has|have|had|with) (?:read-only|view-only|(?:read|view|viewer) only)(?: access| permission| permissions| rights| role)\b|\b(?:has|have|had|with) (?:read|view|viewer) (?:access|permission|permissions|rights|role)\b(?=[^?]{0,120}\b(?:tries|try|trying|tried|attempts?|attempting|attempted|wants?|wanted|delete|deletes|deleting|edit|edits|editing|write|writes|writing|push|pushes|pushing|post|posts|posting|put|puts|patch|patches|update|updates|updating|modify|modifies|approve|approves|create|creates|upload|uploads|change|changes|remove|removes|publish|publishes|but|however|yet|needs?|requires?)\b)/,
  // "their role limits them to editing the swedish fields; they tried to save the en-us one": a grant bounded, then a try past it.
  /\b(?:role|roles|permissions?|access|rights|grant|seat|license|licence)s? (?:only )?(?:limits?|limited|restricts?|restricted|confines?|confined) (?:them|him|her|the user|the caller|users|it)? ?to\b[^?]{0,120}\b(?:tried|tries|try|trying|attempts?|attempted|wants?|wanted)\b/,
  /\b(?:privilege escalation|elevated (?:privileges|permissions|rights))\b/,
  /\bnot in the (?:\w+ )?(?:group|role|team|allowed list)\b/,
  // (Not "it is not in the repository's history": a thing of the repository's, not the caller's membership.)
  /\bnot (?:part of|a member of|in) (?:the |that |this )?(?:team|group|project|workspace|org|organization|organisation|channel|repo|repository)\b(?!')/,
];

/** Role denials behind a cheap hint: their patterns compile and run only where a hint word occurs. */
const ROLE_DENIAL_HINTED: readonly Hinted[] = [
  // "datasets require a current ethics training certificate; a user whose certificate expired", "his safety certificate lapsed": a
  // qualification a rule asks of the person, which the person no longer holds (their standing, not the request's credential: 403).
  [
    /\b(?:training|ethics|compliance|safety|course|exam|background)\b/,
    /\b(?:his|her|their|whose|[a-z]+'s) (?:[a-z-]+ ){0,3}(?:certificates?|certifications?|certs?|records?|clearances?) (?:has |have |had |is |are |was |were )?(?:expired|lapsed|ran out|run out|out of date|outdated|not (?:current|valid|renewed|up to date)|no longer (?:current|valid))\b/,
  ],
  // "ci service account is limited to staging by policy", "kiosk accounts only get pos screens", "contractor keys are scoped to
  // the billing module": a class of caller confined by a rule, and the question is about a request outside it (not "limited to
  // 100 requests a minute": a rate, read as 429; not "users only see / only have …", which says what is visible to them and
  // leaves hiding the rest open).
  [
    /\b(?:limited|restricted|confined|scoped|locked|pinned) to\b|\bonly (?:get|gets|can)\b/,
    /\b(?:accounts?|acct|users?|keys?|tokens?|roles?|bots?|clients?|apps?|seats?|members?|guests?|staff|contractors?|agents?|kiosks?|devices?|identit(?:y|ies)|principals?|pipelines?|runners?) (?:is |are |was |were |get |gets |got |have been |has been )?(?:only )?(?:limited|restricted|confined|scoped|locked|pinned) (?:by (?:policy|rule|config|an? admin|the admin|their admin) )?to (?!(?:\d|a (?:few|max|maximum|total|rate)|one |two |three |five |ten |max)\b)(?:the )?[a-z]|\b(?:accounts?|users?|keys?|tokens?|roles?|bots?|seats?|members?|guests?|staff|contractors?|kiosks?|devices?) only (?:get|gets|can (?:use|open|access|reach|call)) (?:access to )?(?!(?:\d|a (?:few|max|maximum|limited)|one |two |three |five |ten )\b)(?:the )?[a-z]/,
  ],
  // "company policy says nobody approves their own", "users cannot merge their own pull request", "self-approval is blocked":
  // a separation-of-duties rule that refuses this person this act (four-eyes, said without the name).
  [
    /\bown\b|\bself[- ]?approv/,
    /\bself[- ]?approv\w*\b|\b(?:nobody|no one|noone|cannot|can not|may not|must not|not allowed to|not permitted to|never allowed to|is not allowed to|are not allowed to)(?: [a-z]+)? (?:approves?|reviews?|merges?|signs? off(?: on)?|authori[sz]es?|verif(?:y|ies)|audits?|grades?|rates?|countersigns?|releases?) (?:their|his|her|your|its|one's) own\b/,
  ],
  // "the channel is listed as read-only announcements, they try to post to it", "a read-only board, he tries to comment": the
  // place's own permissions allow reading, and the caller asks to write (not a read-only key: READ_ONLY_CREDENTIAL reads that).
  [/\bread-?only\b/, /\bread-?only\b(?! (?:tokens?|keys?|api keys?|credentials?|scopes?|jwts?|replicas?|mode|file ?systems?|fs|volumes?|disks?|databases?|db)\b)(?:(?!\b(?:deleted|removed|purged|retired|gone|archived)\b)[^?]){0,80}\b(?:try|tries|tried|trying|attempts?|attempted|wants?|wanted) to (?:post|write|edit|upload|send|comment|publish|reply|modify|delete|change|add)\b/],
  // "her proxy access ended", "his delegated rights expired", "the guardian's permission lapsed": a grant that ran its
  // course (not "the access token expired": a credential, read by the authentication readers).
  [/\b(?:ended|expired|lapsed|ran out|run out|terminated|ceased|stopped)\b/, /\b(?:(?:her|his|their|its|[a-z]+'s) |(?:proxy|delegate|delegated|delegation|guardian|parental|caregiver|carer|temporary|contractor|guest|trial|shared|family) )(?:[a-z-]+ )?(?:access|permissions?|rights|role|membership|delegation|authority|entitlements?|grants?)(?: (?:to|for|on|over) (?:the |her |his |their |its )?[a-z0-9-]+(?:'s)?(?: [a-z0-9-]+){0,2})? (?:has |have |had |was |were )?(?:ended|expired|lapsed|ran out|run out|been terminated|terminated|ceased|stopped|been revoked)\b/],
  // "a class they are not assigned to", "the agent is not assigned to that ticket": access that follows an assignment the caller lacks
  // (not "ids that were never assigned": that is an id never issued).
  [/\bassigned to\b/, /\b(?:they|he|she|you|i|we|user|users|caller|callers|agent|agents|staff|employee|employees|member|members|teachers?|nurses?|doctors?|physicians?|clinicians?|tutors?|reviewers?|drivers?|technicians?|engineers?|managers?|auditors?|lawyers?|attorneys?|caseworkers?|adjusters?|reps?|officers?|instructors?|professors?|substitutes?|contractors?|analysts?|operators?|moderators?|editors?|approvers?|volunteers?|coaches?|students?) (?:are|is|was|were|am|have|has|had)? ?(?:not|never) (?:yet )?(?:been )?assigned to\b/],
  // "shared with their org as view-only and they try PUT", "tries to transfer money where they're only a view delegate":
  // a caller who may only look, asked to change something.
  [
    /\b(?:view|read|viewer|reader|look)\b/,
    /\b(?:view[- ]?only|read[- ]?only|(?:is|are|as|only|just|a|an|the) (?:an? )?viewer\b|viewer (?:role|access|permissions?|rights|seats?)|view (?:delegates?|access|roles?|rights|permissions?|grants?|shares?)|read (?:access|roles?|rights|permissions?))\b[^.;]{0,60}\b(?:tries|try|trying|attempts?|attempting|wants?|calls?|sends?|issues?|does|do)\b(?: to| an?| the)?\b[^.;]{0,12}(?<!\/)\b(?:put|post|patch|delete|create|write|edit|update|modify|remove|transfer|publish|approve|move|share|invite|upload|rename|pay|withdraw|sign|submit|send|execute|grant|assign|book|order|buy|sell|trade|refund|cancel|close|archive|restore|deploy|merge|push|commit|reset|change|configure|add)s?\b|\b(?:tries|try|trying|attempts?|attempting|wants?) to (?:put|post|patch|delete|create|write|edit|update|modify|remove|transfer|publish|approve|move|share|invite|upload|rename|pay|withdraw|sign|submit|send|execute|grant|assign|book|order|buy|sell|trade|refund|cancel|close|archive|restore|deploy|merge|push|commit|reset|change|configure|add)\b[^.;]{0,100}\b(?:only (?:an? )?(?:view|read|viewer|reader|read-only|view-only)\b|view[- ]only|read[- ]only|as (?:an? )?viewer)/,
  ],
  // "they're only contributor (editor required)", "she is just a commenter": a lesser role than the action asks for.
  [
    /\b(?:only|just|merely)\b|\b(?:required|needed)\b/,
    /(?:\b(?:they|he|she|i|you|we|user|users|caller|callers|customer|customers|employee|employees|staff|account|[a-z]+(?:er|or|ist|ant|ent|ian)s?) (?:is|are|am|was|were)|\bas) (?:only|just|merely) (?:an? )?(?:contributors?|viewers?|readers?|commenters?|guests?|observers?|auditors?|participants?|delegates?|view delegates?|basic members?|regular members?|plain members?|assistants?|trainees?|interns?|juniors?|members?)\b(?! (?:lists?|directory|directories|pages?|areas?|sections?|views?|feeds?|portals?|forums?|counts?|profiles?|books?|logs?|for)\b)|\b(?:editor|admin|administrator|owner|manager|maintainer|publisher|approver|moderator|supervisor|reviewer|signer|signatory)(?: role| rights| access| permissions?| level)? (?:is |are |was )?(?:required|needed|necessary)\b/,
  ],
  // "revoked maria's export permission", "pulled the user's delete right": a named permission taken away.
  [/\b(?:removed|revoked|took away|taken away|pulled|withdrew|withdrawn|stripped|dropped)\b/, /\b(?:removed|revoked|took away|taken away|pulled|withdrew|withdrawn|stripped|dropped) (?:their|his|her|its|the|all|[a-z]+'s|the [a-z]+'s) (?:[a-z-]+ ){0,2}(?:access|permissions?|roles?|rights?|membership|privileges?|grants?)\b(?! (?:away|now|after|before|there|here|tokens?|keys?)\b)/],
  // "the tenant admin disabled the api console for contractors": a setting that refuses a group of people.
  [/\b(?:disabled|turned off|switched off|deactivated|locked|blocked|hid|hidden)\b[^.;]{0,40}\bfor\b/, new RegExp(`\\b(?:disabled|turned off|switched off|deactivated|locked|blocked|hid|hidden) (?:(?:the |their |his |her |this |that |its |our )?(?:[a-z-]+ ){0,3})?for ${GROUP_OF_PEOPLE}`)],
  // caller's permissions so; a deliberate restriction is a permission, like a missing role.
  [/\b(?:restricted|excluded|took away|taken away|withdrew|withdrawn|revoked)\b/, /\b(?:restricted|excluded)(?: (?:them|him|her|the user|this user|that user|users|the caller|the customer|customers|the employee|this employee|employees|members|the member|the account))? (?:from|out of)\b|\b(?:restricted|revoked|took away|taken away|withdrew|withdrawn) (?:their|his|her|the user's|this user's|the employee's|this employee's|the customer's|its) access (?:to|for)\b/],
  // "a guest user (logged in, read-only) tries to invite people": a least-privileged caller asking for
  // more than reading, with an aside between them.
  [/\b(?:viewer|reader|commenter|observer|auditor|read-only|guest)s?\b/, /\b(?:viewer|reader|commenter|observer|auditor|read-only (?:user|member)|guest user|guest)s?\b[^.;]{0,40}?\b(?:tries|try|trying|attempts?|attempting|wants?) to (?!(?:read|view|see|list|get|download|open|look|browse|access|fetch|search|check|log|sign)\b)[a-z]+/],
  // "a read-only integration tries to create users": a write asked of something that may only read.
  [/\bread-only\b/, /\bread-only\b[^.]{0,40}\b(?:tries|try|trying|attempts?|attempting|wants?|calls?|sends?|to)\b[^.;]{0,12}\b(?:create|write|delete|update|edit|post|put|patch|modify|remove|change|upload|invite|archive|rename|move|share|manage|configure|approve|publish|cancel|transfer|assign|grant|merge|deploy|restore)s?\b/],
  // "nobody gave him a role yet", "no one assigned her any permissions".
  [/\b(?:give|gave|given|assign|assigned|grant|granted)\b/, /\b(?:nobody|no one|noone|not|never|did not|has not|have not) (?:yet )?(?:give|gave|given|assign(?:ed)?|grant(?:ed)?)(?: (?:him|her|them|the user|this user|it))? (?:a |the |any |an )?(?:[a-z-]+ )?(?:role|roles|permission|permissions|access|rights)\b/],
  // "the owner did not invite them", "never been shared with her": not let in, so refused.
  [/\b(?:invited|uninvited|invite|add|share|shared)\b/, /\b(?:not|never) (?:yet |even )?(?:been )?invited\b|\buninvited\b|\b(?:did not|does not|do not|has not|have not|never) (?:yet )?(?:invite|add|share (?:it |this |that )?with) (?:them|him|her|the user|this user|that user|the caller|me|us)\b|\b(?:not|never) (?:yet )?(?:been )?shared with\b/],
  // A platform's own name for "identified, and not permitted": gRPC PERMISSION_DENIED, AWS AccessDenied,
  // a GraphQL error code FORBIDDEN. The platform only says so of a caller it has identified.
  [/permission_?denied|access_?denied|unauthorizedoperation|authorizationfailed|code\W{1,4}forbidden/, /\bpermission_?denied\b|\baccess_?denied(?:exception)?\b|\bunauthorizedoperation\b|\bauthorizationfailed\b|\bcode\W{1,4}forbidden\b/],
  // "her RoleBinding gives view in ns dev only", "the ClusterRole only grants get and list": a grant that
  // covers something else than what is asked (Kubernetes, IAM, ACLs, policies); not "allows GET only", which restricts a method.
  // "email is visible only to admins and the owner", "readable by org owners only": a circle the caller is not named in.
  // Service-to-service allowlists: "svc-ledger only lets svc-billing call it", "accepts requests from checkout-svc only".
  // (One pattern behind one hint: "only" is a common word, and one scan is cheaper than three.)
  [/\bonly\b/, /\b(?:role|roles|rolebindings?|role bindings?|clusterroles?|cluster roles?|clusterrolebindings?|bindings?|polic(?:y|ies)|grants?|acls?|permission sets?|permissions?)\b[^.;]{0,40}\b(?:only (?:grants?|gives?|covers?)\b|only (?:allows?|permits?|lets?)\b(?! (?:get|head|post|put|patch|delete|options)\b)|(?:grants?|gives?|covers?)\b[^.;]{0,40}\bonly|(?:allows?|permits?)\b(?! (?:get|head|post|put|patch|delete|options)\b)[^.;]{0,40}\bonly\b)|\b(?:visible|viewable|readable|shown|accessible|available|reserved|restricted) only (?:to|for|by)\b|\bonly (?:visible|viewable|readable|shown|accessible) (?:to|for|by)\b|\b(?:visible|viewable|readable|shown|accessible) (?:to|for|by) (?:the )?[a-z -]{1,30}\bonly\b|\bonly (?:lets|allows|permits|accepts|trusts)\b(?! (?:get|head|post|put|patch|delete|options)\b)[^.;]{0,30}\b(?:call|calls|in|through|access|requests|traffic)\b|\b(?:accepts?|allows?|permits?|trusts?) (?:requests |calls |traffic )?(?:from )?(?:the )?(?!(?:get|head|post|put|patch|delete|options)\b)[a-z0-9-]+(?: [a-z0-9-]+)? only\b|\b(?:allowed|permitted|open|enabled|granted|exposed) only (?:to|for)\b(?! (?:get|head|post|put|patch|delete|options|reads?|now|today|testing|internal use)\b)|\bonly (?:allowed|permitted|open|enabled|granted|exposed) (?:to|for)\b(?! (?:get|head|post|put|patch|delete|options|reads?|now|today|testing)\b)/],
];

const SCOPE_WORD = /\bscopes?\b|\bscp claim\b/;

/** "her role still includes access to that article", "his roles still grant it": the permission is there, whatever else fails. */
const ROLE_FINE =
  /\b(?:role|roles|permissions?|rights) (?:still|already) (?:includes?|grants?|covers?|allows?|gives?|permits?) (?:(?:her|him|them|the user|the caller) )?(?:full )?(?:access|it)\b(?![^.;]{0,30}\b(?:but|except)\b)|\b(?:role|roles|permissions?) (?:is|are) (?:still )?(?:fine|ok|okay|correct|unchanged|intact|in order)\b/;

/**
 * "token is valid and scope is fine", "the scopes are all correct": the scope said to be enough, so a negative word nearby ("maybe
 * they typed one wrong digit. token is valid and scope is fine") is about something else.
 */
const SCOPE_FINE =
  /\bscopes? (?:is|are|was|were|looks?|seems?) (?:all |totally |perfectly |also |both )?(?:fine|ok|okay|correct|right|sufficient|enough|valid|good|in order)\b|(?<!\b(?:not|never|no longer|without)\s)\b(?:has|have|had|carries|carry|with) (?:all )?(?:the )?(?:right|correct|needed|required|necessary) scopes?\b/;

const SCOPE_NEGATIVE =
  /\b(?:missing|lacks?|lacking|insufficient|without|no|not|only|wrong|does not include|do not include|not granted|narrow|limited|needs?|requires?|required|requiring|requirement|mandatory|enforc(?:e|es|ed|ing)|demands?|demanding|read-only|(?<![a-z_-][:.]|\bfull )read scope|fewer|less|doesn't|outside|beyond|exceeds?|exceeding)\b/;

/** "the key is only for read … i try to delete": a credential that may only read, asked to write. */
const READ_ONLY_CREDENTIAL: Hinted = [
  /\bonly\b[^.;]{0,20}\bread|\bread(?:ing)? only\b/,
  /\b(?:token|key|api key|jwt|credentials?|personal access token)s?\b[^.;]{0,30}\b(?:only (?:for |allows? |permits? |grants? |lets? (?:me|us|you|them|it) |can |does )?(?:read|reading|reads)|(?:for )?read(?:ing)? only)\b[\s\S]{0,100}\b(?:write|writes|delete|deletes|put|post|patch|update|create|creates|edit|modify|remove|insert)\b/,
];

/**
 * "she connected the app through our consent screen and approved read access only; it now calls POST /claims": a delegated grant
 * that covers reading, used to write, is a token short of a scope (RFC 6750 insufficient_scope, 403).
 */
const READ_ONLY_CONSENT: Hinted = [
  /\b(?:consent\w*|approved|granted|authori[sz]ed)\b/,
  /\b(?:consent(?:ed|s)?(?: screen)?|approved|granted|authori[sz]ed)\b[^.;]{0,40}\b(?:only read|read(?:-only| only)|read (?:access|scopes?|permissions?) only)\b[\s\S]{0,160}\b(?:post|put|patch|delete|write|writes|create|creates|file|files|submit|submits|update|updates|edit|edits|modify|remove|removes)\b/,
];

const SCOPE_DENIAL: readonly RegExp[] = [
  /\binsufficient_scope\b/,
  // "key's scopes: read. endpoint: POST /items": a read scope asked to write.
  /\bscopes?\b:? (?:is |are |only |just )*(?:[a-z_-]+[:.])?(?:read|read-only|view|readonly)\b(?!:)[\s\S]{0,60}\b(?:post|put|patch|delete|write|create|update)\b/,
  // "its scope is `labels:read`, and they POST /labels", "the key has scope `shipments:read` and they call POST": a read scope, then a write.
  // "scope=read:orders, calling post /orders": the same with the action first in the scope's name, or written as a key=value.
  /\bscopes?\b:?(?: ?=)?(?: (?:is|are|only|just|=|of))* ?['"`]?(?:[a-z_-]+[:.](?:read|view|readonly|read-only|list|get)|(?:read|view|readonly|list|get)[:.][a-z_-]+)['"`]?(?: only)?\b[\s\S]{0,80}\b(?:post|put|patch|delete|writes?|creates?|updates?)\b/,
  /\b(?:token|key|jwt|client|app)(?: was| is)? (?:created|issued|minted|generated|made|granted|provisioned) without\b/,
  // "the key was granted only packages:read; it sends PUT /packages/…", "issued with just orders:read, then a DELETE": a credential given a
  // read scope alone, asked to write.
  /\b(?:granted|given|issued|minted|created|provisioned)(?: with)? (?:only|just) (?:the )?(?:scopes? )?['"`]?(?:[a-z_-]+[:.](?:read|view|readonly|read-only|list|get)|(?:read|view|list|get)[:.][a-z_-]+)['"`]?\b[\s\S]{0,80}\b(?:post|put|patch|delete|writes?|creates?|updates?)\b/,
  // "a signed, unexpired token that carries only jobs:read, then POST /jobs", "the key holds just invoices.read and it sends a DELETE":
  // what the credential carries, told after the verb, is a read scope alone, and the request writes (RFC 6750 §3.1 insufficient_scope:
  // the token is valid but lacks the privileges, 403).
  /\b(?:carr(?:y|ies|ied|ying)|holds?|held|holding|has|have|had|having|contains?|containing|includes?|including|bears?|bearing) (?:only|just) (?:the )?(?:scopes? )?['"`]?(?:[a-z_-]+[:.](?:read|view|readonly|read-only|list|get)|(?:read|view|list|get)[:.][a-z_-]+)['"`]?(?! (?:and|plus) [a-z_-]+[:.][a-z])\b[\s\S]{0,80}\b(?:post|put|patch|delete|writes?|creates?|updates?|submits?)\b/,
  // "it is just scoped read:orders and the call is post /orders": a credential scoped to reading, asked to write.
  /\bscoped (?:to |as |with |for |only )?(?:read|read-only|readonly|[a-z_-]+[:.]read|read[:.][a-z_-]+)\b[\s\S]{0,60}\b(?:post|put|patch|delete|write|create|update)\b/,
  // "that key is restricted to the staging project": the credential's reach, not the caller's identity.
  /\b(?:token|key|jwt|credentials?)s?\b[^.;]{0,20}\b(?:restricted|scoped|limited|bound|pinned) (?:to|per) (?:the |a |one |each |another |their |its )?(?:[a-z-]+ )?(?:project|tenant|org|workspace|repo|repository|environment|env|account|bucket|resource)s?\b/,
];

/** An OAuth scope written the way tokens carry it: `write:orders`, `payments:write`, `orders.read`. */
const SCOPE_TOKEN = /(?<![a-z0-9_./-])(?!https?:|mailto:)[a-z][a-z_-]{1,30}[:.](?:read|write|admin|all|\*|[a-z][a-z_*-]{1,30})(?![a-z0-9_:/-])(?!\.[a-z0-9])/g;

const LACKS_BEFORE = /\b(?:without|lacks?|lacking|missing|no|not have|does not have|do not have|(?:does|do|did) not (?:include|contain|carry)|has no|not granted|minus|except)(?: the| a| an| any)?\s*['"`]?$/;

/** "checks for reports:admin which the user lost": the permission named, then that the caller has it no more. */
const LACKS_AFTER = /^,? (?:which|that) (?:the |this |our )?(?:user|caller|client|customer|account|token|key|they|he|she)? ?(?:lost|has lost|no longer (?:has|have|holds?)|does not have|do not have|did not have|lacks|is missing|never had|was stripped of)\b/;

const NEEDS_BEFORE = /\b(?:needs?|requires?|required|requiring|wants?|expects?|only for|gated (?:on|by)|demands?)(?: the| a| an)?\s*['"`]?$/;
/** "files:write is needed", "orders:admin is required for that": the scope the endpoint needs, said after its name. */
const NEEDED_AFTER = /^['"`]?,? (?:is|are|would be) (?:needed|required|necessary|mandatory)\b/;

/**
 * "token without payments:write", "scope is read:orders and the endpoint needs write:orders": a scope
 * the token lacks, or one the endpoint needs while the token names another. "the token does not include
 * fines:pay (the user declined it at consent)" is a lacking scope too: RFC 6750 §3.1 insufficient_scope, 403.
 */
function scopeTokensDeny(text: string): boolean {
  if (!/[a-z][:.][a-z*]/.test(text)) return false;
  const tokens = [...text.matchAll(SCOPE_TOKEN)].filter((match) => !/\.(?:com|org|net|io|json|js|ts|html|php|env|txt|yaml|yml)$/.test(match[0]));
  const names = new Set(tokens.map((match) => match[0]));
  for (const match of tokens) {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 30), match.index ?? 0);
    if (LACKS_BEFORE.test(before)) return true;
    const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 50);
    if ((NEEDS_BEFORE.test(before) || NEEDED_AFTER.test(after)) && names.size > 1) return true;
    if (LACKS_AFTER.test(after)) return true;
  }
  return false;
}

const TENANT_NOUN =
  '(?:tenant|tenants|org|orgs|organization|organisation|organizations|organisations|customer|customers|company|companies|workspace|workspaces|team|teams|realm|namespace|store|merchant|school|clinic|business|partner|subsidiary|brand|instance|insurer|insurers|payer|payers|agency|agencies|bank|banks|pharmacy|pharmacies|firm|firms|university|universities|district|districts|franchise|franchises|studio|studios|guild|guilds|clan|clans|publisher|publishers|household|households)';

const TENANT_DENIAL: readonly RegExp[] = [
  new RegExp(`\\b(?:another|other|different|wrong|foreign|separate|someone else's|somebody else's|a different|another customer's|other customers')(?: [a-z]+)? ${TENANT_NOUN}(?:'s|s')?\\b`),
  /\bcross-(?:tenant|org|account|customer|workspace)\b/,
  /\btenant isolation\b|\bisolation between tenants\b|\bmultitenan(?:t|cy)\b/,
  // "tenant claim is t1 and the url is /t2/": two different tenant ids in one question.
  /\b(?:tenant|org|workspace)\b[^.;]{0,30}\b([a-z]{1,2}\d+)\b[^;]{0,50}\b(?!\1\b)[a-z]{1,2}\d+\b/,
  /\b(?:tenant|org|workspace)(?: id)?(?: claim)? (?:mismatch|does not match|differs)\b/,
  /\b(?:tenant|org|organization|customer|account|workspace) (?:id )?mismatch\b/,
  new RegExp(`\\bbelongs? to (?:another|a different|other|someone else|somebody else|a other|the other|a separate)(?: ${TENANT_NOUN}| account| project| user| person)?\\b`),
  new RegExp(`\\bnot (?:in |part of |a member of |from |within )?(?:their|his|her|the user's|the caller's|your|our|its|the same) (?:own )?${TENANT_NOUN}\\b`),
  new RegExp(`\\b${TENANT_NOUN}s?[ /:#-]([a-z]|\\d+)\\b.{0,80}\\b${TENANT_NOUN}s?[ /:#-](?!\\1\\b)(?:[a-z]|\\d+)\\b`),
  // "user from tenant blue … a tenant green resource": two tenants named by words.
  /\b(?:from|of|in) (?:the )?tenant ([a-z0-9-]{2,20})\b.{0,80}\b(?:on|to|for|at|into|of|in|a|an|the) (?:the )?tenant (?!\1\b)(?!(?:names?|ids?|is|are|was|data|level|admin|isolation)\b)[a-z0-9-]{2,20}\b/,
];

/** The tenant a path names, by the contract's default pattern: the segment after /tenants/, /orgs/, /accounts/ … */
const PATH_TENANT = /\/(?:tenants?|orgs?|organi[sz]ations?|accounts?|workspaces?|partners?|customers?|companies|teams?)\/([a-z0-9_-]{1,40})(?=[/?#\s.,;]|$)/g;

/** The caller's tenant: "user from tenant acme", "his org is t-4", "tenant claim = blue", "acme user". */
const CALLER_TENANT = [
  /\b(?:from|of|in|belongs to|member of) (?:the )?(?:tenant|org|organi[sz]ation|workspace|account|partner|customer|company|team) ([a-z0-9_-]{1,40})\b/g,
  /\b(?:tenant|org|organi[sz]ation|workspace|account|partner|company|team)(?: id| claim)? (?:is|=|:|was) ([a-z0-9_-]{1,40})\b/g,
];

// ("the org was deleted", "the workspace is gone": a state told of the tenant, not its name.)
const NOT_A_TENANT_NAME =
  /^(?:the|a|an|is|are|was|not|and|or|but|that|this|id|ids|claim|admin|level|data|isolation|name|names|\d{3}|[a-z-]{3,}ed|gone|down|hidden|private|public|active|inactive|frozen|missing|empty|still|now|already|never|being|been|no)$/;

/** "user from tenant acme tries GET /orgs/globex/projects/9": the path names another tenant than the caller's. */
function pathTenantDiffers(text: string): boolean {
  if (!text.includes('/')) return false;
  const inPath = [...text.matchAll(PATH_TENANT)].map((match) => match[1] ?? '');
  if (inPath.length === 0) return false;
  const callers = CALLER_TENANT.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1] ?? '')).filter((name) => !NOT_A_TENANT_NAME.test(name));
  return callers.some((caller) => !inPath.includes(caller));
}

const OWNERSHIP_DENIAL: readonly RegExp[] = [
  /\b(?:someone else's|somebody else's|another user's|other user's|other users'|another person's|other people's|another member's|a colleague's|coworker's|a coworker's|another account's|another employee's|another patient's|another student's)\b/,
  // "a user who is not the album owner", "not the document's author": the owner named with what they own.
  /\bnot (?:the |its |their |his |her )?(?:[a-z-]+(?:'s)? )?(?:owner|author|creator)\b/,
  /\b(?:does not|do not|did not) own\b/,
  // "their reading history belongs to them alone", "the diary is hers alone": another person's, kept from whoever else asks.
  /\b(?:belongs?|belonged) (?:only )?to (?:them|him|her|the [a-z-]+|their [a-z-]+|its [a-z-]+) (?:alone|only|exclusively)\b|\b(?:is|are) (?:theirs|his|hers) (?:alone|only)\b/,
  /\bnot (?:their|his|her|your|my) own\b/,
  /\b(?:owned|created) by (?:someone else|somebody else|another|a different)\b/,
  /\bidor\b/,
  /\b(?:user|customer|member|patient|account)s?[ /:#-]([a-z]|\d+)\b.{0,80}\b(?:user|customer|member|patient|account)s?[ /:#-](?!\1\b)(?:[a-z]|\d+)\b/,
  // (Not "another user deleted it", "removed by another employee": the one who removed it, not whose it is.)
  /(?<!\b(?:deleted|removed|archived|erased|purged|edited|changed|renamed|moved|wiped|taken down|unpublished) by )\b(?:another|other|different|wrong|someone else's) (?:users?|accounts?|persons?|people|members?|patients?|students?|employees?)(?:'s|s')?\b(?! (?:deleted|removed|archived|renamed|moved|edited|updated|closed|erased|purged|unpublished|took (?:it |them )?down|cleared|wiped|overwrote|changed)\b)/,
];

const IP_DENIAL: readonly RegExp[] = [
  // "the request comes from an ip outside the ranges the partner registered", "outside the allowed cidrs": a network not let in.
  /\b(?:ips?|ip address(?:es)?|source address(?:es)?|client address(?:es)?)\b[^.;]{0,20}\boutside (?:the |its |their |our |any |of )?(?:[a-z-]+ ){0,2}(?:ip )?(?:ranges?|cidrs?|subnets?|networks?|allow-?lists?|white-?lists?)\b|\boutside (?:the |its |their |our )?(?:registered|allowed|approved|configured|declared|permitted|agreed|whitelisted|allowlisted|trusted) (?:ip )?(?:ranges?|cidrs?|subnets?|networks?|ips?|ip addresses)\b/,
  // "their org's ip policy only allows office ips".
  /\bip (?:policy|policies|restriction|restrictions|rule|rules|filter|filtering)\b|\b(?:only (?:allows?|permits?|accepts?)|restricted to|limited to) (?:the )?(?:office|corporate|vpn|company|allowlisted|known|internal) (?:ips?|ip addresses|networks?|ranges?)\b/,
  // (Not "serial denylisted", "the imei is blacklisted": a thing of the resource's on a list, not the caller's network.)
  // (Not "removed an address from her own withdrawal allowlist", "get /allowlist/addresses/7": a list the caller keeps, the resource asked for.)
  /(?<![/-]|\b(?:own|withdrawal|withdrawals|payout|address|addresses|email|contact|wallet|beneficiary|payee|recipient) )\ballowlist(?:s|ed|ing)?\b(?!\/)|(?<!\b(?:serials?|serial numbers?|imeis?|skus?|devices?|products?|models?|cards?) (?:is |are |was |were |got |gets |been |has been |now )?)\bdenylist(?:s|ed|ing)?\b/,
  /\b(?:ip|ips|ip address|ip addresses|cidr|ip range|ip ranges|source ip|client ip|egress ip|nat ip|nat gateway)\b(?: [a-z]+){0,4} (?:block|blocks|blocked|blocking|not allowed|not in|not on|restricted|rejected|denied|filtered|banned|new)\b/,
  /\b(?:new|unknown|unlisted|blocked|banned|new service) (?:ip|ips|ip address|ip range|egress ip|nat ip)\b/,
  /\btor(?: exit)? nodes?\b|\bexit nodes?\b|\btor\b[^.;]{0,30}\bblock/,
  /\b(?:sanctioned|embargoed|blocked|restricted|banned) (?:country|countries|region|regions|location|locations)\b/,
  /\b(?:country|countries|region|regions|location|locations)\b (?:that |which )?(?:we|they|the [a-z]+|our [a-z]+) (?:block|blocks|ban|bans|restrict|restricts|deny|denies|geo-?block|geo-?blocks)\b/,
  // "playback is limited to launch regions", "region-locked", "a country where we have not launched".
  /\b(?:limited|restricted|locked) to (?:the |our )?(?:launch |supported |allowed |licensed )?(?:regions?|countries|markets?|territories)\b|\bregion[- ]?lock(?:ed)?\b|\b(?:country|countries|region|market) (?:where|that) (?:we|it|they) (?:have not|has not|did not|do not) (?:yet )?(?:launch|launched|serve|served|operate)\b/,
  /\bgeo[- ]?(?:block|blocked|blocking|fence|fenced|restriction|restrictions|restricted|policy|policies|rules?)\b|\b(?:country|region) (?:is )?(?:blocked|restricted|not allowed)\b/,
  /\boutside (?:the |our )?(?:corporate |office |company )?(?:vpn|network|ip range|allowed range|range)\b|\brestricted (?:by|to) (?:source |client )?ips?\b/,
  // "we block users from one country", "customers located in certain regions are refused".
  /\b(?:block\w*|ban|bans|banned|banning|refus\w*|reject\w*|den(?:y|ies|ied)|restrict\w*|exclud\w*|disabl(?:e|es|ed|ing)|turned off|switched off|not (?:allowed|permitted|available)|(?:do|does|will) not (?:serve|allow|accept|sell to|ship to))\b[^.;]{0,50}\b(?:from|in|located in|based in|connecting from) (?:a |one |two |some |certain |several |specific |that |this |the |those |these |such )?(?:[a-z]+ )?(?:countr(?:y|ies)|regions?)\b|\b(?:countr(?:y|ies)|regions?)\b[^.;]{0,30}\b(?:get |gets |are |is |were |was )?(?:blocked|banned|refused|rejected|denied|geo-?blocked)\b/,
  // "crawlers from blocked ASNs", "the asn is on our deny list": a network of origin refused, like an IP range.
  /\b(?:blocked|banned|denied|blacklisted|blocklisted|denylisted|flagged|bad|hosting|datacenter|data center) (?:asns?|autonomous systems?)\b|\b(?:asns?|autonomous systems?)\b[^.;]{0,30}\b(?:blocked|banned|denied|refused|rejected|blacklisted|blocklisted|denylisted|on (?:the |our |a )?(?:deny|block|black) ?list)\b|\b(?:block\w*|ban|bans|refus\w*|den(?:y|ies|ied)|reject\w*|drops?|dropped)\b[^.;]{0,40}\b(?:asns?|autonomous systems?)\b/,
  // (Not "our waf logs show a scanner hitting /wp-login.php": what a waf or firewall records is seen there, not refused by it.)
  /\b(?:waf|firewall)\b(?! (?:logs?|log lines?|dashboards?|metrics|events|alerts?|reports?|telemetry|analytics|traces?|captured|recorded|saw|sees|shows?|showed|flagged)\b)|\bsecurity group\b|\bbot (?:protection|management|rule|rules|block|blocking)\b|\bmod_security\b|\bmodsecurity\b/,
  // "our bot filter blocks one crawler by its ip", "we ban that scraper by source address".
  // "cloudflare blocks an ip range from a botnet": the addresses named as what is refused.
  /\b(?:block\w*|ban|bans|banned|banning|den(?:y|ies|ied)|reject\w*|refus\w*|filter\w*|drop\w*)\b[^.;]{0,40}\bby (?:its|their|his|her|the|source|client) (?:source |client |remote )?(?:ips?|ip address(?:es)?|address(?:es)?)\b|\b(?:blocks?|blocked|blocking|bans?|banned|banning|denies|deny|denied|rejects?|rejected|drops?|dropped|filters?|filtered)\b (?:an? |the |one |some |that |this |their |its |certain |several |all |a few )?(?:[a-z-]+ )?(?:ips?|ip address(?:es)?|ip ranges?|cidrs?|cidr ranges?|subnets?|address ranges?)\b/,
];

/** Network allowlists in other words, behind the network words they need (most questions have none). */
const IP_DENIAL_HINTED: readonly Hinted[] = [
  // "calls the download from his laptop instead of from inside the enclave", "enclave-only data, requested from home": a place a
  // rule keeps the access to (a secure environment, vpn, office), and the request made from outside it.
  [
    /\binstead of\b|\b(?:enclave|vdi|vpn|on-?prem\w*|intranet|air-?gapped|office|secure (?:room|environment|workspace))[- ]only\b/,
    /\bfrom (?:his|her|their|a|an|the|my|your|our) (?:own |personal |private |home )?(?:laptops?|desktops?|home|phones?|machines?|pcs?|computers?|home network|wifi|wi-fi|devices?)\b[^.;]{0,30}\binstead of (?:from )?(?:inside|within|in|on|through|via) (?:the |our |a )?(?:[a-z-]+ ){0,2}(?:enclave|vpn|network|environment|env|office|vdi|workspace|facility|secure room|desktop)\b|\b(?:enclave|vdi|vpn|on-?prem\w*|intranet|air-?gapped|office|secure (?:room|environment|workspace))[- ]only\b[\s\S]{0,200}?\bfrom (?:outside|home|(?:his|her|their|a|an|my) (?:own |personal |private |home )?(?:laptop|phone|pc|computer|device|network))\b/,
  ],
  // "nginx should only allow 10.0.0.0/8", "accepts just 192.168.0.0/16": a route open to a written network.
  [/\d+\.\d+\.\d+\.\d+/, /\b(?:only|just|exclusively)\b[^.;?]{0,20}\b(?:allow|allows|allowed|permit|permits|accept|accepts)\b (?:(?:requests |traffic |calls )?from )?(?:the )?(?:range |subnet |cidr |network )?\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?|\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})? only\b/],
  // "only accepts corporate vpn ip addresses", "reachable only from the office network", "allows just company
  // vpn subnets", "vpn-only": a route open to some networks, asked from another (not "logs in from the office network").
  [
    /\b(?:vpn|office|corporate|company|on-?prem\w*|intranet|internal|campus|subnets?|cidrs?|ips?)\b/,
    /\b(?:only|just|exclusively|solely)\b[^.;]{0,40}?\b(?:office|corporate|company|vpn|internal|intranet|on-?prem\w*|campus|allowlisted|whitelisted|trusted|approved|known)(?: [a-z-]+){0,2} (?:ips?|ip addresses|ip ranges?|networks?|ranges?|subnets?|cidrs?|vpns?|lan|wifi)\b|\b(?:vpn|office network|corporate network|company network|intranet|internal network|on-?prem)[- ]only\b|\b(?:ips?|ip address(?:es)?|source ip|client ip|subnets?|ranges?)\b[^.;]{0,20}\bnot (?:white|allow)-?listed\b/,
  ],
];

/** The ban of a person, said with the verb (read into ACCOUNT_DENIAL_HINTED). */
const BANNED_PERSON =
  /\b(?:banned|suspended|barred) (?:a |an |the |this |that |our |one |their )?(?:[a-z-]+ )?(?:riders?|users?|drivers?|sellers?|buyers?|customers?|players?|members?|accounts?|patrons?|guests?|hosts?|creators?|streamers?|merchants?|students?|employees?|contractors?|partners?|vendors?|clients?|couriers?|renters?|tenants?|him|her|them)\b/;

const ACCOUNT_DENIAL_HINTED: readonly Hinted[] = [
  // "we banned a rider for abusive behaviour; she can still log in", "support suspended the seller, he still signs in fine": the
  // person barred, said with the verb, who can still sign in: an identified caller refused what the ban covers.
  [BANNED_PERSON, /\bstill (?:can |able to |allowed to )?(?:log|logs|sign|signs) ?in\b|\bcan still (?:log|sign) ?in\b/],
  // "the org enforces saml sso and the token was never authorized for it", "the admin turned on required two-factor; she never set it
  // up": an organisation's sign-in rule the caller's (valid) credential does not meet, so the org refuses it (not "her account has
  // 2fa on and no code was sent": the login itself is incomplete, 401).
  [
    /\b(?:sso|saml|single sign-on|2fa|two-factor|mfa|multi-factor)\b/,
    /\b(?:org|orgs|organi[sz]ations?|enterprises?|workspaces?|tenants?|company|admins?|polic(?:y|ies))\b[^.;]{0,40}\b(?:enforces?|enforced|enforcing|requires?|required|mandates?|mandated|turned on|switched on|enabled)\b[^.;]{0,40}\b(?:saml|sso|single sign-on|2fa|two-factor|mfa|multi-factor)\b[\s\S]{0,200}?\b(?:never|not|without|has not|have not|did not)(?: yet| even)? (?:been )?(?:authori[sz]ed|set up|enabled|turned on|enrolled|configured|linked|approved)\b/,
  ],
  // "the user is on the org's ban list", "added to our blocklist": the account itself is barred, whoever it is.
  [/\b(?:ban|block|black|deny) ?list\b|\bbanlist\b/, /\b(?:is|are|was|were|got|been|gets|get|put|added|listed|sits|stays) (?:still |now |already )?(?:on|to|in) (?:the |a |an |our |their |its |his |her )?(?:[a-z]+'s )?(?:[a-z-]+ )?(?:ban ?list|block ?list|black ?list|deny ?list)s?\b/],
  // "the account is on a 3 day chat ban", "he is serving a ranked ban": the account is barred for a while.
  [/\bban\b/, /\b(?:is|are|was|were|currently|still|now) (?:on|under|serving) (?:a |an |the |his |her |their |its )?(?:[a-z0-9-]+ ){0,3}ban\b/],
  // "the device is quarantined by security policy", "a quarantined host": barred as a whole, whatever it asks for.
  [/quarantin|sandboxed|jailed/, /\b(?:device|devices|host|hosts|machine|machines|endpoint|node|nodes|account|accounts|user|users|client|clients|app|apps|sensor|sensors|vehicle|terminal|laptop|phone|it|they)\b (?:is |are |was |were |got |gets |has been |have been |been )?(?:currently |now )?(?:quarantined|in quarantine|sandboxed|jailed)\b|\b(?:put|placed|moved|sent|thrown) (?:in|into) quarantine\b|\bquarantined (?:device|devices|host|hosts|machine|machines|endpoint|node|account|user|client|app|sensor)s?\b/],
  // "banned from posting but still logged in": the account is barred from the action itself.
  [/ from /, /\b(?:banned|barred|blocked|suspended|restricted|prohibited|muted) from (?:posting|commenting|uploading|editing|creating|writing|sending|messaging|trading|selling|buying|using|accessing|chatting|voting|publishing|inviting|ordering|withdrawing|reviewing)\b/],
];

const ACCOUNT_DENIAL: readonly RegExp[] = [
  // "the admin deactivated her account yesterday", "trust and safety suspended his account", "we suspended a developer app for ToS
  // violations": the caller's account or app barred by someone.
  /\b(?:admins?|administrators?|support|we|moderators?|mods|compliance|trust (?:and|&) safety|security|ops|the team|the bank|the company|hr)\b (?:has |have |had |just )?(?:deactivated|suspended|disabled|banned|locked|froze|frozen|blocked|restricted) (?:(?:her|his|their|the user's|the caller's|the customer's|its) account|(?:the|a|an|their|its|this|that|his|her) (?:developer|partner|oauth|client|third-party|api) (?:app|application|client|integration|account)s?)\b/,
  // "the integration account is authenticated, but it's been administratively disabled by our compliance team".
  /\b(?:account|user|member|integration|client|partner|seller|vendor|customer|app|tenant)\b[^.;]{0,60}\b(?:administratively (?:disabled|suspended|blocked|locked|deactivated|frozen)|(?:disabled|suspended|blocked|locked|deactivated|frozen) (?:it |them )?(?:for (?:this|that|the|their|its|our|his|her) [a-z-]+ )?(?:administratively|by (?:an? |the |our |their )?(?:[a-z]+ )?(?:admin|administrator|compliance|security|support|ops|owner)s?(?: team)?))\b|\badministratively (?:disabled|suspended|blocked|locked|deactivated|frozen)\b/,
  /\b(?:suspended|banned|blocked|locked|disabled|deactivated|frozen|terminated|restricted|unverified|unapproved|pending|flagged) (?:user|users|account|accounts|member|customer|profile|seller|driver|player|players|rider|riders|creator|creators|merchant|merchants)\b/,
  // Not "customer gets blocked from a page": that is a refusal of the page, nothing about the account.
  /\b(?:account|user|customer|member|membership|profile) (?:is |was |has been |got |gets |been )?(?:suspended|banned|blocked|locked|locked out|disabled|deactivated|frozen|restricted|not verified|unverified|pending approval|on hold|not approved|flagged)\b(?! from\b)/,
  /\b(?:email|phone|kyc|identity|address) (?:is |was |has not been |not )?(?:not verified|unverified|not confirmed|pending|unconfirmed|not yet verified)\b/,
  // "she did not confirm her e-mail address", "he hasn't verified his phone number yet".
  /\b(?:has not|have not|did not|does not|do not|never|not yet) (?:yet |even )?(?:verified|confirmed|verify|confirm) (?:their|his|her|the|its|an?)? ?(?:email|e-mail|phone|account|identity)\b/,
  /\b(?:has not|have not|did not|not|never) (?:yet )?accepted (?:the )?(?:new |updated |latest )?(?:terms|tos|terms of service|policy|agreement|eula)\b/,
];

const PLAN_DENIAL: readonly RegExp[] = [
  // "alumni are not licensed for jstor", "cannot download until they pay": an entitlement not held.
  /\b(?:users?|they|he|she|customers?|alumni|students?|accounts?|members?|orgs?|tenants?|callers?|clients?|partners?|seats?|employees?|staff|we|you)(?: [a-z]+)? (?:are |is |were |was )?(?:not|never|no longer) (?:yet )?licen[cs]ed (?:for|to)\b|\bunlicen[cs]ed (?:users?|accounts?|seats?|customers?)\b|(?<!\bexists? )(?<!\b(?:generated|created|available|there) )\buntil (?:they|he|she|the user|the customer|the student|you|the fines?|the balance|the invoice) (?:pay|pays|paid|are paid|is paid|upgrade|upgrades|subscribe|subscribes|renew|renews)\b|\bunpaid (?:fines?|fees?|invoices?|balance|bills?|dues)\b/,
  /\bon (?:the |a )?(?:free|trial|starter|hobby)(?: plan| tier| version| account)?\b/,
  /\bonly (?:in|on|for|with) (?:the )?(?:pro|premium|enterprise|business|paid|plus|team|higher) (?:plan|tier|edition|version|subscription)?\b/,
  /\b(?:free|trial|basic|starter|lower|cheaper|hobby)[- ](?:plan|tier|account|user|users|customer|customers|subscription|license)\b(?! (?:pages?|docs?|endpoints?|site|landing|offer|offering)\b)/,
  /\b(?:plan|tier|subscription|license|licence) (?:does not|do not|did not) (?:include|cover|allow)\b|\b(?:plan|tier|subscription|license|licence) (?:forbids|prohibits|excludes|blocks|disallows|bars)\b/,
  // (Not "the school is on paid plan", "they have the enterprise plan": a plan held is no refusal.)
  /(?<!\b(?:is on|are on|was on|were on|on|has|have|had|with|bought|owns?|pays? for|paying for|subscribed to|holds?) (?:the |a |an |their |its |our |his |her )?)\b(?:paid|premium|enterprise|pro|paywalled) (?:feature|plan|tier|only|endpoint|content)\b/,
  /\b(?:subscription|plan|license|licence|trial)(?: period)? (?:is |has |was |had )?(?:expired|lapsed|cancelled|canceled|ended|ends|expires|inactive|over|run out|runs out|ran out)\b/,
  /\b(?:expired|lapsed|cancelled|canceled|ended|inactive) (?:subscription|plan|trial|license|licence)\b/,
  /\bpaywall/,
  /\b(?:plan|tier|subscription|license|licence|package)\b[^.;]{0,15}\b(?:excludes?|lacks?|does not (?:include|cover|allow)|is missing)\b/,
  /\bnot (?:in|part of|covered by|included in) (?:their|the|our|his|her|its) (?:contract|plan|subscription|license|licence|agreement|tier)\b/,
  // "his agency contract not allow to book group fare", "their reseller agreement does not allow enterprise licenses".
  /\b(?:contract|agreement|plan|tier|subscription|license|licence|package)s?\b[^.;]{0,15}\b(?:does not|do not|did not|not|never|no longer) (?:allow|allows|permit|permits|include|includes|cover|covers|grant|grants)\b/,
  /\boutside (?:of )?(?:its|their|his|her|the|our) (?:contract|plan|subscription|license|licence|agreement|tier|entitlements?)\b/,
  // "partner contract only allows reading events", "their agreement only lets them read", "contract permits read only".
  /\b(?:contract|agreement|licen[cs]e|terms|partnership|deal|sla)s?\b[^.;]{0,20}\b(?:only (?:allows?|permits?|lets?|grants?|covers?|includes?|gives?)|(?:allows?|permits?|grants?|covers?|gives?) (?:only|read[- ]only|just)|is read[- ]only)\b/,
];

const PLAN_DENIAL_HINTED: readonly Hinted[] = [
  // "his company cancel the contract for analytics module last month", "they dropped the reporting add-on": the caller's
  // organisation no longer pays for the part asked for (not "contract ended, data destroyed": nothing about a module).
  [
    /\b(?:cancel\w*|terminat\w*|ended|end|dropped|drop|stopped|stop|not renew\w*|did not renew|downgraded)\b/,
    /\b(?:cancel(?:l?ed|s|ling)?|terminat(?:e|ed|es)|ended|end|dropped|drop|stopped|stop|did not renew|not renew(?:ed)?|downgraded) (?:the |their |its |his |her |our |that |a )?(?:[a-z0-9-]+ )?(?:(?:contract|subscription|plan|licen[cs]e|seat|agreement)s? (?:for|of|on|covering) (?:the |their |its |our )?(?:[a-z0-9-]+ ){1,2}(?:module|feature|add-?on|product|package|tier|service|app|suite|edition)s?|add-?ons?|modules?)\b/,
  ],
  // "our business rules restrict it to premium members and they're on basic": a tier the caller does not hold.
  [/\b(?:premium|paid|paying|pro|plus|gold|platinum|vip|enterprise|business|higher|top|basic|standard|lite|free)\b/, /\b(?:restrict\w*|limit\w*|reserv\w*|gated?|locked|available|open|exclusive) (?:it |them |this |that |the [a-z-]+ )?(?:only )?(?:to|for) (?:the )?(?:premium|paid|paying|pro|plus|gold|platinum|vip|enterprise|business|higher[- ]tier|top[- ]tier) (?:members?|users?|customers?|subscribers?|accounts?|tiers?|plans?|seats?|clients?)\b|\b(?:they|he|she|user|users|customer|customers|caller|callers|account|accounts|member|members|subscriber|subscribers|viewer|viewers|reader|readers|tenant|org|we|you|i)(?: are| is| am| was| were)?(?: still| only| just)? on (?:the |a )?(?:basic|standard|lite|free)(?: plan| tier| subscription| package)?\b(?! (?:auth\w*|http|credentials?|login|hardware|path|route|server|cluster|network)\b)|\bon (?:the |a )?(?:basic|standard|lite) (?:plan|tier|subscription|package)\b/],
  // "dataset 4 is outside the datasets their subscription covers", "not among the regions their contract grants".
  [/\b(?:outside|beyond|among|one of|part of|within|covered by)\b/, /\b(?:outside|beyond|not (?:among|in|one of|part of|within|covered by)) (?:of )?(?:the |their |its |his |her )?(?:[a-z0-9-]+ ){0,2}(?:that |which )?(?:their|the|its|his|her|our) (?:contract|plan|subscription|license|licence|agreement|tier|package|edition|seat|quota)s? (?:grants?|granted|allows?|allowed|covers?|covered|includes?|included|permits?|gives?|entitles?|offers?|unlocks?)\b/],
];

const CSRF_DENIAL = /\bcsrf(?:token)?\b|\bxsrf(?:token)?\b/;

const LISTING_DENIAL = /\bdirectory listing\b|\bautoindex\b|\bdirectory (?:index|browsing)\b/;

/**
 * "the residency rule says eu staff cannot pull us files", "the rule is they cannot file a claim on a lapsed policy", "company
 * policy states that interns may not approve refunds": a rule's content, told as what someone cannot do (not "policy says we
 * cannot restore it": a removal's own rule, where the server is the one unable).
 */
export const RULE_SAYS_NO =
  /\b(?:polic(?:y|ies)|rules?|regulations?|settings?|laws?|guidelines?|bylaws?|terms|contracts?)\b (?:says?|states?|is|are|reads|dictates|means|requires|specifies)(?: that)?(?: (?!(?:we|i|the (?:server|api|system|service))\b)[a-z'-]+){1,5} (?:cannot|can not|may not|must not|(?:are|is) not (?:allowed|permitted) to|(?:are|is) never allowed to) (?!(?:restore|recover|undelete|bring|reuse|see (?:it|them) again)\b)[a-z]+/;

const GENERIC_DENIAL: readonly RegExp[] = [
  // "the badge can only be put on a listing by franchise dealers": an act kept to one kind of caller (not "it can
  // only be restored by admins": who may undo a removal, its setting).
  /\bcan only be (?!(?:restored|recovered|undeleted|undone|reopened|reinstated|brought back)\b)[a-z]+(?:ed|en|t)\b(?: [a-z-]+){0,5} by (?:the |our |an? |their )?(?:[a-z-]+ ){0,2}(?:admins?|administrators?|owners?|managers?|dealers?|staff|members?|approvers?|editors?|moderators?|controllers?|accountants?|agents?|partners?|employees?|teachers?|doctors?|clinicians?|officers?|supervisors?|leads?)\b/,
  // "off-cycle runs need cfo sign-off and the cfo has not signed off yet": an approval step not passed.
  /\b(?:needs?|requires?|need)\b[^.;]{0,30}\b(?:sign-?off|approval)\b[^.;]{0,60}\b(?:has not|have not|hasn't|haven't|not yet|never|did not|didn't) (?:yet )?(?:signed off|signed-off|approved|given (?:it|their approval))\b/,
  // "the feature flag for their tenant is off by contract": a feature withheld from this caller by an agreement.
  /\b(?:flag|flags|toggle|feature|features|module|modules)\b[^.;?]{0,40}\b(?:is |are )?(?:off|disabled|turned off|switched off|not enabled) (?:by|per|under|because of) (?:the |their |our |its )?(?:contract|agreement|licen[cs]e|policy|plan|terms)\b/,
  // "banned from ranked mode", "suspended from the marketplace": one part of the service withheld from a known user.
  /\b(?:banned|barred|suspended|excluded) from (?:the |a |an |this |that |their |our |his |her )?(?:[a-z-]+ ){0,2}(?:mode|modes|queue|queues|matchmaking|channel|channels|chat|forum|forums|tournaments?|league|leagues|marketplace|store|community|communities|program|programme|leaderboards?|lobby|lobbies)\b/,
  /\b(?:no|without|lacks?|lacking|has no|have no) (?:the |any )?(?:right|proper|required|necessary|needed|correct|sufficient|appropriate|relevant) (?:access|permissions?|rights)\b/,
  /\b(?:blocked|barred|locked out|shut out|kept out|stopped) from (?:the |a |an |this |that |their |our |his |her |some )?(?:[a-z-]+ )?(?:page|pages|site|resource|project|file|doc|document|endpoint|api|area|section|app|dashboard|report|folder|repo|feature|url|link|data)\b/,
  /\bnot (?:allowed|permitted|authori[sz]ed|entitled)\b/,
  REAUTH_CHANGES_NOTHING,
  /\b(?:cannot|can not|should not|must not|may not|not able to|unable to|is not allowed to|are not allowed to) (?:be able to )?(?:access|see|view|read|edit|delete|modify|touch|open|download|update|change|manage|get to|write|post|create|upload|push|export|run|deploy|call|invoke|approve|publish|list|use|do|perform|reach|enter|join|share|comment|submit|save|send|buy|invite|cancel|transfer|query|trigger|configure|administer)\b/,
  /\b(?:denied|refused|prohibited|disallowed)\b/,
  /\b(?:is|are|was|were) (?:off|disabled|not enabled|switched off|turned off) for (?:them|him|her|the user|this user|this account|(?:their|his|her|its) (?:org|organization|account|team|plan|tenant|workspace|role|group|company))\b/,
  /\b(?:nobody|no one|noone|none of (?:us|them)) (?:can|may|is allowed to|is able to|could) (?:access|see|view|read|edit|delete|modify|touch|open|download|update|change|write|post|create|upload|export|run|call|approve|publish|use|remove)\b/,
  /\bforbidden (?:from|to)\b/,
  /\bnot (?:permit|permits|allow|allows|let|lets) (?:him|her|them|the user|the caller|to|this|that|it)\b/,
  /\b(?:has not|have not|not|never) (?:yet )?(?:enabled|turned on|activated|granted|allowed)(?: [a-z-]+){0,3} for (?:them|him|her|the user|this user|their account|members|users)\b/,
  /\b(?:disabled|turned off|switched off|blocked|locked) (?:(?:the |their |his |her |this |that |its )?(?:[a-z-]+ ){0,2})?for (?:them|him|her|the user|this user|this account|(?:their|his|her) (?:org|organization|account|team|plan|tenant|workspace|role|group))\b/,
  /\b(?:blocked|stopped|rejected|denied|forbidden|prohibited|disallowed) by (?:our |the |a |an )?(?:[a-z-]+ ){0,2}(?:filter|policy|rule|firewall|waf|guard|check|system|admin|moderator)s?\b/,
  /\b(?:protection|policy|policies|rule|rules|settings?|config)\b[^.;]{0,15}\b(?:forbids?|prohibits?|disallows?|prevents?|blocks?)\b/,
  RULE_SAYS_NO,
  // "the conflict check blocks this adjuster from the claim", "the hold bars her from the account": a person kept from one thing,
  // said in the present tense (not "blocks traffic from the eu": a network, read by IP_DENIAL).
  /\b(?:blocks|bars|locks|shuts|keeps) (?:this |that |the |our |their )?(?:[a-z-]+ )?(?:him|her|them|user|users|person|people|employee|employees|member|members|customer|customers|caller|staff|[a-z]{3,}(?:er|or|ist|ant|ent))(?: out)? from (?:the |this |that |their |his |her |its |a |an |any )?(?:[a-z-]+ ){0,2}[a-z]+/,
  // "an after-hours rule refuses bookings" (not "a rule rejects DELETE on /users": a method refused is 405's question).
  /\b(?:policy|policies|rule|rules)\b[^.;]{0,15}\b(?:refuses?|rejects?|denies)\b(?! (?:all |every |any )?(?:get|head|post|put|patch|delete|options|trace|connect)\b)/,
  // "identity checks out, the answer is still no": the refusal said as an answer.
  /\b(?:the )?(?:answer|response|verdict|decision) is (?:still |just |simply |always )?(?:no|nope|a no|a refusal)\b/,
  /\blocked (?:thread|issue|topic|post|conversation|record|document|doc|file|repo|repository|channel|board)\b/,
  /\b(?:api|server|we|gateway|policy|waf|the app|it) (?:blocks?|blocked|refuses?|refused|denies|denied) (?:them|him|her|the user|the caller|the request|access)\b/,
  /\b(?:age|region|country|content|geo)[- ](?:restricted|gated|locked)\b|\bunder ?(?:18|age|13|16)\b/,
  // "a state where we are not licensed", "wagers are forbidden there": the law of the caller's place refuses it.
  /\b(?:not|no longer|un) ?licen[cs]ed (?:in (?:that|this|their|his|her|the|your|some) (?:state|region|country|jurisdiction|province|market|area)s?|there|here)\b|\b(?:states?|regions?|countr(?:y|ies)|jurisdictions?|provinces?|markets?) where (?:we|the [a-z]+) (?:are|is) not (?:yet )?licen[cs]ed\b|\b(?:forbidden|prohibited|illegal|not legal|banned|outlawed) (?:in (?:that|this|their|his|her|the|your) (?:state|region|country|jurisdiction|province|market|area)|there)\b/,
  /\b(?:blocked) (?:user|users|caller|callers|client|clients|request|requests|access)\b/,
  // "the tenant's admin switched off allow third-party api access in settings", "an admin disabled external integrations": access
  // the account's own setting withholds (not "disabled the api access endpoint": a route).
  /\b(?:disabled|turned off|switched off|toggled off|unticked|unchecked)\b (?:the |their |its |all |an? )?(?:setting |option |toggle |checkbox )?(?:[a-z-]+ ){0,4}(?:access|integrations?)\b(?! (?:endpoints?|routes?|pages?|logs?|urls?|paths?|tokens?|keys?)\b)/,
];

/** Refusals behind a cheap hint each, read like GENERIC_DENIAL (most questions have none of these words). */
const GENERIC_DENIAL_HINTED: readonly Hinted[] = [
  // "downloads are capped at 100 titles per account; a user already at 100 asks for another", "plans allow 5 projects, one
  // more is refused": a quota already used up refuses what goes past it (not a rate, which is 429).
  [
    /\b(?:capped|limited|limit|quota|allows?|allowed|max(?:imum)?|up to)\b/,
    /^(?![\s\S]*\b(?:per (?:second|sec|minute|min|hour)|(?:requests?|calls?) (?:a|an|per) (?:second|minute|hour)|rate[- ]?limit\w*|throttl\w*)\b)[\s\S]*?(?:\b(?:capped|limited) (?:at|to) \d+\b[^?]{0,160}\b(?:already (?:at|has|have|reached|hit|used|holds?) (?:the |their |its |all |her |his )?(?:\d+|limit|cap|quota|max(?:imum)?)|(?:another|one more|a (?:second|third|fourth|fifth|sixth|seventh|eleventh|new) one|a (?:fourth|fifth|sixth|seventh|eleventh|101st)\b))|\b(?:quota|limit|cap) (?:is |was |has been )?(?:already )?(?:reached|used up|exhausted|hit|full)\b)/,
  ],
  // "our rules say tpps can only read standing orders" beside "tried to cancel one": a caller limited to reading, asking to change.
  [
    /\bonly (?:read|view|see|list|get|fetch|query)\b/,
    /\b(?:tried|tries|trying|attempt(?:s|ed|ing)?|wants?|wanted|asks?|asked|asking) to (?:cancel|delete|remove|update|change|edit|modify|create|write|post|initiate|make|amend|close|revoke|approve|pay|transfer|move)\b[^?]{0,200}\b(?:can|may|could) only (?:read|view|see|list|get|fetch|query)\b|\b(?:can|may|could) only (?:read|view|see|list|get|fetch|query)\b[^?]{0,200}\b(?:tried|tries|trying|attempt(?:s|ed|ing)?|wants?|wanted|asks?|asked|asking) to (?:cancel|delete|remove|update|change|edit|modify|create|write|post|initiate|make|amend|close|revoke|approve|pay|transfer|move)\b/,
  ],
  // "consent only covers acct 111 and they ask for 222", "the account is not covered by the psu's consent": a consent that does
  // not reach what is asked refuses it (open banking: 403), whoever the caller is.
  [
    /\bconsent/,
    /\bconsent(?:s)?\b[^.;?]{0,20}\bonly (?:covers?|includes?|extends to|applies to|grants?)\b|\b(?:not|never) (?:covered|included) (?:by|in) (?:the |their |its |this |that |[a-z]+'s )?consent\b|\boutside (?:the |their |its |[a-z]+'s )?consent\b|\bconsent (?:does not|did not|do not) (?:cover|include|extend to)\b/,
  ],
  // "a video rated 16+ and a kid's account with parental controls on", "an 18+ title, the user is 15": an age rule refuses a
  // known viewer (RFC 9110 §15.5.4), whatever else the question says about them.
  [
    /\brated\b|\d\+|\bparental\b|\b(?:age|maturity|content) ratings?\b/,
    /\brated (?:\d{1,2}\+?|r|nc-17|m|ma|mature|adult|pg-13|explicit)(?=[\s.,;:!?)]|$)|\b\d{1,2}\+ (?:only|content|rated|videos?|titles?|movies?|films?|shows?|games?|material|section|category)\b|\b(?:age|maturity|content) ratings?\b|\bparental (?:controls?|lock|locks|settings?|restrictions?|filters?) (?:is |are |was |were )?(?:on|enabled|active|turned on|switched on|set)\b/,
  ],
  // "streaming rights for this show only cover the eu", "our licence only applies in canada": a licensing deal that refuses
  // callers elsewhere (a commercial rule of ours, 403, not a legal demand's 451).
  [
    /\bonly (?:cover|apply|applies|extend|valid|include)/,
    /\b(?:rights|licen[cs]es?|licensing|distribution|broadcast|content deal|deal|contract|agreement)\b[^.;]{0,30}\bonly (?:covers?|appl(?:y|ies) (?:to|in)|extends? to|valid (?:in|for)|includes?) (?:the )?(?:eu|us|usa|uk|emea|apac|latam|europe|north america|[a-z]+ (?:region|regions|countries|country|market|markets))\b/,
  ],
  // "restricted from the reports section by their admin", "excluded from the analytics workspace".
  [/\b(?:restricted|excluded|banned|cut off|walled off|fenced off)\b|\b(?:blocked|barred|stopped) (?!from\b)/, /\b(?:blocked|barred|locked out|shut out|kept out|stopped|restricted|excluded|banned|cut off|walled off|fenced off)(?: (?:them|him|her|the user|this user|that user|users|the caller|the customer|customers|the employee|employees|members|the member|the account))?(?: out)? (?:from|of) (?:the |a |an |this |that |their |our |his |her |some |its )?(?:[a-z0-9-]+ ){0,2}(?:page|pages|site|resource|resources|project|projects|file|files|doc|docs|document|documents|endpoint|endpoints|api|area|areas|section|sections|app|dashboard|dashboards|report|reports|folder|folders|repo|repos|feature|features|url|link|data|dataset|datasets|tab|tabs|module|modules|workspace|workspaces|space|channel|channels|board|boards|tool|tools|panel|view|views|screen|portal|console|region|regions|service|services|record|records|menu|part|parts)\b/],
  // "their org restricted them from exporting data", "blocked from posting": an action refused, not a login.
  [/ from [a-z]+ing\b/, /\b(?:blocked|barred|restricted|banned|prohibited|excluded|locked out|kept|stopped|disallowed|forbidden)(?: (?:them|him|her|the user|this user|that user|users|the caller|the customer|customers|the employee|employees|members|the member|the account))? from (?!(?:logging|signing|loading|working|running|starting)\b)[a-z]+ing\b/],
  // "the admin restricted their access to the billing tab", "took away her access to payroll".
  [/\baccess (?:to|for)\b/, /\b(?:restricted|revoked|removed|took away|taken away|pulled|limited|blocked|disabled|withdrew|withdrawn) (?:their|his|her|[a-z]+'s|the [a-z]+'s|this [a-z]+'s|its|the|all|our) access (?:to|for)\b/],
  // "the request comes outside the allowed business hours in the access policy", "after-hours access is refused by rule":
  // a rule's time window shuts the caller out, whoever they are.
  [/\b(?:outside|after)[- ]/, /\boutside (?:of )?(?:the |their |its |our )?(?:allowed|permitted|approved|configured|defined|granted|authori[sz]ed) (?:[a-z-]+ ){0,2}(?:hours|times?|time windows?|windows?|schedule|shifts?)\b|\b(?:outside (?:of )?(?:the |their |its |our )?(?:business|working|office|opening|trading|shift|access) hours|after[- ]hours)\b[^.;]{0,60}\b(?:polic(?:y|ies)|rules?|not (?:allowed|permitted)|refus\w*|den(?:y|ies|ied)|block\w*|reject\w*)|\b(?:polic(?:y|ies)|rules?)\b[^.;]{0,60}\b(?:outside (?:of )?(?:the |their |its |our )?(?:business|working|office|opening|trading|shift|access) hours|after[- ]hours)\b/],
  // "the owner shared the doc with specific people only - not bob", "product wants him to see the request access screen",
  // "parental controls block it": a known caller kept from something that is there, by its owner or a guardian's setting.
  [
    /\bshared\b|\brequest(?:ing)? access\b|\bask(?:ing)? for access\b|\bparental\b/,
    /\bshared (?:only )?with (?:only )?(?:[a-z-]+ ){0,2}(?:people|users|members|accounts|colleagues|persons|individuals|teammates|team members|groups?|emails?)(?: only)?(?: [a-z]+){0,3},? (?:-|but|and)? ?not (?:with )?(?:him|her|them|the (?:user|caller|customer|viewer|requester)|[a-z]+)\b|\bnot shared with (?:him|her|them|the (?:user|caller|customer|viewer|requester)|[a-z]+)\b|\b(?:request|ask for) access (?:screen|page|button|flow|dialog|prompt|form|view)\b|\bparental (?:controls?|lock|locks|settings?|restrictions?|filters?)\b[^.;]{0,40}\b(?:block\w*|den(?:y|ies|ied)|refus\w*|restrict\w*|prevent\w*|stop\w*|forbid\w*|disallow\w*|lock\w*)\b|\b(?:blocked|restricted|locked|denied|prevented|filtered) by (?:the |their |his |her )?parental (?:controls?|lock|settings?|restrictions?|filters?)\b/,
  ],
  // "the module is outside what starter includes", "beyond what their license covers".
  [/\b(?:outside|beyond)\b/, /\b(?:outside|beyond) (?:of )?what (?:[a-z0-9-]+ ){1,3}(?:includes?|covers?|grants?|allows?|permits?|offers?|gives?|unlocks?|entitles?)\b/],
  // "project 9 is outside the projects their role grants", "not among the regions their group allows".
  [/\b(?:outside|beyond|among|one of|part of|within|covered by)\b/, /\b(?:outside|beyond|not (?:among|in|one of|part of|within|covered by)) (?:of )?(?:the |their |its |his |her )?(?:[a-z0-9-]+ ){0,2}(?:that |which )?(?:their|the|its|his|her|our) (?:role|roles|group|groups|team|policy|policies|permissions?|grants?|access list|acl|admin|administrator|org|organization|company)s? (?:grants?|granted|allows?|allowed|covers?|includes?|permits?|gives?|opened|assigned)\b/],
  // A feature held back from this caller: "the flag is off for this tenant", "not enrolled in the beta",
  // "not in the rollout", "tenant not opted in to the preview".
  [/\b(?:flag|flags|toggle|beta|preview|early[- ]access|rollout|enrolled|opted|pilot|canary)\b/, /\b(?:flag|flags|toggle|feature)\b[^.;]{0,40}\b(?:is |are |was )?(?:off|disabled|not enabled|turned off|switched off) for (?!(?:now|good|ever|maintenance|everyone|everybody|all)\b)[a-z0-9-]+|\bnot (?:yet )?(?:part of|in|enrolled in|a member of|on|opted (?:in|into)|allowlisted for|whitelisted for|included in|admitted to) (?:the |our |its |their |this |that )?(?:[a-z0-9/-]+ ){0,2}(?:beta|betas|preview|early[- ]access|rollout|pilot|program|programme|cohort|canary)\b|\b(?:not|never) (?:enrolled|opted in|opted into)\b/],
];

const UNAUTHORIZED_WORD = /\b(?:unauthori[sz]ed|not authori[sz]ed) (?:user|users|caller|callers|access|person|people|party|parties|client|clients|request|requests|role|actor|actors|account|accounts|employee|customer|to)\b/;

/**
 * "her approval limit is 1000 and this payment is 5000", "the order exceeds his trading limit": an amount beyond the authority
 * this caller holds, a permission of theirs (403), unlike a rate limit or quota (429), which counts requests, not authority.
 */
const AUTHORITY_LIMIT =
  '(?:authority|approval|approving|trading|spending|signing|transfer|payment|purchase|withdrawal|credit|discount|refund|expense|authori[sz]ation)s? (?:limit|threshold|authority|cap|ceiling)';

const AUTHORITY_EXCEEDED = new RegExp(
  `\\b(?:exceeds?|exceeding|exceeded|above|over|beyond|more than|higher than|past) (?:the |his |her |their |its |my |your |our )?(?:[a-z-]+'s )?${AUTHORITY_LIMIT}\\b|\\b${AUTHORITY_LIMIT}\\b[^.;]{0,40}\\b(?:is |was )?(?:exceeded|too low|too small)\\b`,
);

const AUTHORITY_AMOUNT = new RegExp(`\\b${AUTHORITY_LIMIT} (?:is |of |= ?|: ?)?(?:only |just )?[$€£]?(\\d[\\d,]*(?:\\.\\d+)?)(k)?\\b([^.;]{0,80})`);

const amountOf = (digits: string, thousands: string | undefined): number => Number(digits.replace(/,/g, '')) * (thousands ? 1000 : 1);

function authorityExceeded(text: string): boolean {
  if (!/\b(?:limit|threshold|authority|cap|ceiling)\b/.test(text)) return false;
  if (AUTHORITY_EXCEEDED.test(text)) return true;
  const stated = AUTHORITY_AMOUNT.exec(text);
  if (!stated?.[1]) return false;
  const limit = amountOf(stated[1], stated[2]);
  // A larger amount asked for later in the sentence ("… and this payment is 5000"), or earlier ("approving a 41k payout, her
  // authority limit is 25k").
  const before = text.slice(Math.max(0, (stated.index ?? 0) - 80), stated.index ?? 0).split(/[.!?](?:\s|$)/).pop() ?? '';
  return [...`${before} ${stated[3] ?? ''}`.matchAll(/[$€£]?\b(\d[\d,]*(?:\.\d+)?)(k)?\b/g)].some((m) => amountOf(m[1] ?? '0', m[2]) > limit && !/^[45]\d\d$/.test(m[1] ?? ''));
}

const PERMISSION_ISSUE = /\b(?:permissions?|authori[sz]ation|authz|rbac|role|roles|access control|acl) (?:issue|problem|thing|error|failure|mismatch|denial)\b/;

/**
 * "an authenticated insurer asks for a claim covered by a different insurer", "a logged in dealer opens another
 * dealer's orders": the caller named by their kind, and the thing said to be another one's of that kind. What
 * belongs to a peer is refused to an outsider, like another tenant's record.
 */
const CALLER_KIND = /\b(?:authenticated|logged in|signed in) ([a-z]{3,20}?)(?:s|es)?\b/g;

const NOT_A_KIND = /^(?:user|request|call|session|account|endpoint|route|api|page|and|but|with|via|through|only|fine|correctly|client|caller|the|again|first|yet|now|today|yesterday)$/;

function peerOfSameKind(text: string): boolean {
  if (!/\b(?:another|different|other|separate)\b/.test(text)) return false;
  for (const match of text.matchAll(CALLER_KIND)) {
    const kind = match[1] ?? '';
    if (NOT_A_KIND.test(kind)) continue;
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (new RegExp(`\\b(?:another|an? different|a separate|some other|the other|other) ${kind}(?:s|es)?(?:'s|s')?\\b`).test(after)) return true;
  }
  return false;
}

/**
 * "customer deactivated her account; her friend opens her profile link", "someone else visits his page": the account barred is the
 * owner of what another person asks for, not the caller's; what the caller meets is a profile that is gone for now, not a refusal
 * of them.
 */
const ANOTHER_OPENS_THEIR_PAGE =
  /\b(?:her|his|their|[a-z]+'s) (?:friends?|followers?|contacts?|colleagues?|coworkers?|visitors?|fans?|neighbou?rs?|classmates?)\b (?:still )?(?:opens?|visits?|views?|requests?|clicks?|loads?|looks? at|follows?|tries to (?:open|view|see|visit|load))\b|\b(?:someone|somebody|another (?:user|member|customer|person)|other (?:users|members|people)|a visitor|visitors|a friend|friends|anyone) (?:else )?(?:opens?|visits?|views?|requests?|clicks?|loads?|looks? at|tries to (?:open|view|see|visit|load))\b[^.;]{0,40}\b(?:her|his|their|[a-z]+'s) (?:profile|page|account|posts?|channel|feed)\b/;

export function detectDenials(text: string): DenialKind[] {
  const kinds: DenialKind[] = [];
  const add = (kind: DenialKind, found: boolean): void => {
    if (found && !kinds.includes(kind)) kinds.push(kind);
  };
  const scope =
    has(text, ...SCOPE_DENIAL) || (hasNear(text, SCOPE_WORD, SCOPE_NEGATIVE, 35) && !/\b(?:out of|in|within) scope\b|\bscope of (?:this|the|that)\b/.test(text) && !SCOPE_FINE.test(text));
  add('scope', scope || scopeTokensDeny(text) || hintedMatch(text, [READ_ONLY_CREDENTIAL, READ_ONLY_CONSENT]));
  add('tenant', has(text, ...TENANT_DENIAL) || pathTenantDiffers(text));
  add('ownership', has(text, ...OWNERSHIP_DENIAL) || (!kinds.includes('tenant') && peerOfSameKind(text)));
  add('ip', has(text, ...IP_DENIAL) || hintedMatch(text, IP_DENIAL_HINTED));
  add('account', (has(text, ...ACCOUNT_DENIAL) || hintedMatch(text, ACCOUNT_DENIAL_HINTED)) && !ANOTHER_OPENS_THEIR_PAGE.test(text));
  add('plan', has(text, ...PLAN_DENIAL) || hintedMatch(text, PLAN_DENIAL_HINTED));
  add('csrf', CSRF_DENIAL.test(text));
  add('listing', LISTING_DENIAL.test(text));
  add('role', (has(text, ...ROLE_DENIAL) || hintedMatch(text, ROLE_DENIAL_HINTED)) && !ROLE_FINE.test(text));
  // "it is a permissions issue": the writer names the kind of failure (read with negation: "not a role problem").
  add('role', hasAffirmed(text, PERMISSION_ISSUE));
  add('role', authorityExceeded(text));
  if (kinds.length === 0) add('generic', has(text, ...GENERIC_DENIAL) || hintedMatch(text, GENERIC_DENIAL_HINTED));
  if (kinds.length === 0) add('unauthorized-word', UNAUTHORIZED_WORD.test(text));
  return kinds;
}

/**
 * "soft-deleted, admins can undo it any time; what do normal users get?": who may bring a removed thing back, and the
 * ordinary users the question asks about, are the removal's setting, not a refusal of this request (unless the request is
 * itself the restore: "a regular user calls POST /projects/4/restore").
 */
const RESTORER =
  /\b(?:only |just )?(?:the |our |an? |its )?(?:admins?|administrators?|owners?|authors?|moderators?|mods|support(?: staff| team| agents?)?|staff|ops|operators?|superusers?|super ?admins?|managers?)(?: team| users?)? (?:can|could|may|is able to|are able to|is allowed to|are allowed to|still can) (?:still |always |easily )?(?:undo|restore|undelete|un-?delete|recover|bring (?:it|them) back|revert|roll (?:it |them )?back|reinstate|un-?archive|resurrect)\b/g;

const AUDIENCE_ASKED =
  /\bwhat (?:do|does|should|would|will) (?:the |our |all |any )?(?:normal|regular|ordinary|standard|plain|everyday|non-?admin|other|basic) (?:users?|members?|customers?|visitors?|people|callers?|accounts?|readers?) (?:get|see|receive|get back|end up with)\b/g;

/** "the contract says we are not allowed to show their page ever again": what the server may publish, no refusal of a caller. */
const SERVER_BOUND =
  /\b(?:we|i|the (?:server|api|site|platform|company)) (?:are|am|is|were|was) (?:not|never|no longer) (?:allowed|permitted|entitled|supposed|authori[sz]ed) to (?:show|display|serve|publish|host|keep|list|expose|mention|link to|advertise|feature)\b/g;

const RESTORE_ASKED = /\b(?:tries|try|trying|attempts?|attempting|wants?|calls?|calling|hits?|sends?|requests?) (?:to )?(?:[a-z/0-9{}-]+ ){0,3}(?:restore|undelete|undo|recover)\b|\/(?:restore|undelete|recover)\b/;

/**
 * "its not a perms thing, the workspace is gone for good", "nothing to do with permissions": beside a removal, the writer rules the
 * refusals they mentioned (an expired subscription, since renewed) out of the case.
 */
const NOT_A_PERMISSION_MATTER =
  /\bnot (?:a |an )?(?:perms?|permissions?|access|authori[sz]ation|authz|rbac|roles?|entitlement) (?:thing|issue|problem|matter|question|case)\b|\bnothing to do with (?:perms?|permissions?|access|roles?|the (?:subscription|plan|role))\b/;

export function denialsBesideARemoval(text: string, denials: DenialKind[]): DenialKind[] {
  if (NOT_A_PERMISSION_MATTER.test(text)) return [];
  if (!denials.includes('role') || RESTORE_ASKED.test(text)) return denials;
  const setting = text.replace(RESTORER, ' ').replace(AUDIENCE_ASKED, ' ').replace(SERVER_BOUND, ' ');
  return setting === text ? denials : detectDenials(setting);
}
