import { clauseBefore, has, hasAffirmed, matchesOf } from '../match';
import { GROUP_OF_PEOPLE } from './permissions';
import type { Existence } from './types';
import { CONTAINED_CREDENTIAL, type Hinted, hintedAffirmed, hintedMatch, hintedPatterns } from './vocabulary';

/** Existence: missing, removed, removed for good or not known to be (404 or 410). */

const MISSING: readonly RegExp[] = [
  // "nothing ever lived at the requested path", "nothing was ever at that url".
  /\bnothing (?:ever |has ever |had ever )?(?:lived|was|existed|sat|been) (?:ever )?(?:at|under|behind) (?:the|that|this) (?:requested |old |given )?(?:path|url|address|location|route|link|slug)\b/,
  // "the folder name is wrong", "the slug was misspelled": the name asked for is not the thing's name.
  /\b(?:folder|file|page|path|url|link|slug|directory|route) (?:name |path )?(?:is|was|are|were) (?:just |simply )?(?:wrong|incorrect|misspelled|mistyped|off by one character)\b/,
  // "we do not have id 0", "the db has no row 42", "lookup miss": nothing under the id asked for.
  /\b(?:do not|does not|did not) have (?:an? |any )?(?:such )?(?:ids?|records?|entr(?:y|ies)|rows?|items?) ?(?:#|no\.? )?\d+\b|\blookup miss(?:ed|es)?\b|\b(?:lookup|search|query) (?:returned|returns|found|came back with) (?:nothing|no (?:rows?|results?|match(?:es)?))\b/,
  /\b(?:typed|typing|types|type|written|write|writes|wrote|entered|enters|spelled|spelt|copied|pasted)\b[^.;]{0,40}\b(?:wrong|wrongly|incorrectly|badly|with a typo)\b|\b(?:mistyped|misspelled|misspelt)\b/,
  /\bnothing (?:matches|matched)\b|\bmatches nothing\b|\bno (?:matches|match found)\b|\bno (?!(?:rules?|polic(?:y|ies)|roles?|permissions?|scopes?|grants?|acls?|allowlist|entitlements?|signatures?|keys?|tokens?|credentials?|passwords?)\b)[a-z-]+ (?:matches|matched)\b/,
  // "not sure the page ever existed": whether it once did is open, that it is not there now is not.
  /\b(?:not sure|unsure|no idea|unclear|do not know|doubt)(?: if| whether| that)? (?:[a-z-]+ ){0,3}ever existed\b/,
  /\b(?:has|have|had) no (?:such )?(?:route|endpoint|page|handler|path|resource|record|entry|mapping|file|object|url)s?\b(?! (?:access|permission))/,
  /\bnonexistent\b/,
  // "asset key is not at origin either", "the object is not in the bucket": the store behind the url holds nothing there.
  /\b(?:is|are|was|were|exists?) not (?:at|on|in) (?:the |our |its )?(?:origin|origin server|bucket|storage|object store|disk|filesystem|file system)\b/,
  // "nothing with the lowercase name ever existed".
  /\bnothing\b(?: [a-z0-9'/._-]+){0,6} ever existed\b/,
  // "there has never been a v4", "there was never any version 2.0 of it": a version (or such a thing) that never was.
  /\bthere (?:has|have|had|was|were|is) never (?:been |existed )?(?:an? |any |such an? )?(?:v\d+(?:\.\d+)*|version \d[\w.]*|(?:api |app |firmware )?versions? (?:called|named|numbered) [\w.]+|such (?:version|release|endpoint|route|page|id|resource|record|file|path|thing))\b/,
  // "a claim where no rental was ever arranged", "no invoice has ever been issued for it": the thing asked for was never
  // made (not "no role was ever granted": a grant the caller lacks).
  /\bno (?!(?:roles?|permissions?|access|scopes?|grants?|rights?|licen[cs]es?|seats?|consent|approvals?|invites?|invitations?)\b)[a-z-]+ (?:was|were|has|have|had) (?:been )?ever (?:been )?(?:arranged|booked|created|issued|made|produced|generated|filed|recorded|written|uploaded|attached|set up|opened|added|ordered|placed|published|registered)\b/,
  /\bnever (?:shipped|created|implemented|published|released|issued|built|made|produced|uploaded|existed|was)\b|\bonly ever (?:shipped|had|released|built|deployed|launched|published|offered)\b/,
  // "only v1 and v2 of the quotes api were ever deployed", "just the web app has ever been released": what is
  // named is all there ever was, so what else is asked for never was.
  /\b(?:only|just)\b(?: [a-z0-9.'/_-]+){1,8} (?:were|was|have|has|had|got) (?:been )?ever (?:been )?(?:deployed|shipped|released|built|published|launched|created|issued|offered|implemented)\b/,
  // "we run neither", "we don't run either of them": the software a scanner asks for is not there at all.
  /\b(?:we|they) (?:run|host|use|serve|have) (?:neither|none) (?:of (?:them|these|those|it)\b)?|\b(?:we|they) (?:do not|don't|dont|never) (?:run|host|serve) (?:either|any) of (?:them|these|those)\b/,
  // "the replay never got uploaded because the client crashed", "the thumbnail was never even generated".
  /\bnever (?:got |even |actually |ever )+(?:uploaded|created|generated|saved|stored|written|recorded|published|made|built|produced|rendered|synced|imported|submitted)\b|\b(?:was|were|has been|have been) never (?:even |actually )?(?:generated|saved|stored|rendered|recorded|produced|synced|imported|submitted)\b/,
  // "there is no 4.7.3 patch, we jumped from 4.7.2 to 4.8.0", "we skipped v2.1": a version numbered between ones that were
  // released, never made.
  /\bthere (?:is|are|was|were) no (?:v|version |release |build )?\d+(?:\.\d+)+\b|\b(?:jumped|skipped|went|moved|bumped) (?:straight |directly )?from (?:v|version )?\d+(?:\.\d+)+ (?:straight |directly )?to (?:v|version )?\d+(?:\.\d+)+\b|\b(?:we|they) (?:skipped|never (?:cut|tagged)) (?:v|version |release |build )?\d+(?:\.\d+)+\b/,
  // "there is no ticket T-42 at all", "an iban that is not in our bank at all".
  /\bthere (?:is|are|was|were) no (?:[a-z-]+ ){1,2}[a-z0-9_-]*\d[a-z0-9_-]*\b|\bnot (?:in|at|with|on) (?:our|the|this) [a-z-]+ at all\b|\bno such [a-z-]+ at (?:our|the|this) [a-z-]+\b/,
  /\bmissing (?:from|in) (?:the |our )?(?:build|bundle|bucket|database|catalog|deploy|release)\b|\bnot in (?:the |our |their )?(?:s3 |gcs |storage |blob |source |origin |product |prod |primary )?(?:catalog|catalogue|database|bucket|build|system|inventory|store|records|index|sitemap)\b/,
  /\b(?:no one|nobody|never) (?:ever )?(?:uploaded|created|published|posted|wrote|issued|registered|defined|implemented)\b|\bnothing (?:was |were |has been |had been )?ever (?:been )?(?:uploaded|created|published|posted|written|stored|saved|defined)\b|\bno (?:[a-z-]+ )?(?:has|have|had) ever (?:registered|created|uploaded|published|posted|claimed|signed up)\b|\bpoints? to nothing\b|\b(?:does not|do not) (?:match|belong to|map to|correspond to|resolve to) any\b|\bnot existing\b/,
  /\b(?:was|were|is|are|has been|have been) never (?:there|here|a thing|published|real|valid)\b|\b(?:was|were|has been|have been) never (?:an?|one of (?:our|the|its)) [a-z-]+\b/,
  // "which was never part of our app", "never served by us", "never had a route".
  /\bnever (?:been )?(?:part of|in|on|under|served|hosted|deployed|routed|mapped|defined|offered|a (?:page|route|path|endpoint|thing))\b/,
  /\b(?:does not|do not|did not|never|not|doesnt) (?:even |actually |really )?exist(?:s|ed|ing)?\b/,
  /\bno such \w+/,
  // "nothing by that id", "nothing under that slug": no record bears the name asked for.
  /\bnothing (?:by|with|under|for|matching) (?:that|this|the given|the requested|such an?) (?:id|ids|name|number|slug|key|code|handle|reference|sku)\b/,
  // "the airline does not operate that flight on that date", "we do not sell that model": the catalogue has no such thing.
  // (Not "we never offer this again": what is never offered again was offered, and is removed.)
  /\b(?:does not|do not|did not|never) (?:operate|run|offer|sell|carry|stock|host|publish|schedule|fly|list|make|produce|print|ship)\b (?:that|this|such an?|any such) (?!(?:role|roles|permission|permissions|access|scope|scopes|region|regions|country|countries|method|verb|again|anymore|any)\b)[a-z0-9-]+\b(?!(?: [a-z-]+)? (?:again|anymore|any more|any longer)\b)/,
  // "no user has that email", "there is no org by that name", "no order with that id".
  /\bno (?:[a-z-]+ )?(?:user|users|account|accounts|record|records|org|organization|product|item|order|customer|file|page|entry|row|object|team|repo|project)s? (?:has|have|with|matches|match|by|under|called|named|for) (?:that|this|the given|the|such|this exact|that exact)\b/,
  /\bthere (?:is|are|was) (?:no|not an?|not any) (?:[a-z-]+ ){0,2}(?:by|with|named|called|under|at|for) (?:that|this|the)\b/,
  /\b(?:unknown|invalid|wrong|bad|random|made-up|made up|fake|bogus|garbage|incorrect|mistyped|misspelled|typoed|broken|dead|outdated|nonexistent|non-matching|unmatched|undefined|unregistered|unmapped|old) (?:(?:product|order|item|invoice|customer|user|project|doc|document|file|record|page|account|post|ticket) )?(?:id|ids|uuid|uuids|url|urls|path|paths|route|routes|slug|slugs|link|links|endpoint|endpoints|sku|skus|record|records|page|pages|address|uri|uris|file|files|object|username|handle|email|resource|resources)\b/,
  /\btypos?\b|\bmistyped\b|\btyped\b[^.;]{0,40}\binstead of\b|\bmisspel+ed\b|\bfat-?finger/,
  /\b(?:route|path|endpoint|url|page|handler|controller|mapping|v\d+(?:\.\d+)*)s? (?:is |was |are |were )?(?:just |simply |still |even )?(?:not (?:yet )?(?:defined|registered|mapped|implemented|configured|deployed|there)|undefined|unmapped|unknown|missing)\b/,
  /\bno (?:route|handler|matching route|route match|mapping|controller|resource|record|records|row|rows|match|matching record|matching file|file|page|entity|document|object|result) (?:for|at|with|matches|matching|found|exists)\b/,
  /\bno (?:matching )?(?:record|row|entity|resource|document)\b/,
  // "what should the proxy return for a missing object", "absent blobs", "the object simply is not there".
  /\b(?:missing|absent|non-?existing) (?:objects?|files?|blobs?|records?|rows?|entit(?:y|ies)|documents?|items?|attachments?)\b(?! (?:permissions?|access|scopes?|roles?)\b)|\b(?:objects?|files?|blobs?|records?|rows?|items?|documents?) (?:simply|just|really|actually) (?:is|are|was|were) not (?:there|present)\b/,
  // "no handler registered for POST /v3/x", "no controller wired up for that path", "nothing is bound at /v9": the router serves nothing there.
  /\bno (?:route|routes|handler|handlers|controller|controllers|endpoint|endpoints|mapping|mappings|resolver|resolvers|listener|listeners|location block|view|views) (?:is |was |are |were |has been |have been |got |ever )?(?:registered|defined|mapped|configured|declared|wired(?: up)?|set up|bound|mounted|implemented|exposed|attached|hooked up)\b|\bnothing (?:is |was |has been )?(?:registered|mounted|bound|routed|mapped|defined|served|listening) (?:at|for|on|under|to)\b/,
  // "tracking number is fine but no shipment has it", "no vehicle has that plate": a name that nothing of its kind bears
  // (not "no admin has that permission", "no other plan has it enabled": a grant or a setting).
  /\bno (?!(?:one|body|role|roles|permission|permissions|scope|scopes|policy|policies|admin|admins|group|groups|grant|grants|rule|rules|token|tokens|key|keys|plan|plans|access|other|tier|tiers|license|licence|seat|seats)\b)[a-z-]+ (?:has|have|had|carries|carried|uses|used|bears|bore|holds|held|owns|owned) (?:it|them|that|this|those|these)\b(?! (?:[a-z-]+ )?(?:permissions?|roles?|scopes?|access|rights?|privileges?|grants?|features?|flags?|issues?|problems?|bugs?|errors?|enabled|turned|switched)\b)/,
  // "that number isn't one of our subscribers", "the imei in the path is not among our registered devices": the name looked up
  // is none of the things the service keeps (not "she is not one of the admins": a person and a role; nor "not one of our
  // verified senders": a list of what is allowed).
  /(?<!\b(?:caller|user|client|their|his|her|my|your)(?:'s)? )\b(?:numbers?|ids?|uuids?|emails?|e-mail|address(?:es)?|usernames?|handles?|codes?|skus?|msisdns?|imeis?|mrns?|ibans?|serials?|plates?|references?|slugs?|coupons?|vouchers?|tickets?|accounts? numbers?)\b(?: [a-z0-9+_./{}-]+){0,3} (?:is|are|was|were) not (?:one of|among|any of|part of) (?:our|the|their|its|your) (?!(?:[a-z'-]+ )?(?:verified|approved|allowed|allow-?listed|white-?listed|trusted|permitted|authori[sz]ed|registered senders?)\b)(?:[a-z'-]+ ){0,2}[a-z'-]+/,
  // A router's own "nothing here": "no route matched method=get path=/x", "did not match any route", "no matching handler".
  /\bno (?:route|routes|handler|path|mapping|controller|location) (?:was |were )?(?:matched|match|matches)\b|\b(?:did not|does not|do not|never) match (?:any|a|an|one) (?:route|handler|path|mapping|controller|location)s?\b|\bno (?:route )?match (?:in|from|for) (?:our |the )?(?:router|routing table|route table|routes)\b|\bthere (?:is|was) no match\b[^.;]{0,30}\brouter\b|\bno matching (?:route|handler|path|mapping|controller|location|endpoint)s?\b|\b(?:route|path|url|request) (?:was |is )?(?:not matched|unmatched)\b/,
  // "our member ids are 8 digits, never assigned to anyone", "that serial was never issued": an id no record carries (not "the ticket
  // was never assigned to anyone": a thing that is there, without an owner).
  /\b(?:ids?|numbers?|serials?|skus?|codes?|handles?|slugs?)\b[^.;]{0,30}\bnever (?:been )?(?:assigned|issued|allocated|handed out)(?: to (?:anyone|anybody|any (?:[a-z]+)))?\b/,
  // "no payroll run ever happened for them in march 2021", "no statement was ever generated for that month": the thing asked for
  // was never made.
  /\bno (?:[a-z-]+ ){0,2}(?:runs?|records?|payslips?|invoices?|statements?|entr(?:y|ies)|reports?|bills?|orders?) (?:was |were |has |have |had )?(?:ever )?(?:happened|existed|occurred|ran|run|made|created|generated|issued|produced)\b/,
  // "a slug no post has", "an id no order carries": a name that nothing bears.
  /\b(?:slug|id|key|name|handle|sku|code|number|uuid|username)s? (?:that |which )?no (?:[a-z-]+ )?(?:post|posts|page|pages|record|records|item|items|product|products|user|users|article|articles|entry|entries|row|rows|object|objects|file|files|document|documents|order|orders|account|accounts)s? (?:has|have|had|uses?|matches|carries|owns|bears)\b/,
  // (Not "a country where we have not launched the channel": that is where, not whether; nor "not released to students until the
  // exam starts": to whom and when, of a thing that is there.)
  /(?<!\bwhere (?:[a-z]+ ){1,2})\b(?:not|never|hasn't been|has not been|was never|is not yet|not yet) (?:yet )?(?:been )?(?:created|published|released|launched|implemented|built|provisioned|shipped|issued|generated|assigned(?! to\b)|allocated|registered|uploaded|posted|written|set up)\b(?! (?:to|for) (?:them|him|her|(?:the |our |its |their )?(?:user|patient|caller|customer|client|member|student|employee|tenant|reader|subscriber|player|buyer|partner)s?|their|his|her)\b|(?: to [a-z]+s?)? until\b)/,
  /\b(?:is|was|are|were) (?:not|never) (?:in|on) (?:the |our )?(?:database|system|catalog|table|store|index)\b/,
  /\bnothing (?:at|there|here|behind|on)(?! to (?:hide|conceal|worry|fear)\b) (?:that|the|this)? ?(?:url|path|address|route)?\b|\bnothing (?:at|under|behind) (?=\/)/,
  // "the payroll run has not happened yet so there is nothing there", "so nothing is there": said at the end of
  // a clause too (not "nothing there to hide", "nothing here is secret"; and not "nothing to return", which an
  // empty collection that exists says too).
  // (Nor "the cart exists but nothing is there", "has no tasks yet, nothing there": an empty thing that exists.)
  /(?<!\b(?:exists?|existing|empty|has no|have no|zero)\b[\s\S]*)\bnothing (?:is |was |exists )?(?:there|here)\b(?! (?:to (?:hide|conceal|worry|fear)|is (?:secret|hidden|private|confidential|sensitive))\b)/,
  new RegExp(`\\b(?:not found|cannot be found|could not be found|can not be found|could not find|cannot find|can't find|not found in)\\b`),
  /\b(?:record|entity|row|object|item|resource|order|file|page|document|invoice|product|user id|post) (?:is |was )?missing\b/,
  // "some job artifacts are missing", "the attachments were missing after the migration": stored things gone missing (not "roles are
  // missing", "the headers are missing": what the request lacks).
  /\b(?:records|entities|rows|objects|items|resources|orders|files|pages|documents|invoices|products|posts|artifacts?|artefacts?|attachments?|images?|photos?|videos?|recordings?|uploads?|blobs?|reports|exports|backups) (?:are|were|went|have gone|had gone|seem to be|appear to be|are still|were still) missing\b/,
];

/** A login or handle left behind by a rename, and that nobody holds it now (read by REMOVED and MAYBE_BACK). */
const OLD_NAME = String.raw`\b(?:old|previous|former) (?:logins?|usernames?|user names?|handles?|names?)\b`;
const FREED = String.raw`(?:not reserved|no longer reserved|unreserved|free(?: to claim)?|up for grabs)\b`;

const REMOVED: readonly RegExp[] = [
  // "the verify link we disable on purpose, forever": turned off for everyone, for good.
  /\b(?:disable|disabled|disables|turned off|switched off|deactivate|deactivated)\b(?: (?:it|them|the [a-z-]+|that [a-z-]+))?,? (?:on purpose|deliberately|intentionally|permanently|for good|forever)\b/,
  // "the owner revoked the share link": a link that was the resource, withdrawn.
  /\b(?:revoked|disabled|deactivated|killed) (?:the |that |this |their |a )?(?:share|public|shared|sharing|invite|download|guest|magic) links?\b|\b(?:share|public|shared|sharing|invite|download|guest|magic) links? (?:is|are|was|were|got|gets|get|has been|have been) (?:revoked|disabled|deactivated|killed)\b|\b(?:share|public|shared|sharing|invite|magic) links?\b[^.;]{0,40}\b(?:owner|admin|user|creator) (?:revoke|revokes|revoked) (?:it|them)\b/,
  /\b(?:cleaned up|clean-?ups?|garbage[- ]collected|evicted|expunged|erasure|purge)\b/,
  // A removal announced for a date is a removal all the same: "we are sunsetting /v1 permanently on march 1".
  /\b(?:sunsetting|retiring|decommissioning|discontinuing)\b|\b(?:removing|deleting|shutting down|killing) (?:it |them |the [a-z0-9/-]+ |[a-z0-9/-]+ )?(?:permanently|for good|forever)\b/,
  // "our retention policy required us to erase it after seven years", "we had to delete the file": a removal carried out because
  // something obliged it (not "we must delete it", a removal still to come).
  /\bhad to (?:delete|remove|erase|purge|destroy|wipe)\b|\b(?:required|forced|obliged|obligated|compelled) (?:us|them|me|him|her|you) to (?:delete|remove|erase|purge|destroy|wipe)\b|\b(?:made|makes|make) (?:us|them|me|him|her|you) (?:delete|remove|erase|purge|destroy|wipe)\b/,
  // "item is in the recycle bin": a soft-deletion (TEMPORARY reads the restorable part).
  /\b(?:in|to|into) (?:the )?(?:trash|trash can|recycle bin|recycling bin|wastebasket|deleted items)\b|\b(?:in|to|into) the bin\b/,
  // "demo accounts are reset every night", "the nightly wipe of the sandbox": data a reset removes (whether it returns is TEMPORARY's).
  /\b(?:accounts?|data|records?|environments?|sandbox(?:es)?|databases?|dbs?|tenants?|workspaces?|fixtures?|(?:test|demo|sandbox|trial) (?:data|users?|accounts?|accts?|records?)) (?:are|is|were|was|get|gets|got|have been|has been) (?:reset|wiped|cleared|recycled|torn down)\b|\b(?:nightly|daily|weekly|hourly|scheduled|periodic) (?:resets?|wipes?|clean-?ups?|purges?)\b/,
  // Not "deletes"/"removes": "a viewer deletes a board" is the request being judged, not a removal. Nor "access was withdrawn",
  // "their permission was removed": a right taken away, not the thing it was to.
  /\b(?<!\b(?:access|permissions?|rights?|delegations?|privileges?|consents?|grants?) (?:was |were |has been |have been |got |is |are )?)(?:deleted|removed|removal|deletion|purged|erased|wiped|destroyed|taken down|took down|torn down|tore down|unpublished|unlisted|discontinued|retired|sunset|sunsetted|decommissioned|shut down|shutdown|end-of-life|killed off|withdrawn|delisted|retracted)\b/,
  // "listing closed on purpose", "the auction was closed": a listing closed is taken off the market, its page with it.
  /\b(?:listings?|ads?|adverts?|auctions?|postings?|job posts?|job postings?|classifieds?|lots?) (?:was |were |is |are |got |has been |have been |now )?(?:closed|closed down)\b(?! (?:to|for) (?:new )?(?:bids?|applications?|comments?|replies|entries|submissions?)\b)/,
  // "the clan was disbanded by its leader", "the guild was dissolved": a group ended, so its pages are gone.
  /\b(?:disbanded|dissolved|dismantled|wound up|liquidated)\b/,
  /\b(?:took|taken|take|takes|pulled|put) (?:the |that |this |it |them |our |those |their )?(?:[a-z0-9/-]+ ){0,3}(?:down|offline)\b(?! (?:to|for) (?:the )?(?:user|caller|customer)s?\b)/,
  // (Not "the /accounts list they already pulled": data the caller fetched; nor "switched off third-party api access", "anonymous access is
  // switched off site-wide": a setting.)
  new RegExp(`(?<!\\b(?:access|login|logins|sign-?ups?|registrations?|authentication|auth|sso) (?:is |was |are |were |has been |have been |got )?)\\b(?:nuked|ripped out|(?<!\\b(?:list|lists|data|report|reports|export|exports|records|feed|statements?|files?) (?:they |we |you |he |she |it )?(?:already |just |had |have |has )*)pulled|taken offline|took offline|turned off|switched off|archived)\\b(?![^.;]{0,40}\\bfor ${GROUP_OF_PEOPLE})(?! (?:[a-z-]+ ){0,4}(?:access|integrations?|permissions?|rights)\\b)|\\b(?:we|i|they|(?:had|made|got|let) (?:us|me|them)) (?:[a-z]+ly )?(?:and [a-z]+ly )?(?:delete|remove|kill|nuke|pull|purge)\\b|\\b(?:was|were|got|been) (?:delete|remove)\\b|\\b(?:account|shop|store|profile|site|workspace|org|organization|tenant) (?:was |were |got |has been |is )?(?:closed|terminated)\\b|\\b(?:killed|scrapped|axed|yanked|ditched|binned|trashed|zapped)\\b`),
  // "the seller put the item on hold while restocking", "paused the listing": a thing its owner made unavailable (whether for good is read apart).
  // (Not "put his account on hold", "the order is on hold": a refusal of its owner, or a state of a thing still served.)
  /\b(?:put|placed) (?:the |that |this |their |its |her |his |our |a )?(?:[a-z-]+ )?(?!(?:accounts?|users?|members?|customers?|orders?|payments?|subscriptions?|requests?|tickets?|calls?|applications?|shipments?|deliveries|delivery|payouts?|transfers?|refunds?|cards?|plans?)\b)[a-z-]+ on hold\b|\b(?:items?|listings?|products?|posts?|articles?|albums?|videos?|ads?|adverts?|offers?|courses?|pages?|shops?|stores?) (?:is |are |was |were |has been |got )?(?:paused|on hold)\b|\bpaused (?:the |that |this |their |its |her |his |our )(?:[a-z-]+ )?(?:listings?|products?|posts?|albums?|ads?|adverts?|offers?|shops?|stores?|pages?)\b/,
  /\b(?:disabled|deactivated|hid|unpublished) (?:the|this|that|our|their|its) (?:[a-z-]+ )?(?:page|post|article|listing|product|endpoint|route|url|site|document|doc|file|video|album|link)\b|\b(?:page|post|article|listing|endpoint|route|url|document|doc|file|video|album|link|product|profile|shop|store) (?:was |is |got |has been )?(?:disabled|deactivated)\b/,
  /\b(?:asked|told|requested|wanted|want|decided|decide|chose|choose|agreed|planned) (?:us |me |them |the support team )?to (?:delete|remove|purge|erase|close|retire|kill|take down|shut down)\b/,
  /\bno longer (?:exists?|available|there|served|supported|offered|sold|online|hosted|live|published|active|resolves|listed|reachable)\b/,
  // "had us permanently erase their profile": a removal asked for, made for good.
  // "our product intentionally and irrevocably deletes these records", "the job permanently purges them": a policy
  // of removal told in the present (a bare "deletes" is the request being judged; the adverb makes it the removal).
  /\b(?:(?:intentionally|deliberately) and )?(?:permanently|irreversibly|irrevocably)(?: and (?:intentionally|deliberately))? (?:erase|delete|remove|purge|wipe|destroy)s?\b/,
  // "the listing deletes items after 90 days by retention rule", "the job purges drafts older than a year": a removal a rule runs on a
  // schedule, told in the present. Whatever is past the age is gone (whether for good is read apart); a bare "deletes" stays the request,
  // and so does one asked for or allowed ("tries to delete posts older than a year", "admins can delete them after 30 days").
  /(?<!\b(?:to|can|cannot|could|may|might|must|should|would) )\b(?:delete|deletes|remove|removes|purge|purges|erase|erases|wipe|wipes|destroy|destroys)\b (?:[a-z-]+ ){0,3}(?:after|older than) (?:\d+|a|an|one|two|three|six|seven|ten|twelve|thirty|sixty|ninety) (?:[a-z-]+ )?(?:hours?|days?|weeks?|months?|years?)\b/,
  // "we close the old forum and delete all threads intentionally": a removal told in the present, on purpose.
  /\b(?:delete|remove|close|shut down|take down|purge|erase)\b[^.;?]{0,40}\b(?:intentionally|deliberately|on purpose)\b/,
  // "the username was released after a rename": a name freed, no longer pointing at anyone.
  // "the old login is not reserved, anyone could claim it": after a rename, a name nobody holds.
  new RegExp(`\\b(?:usernames?|handles?|user ?names?|vanity urls?|slugs?|subdomains?)\\b (?:was |were |got |has been |have been |is |are )?(?:released|freed(?: up)?|reclaimed|given up)\\b|${OLD_NAME} (?:is |are |was |were )?${FREED}`),
  /\b(?:is|are|was|were|now|has|have|been|went|got|page|it|endpoint|product|resource|url|file)(?: [a-z]+ly)? gone\b|\bgone (?:for good|forever|now|permanently)\b|\b(?:is|are|was|were) (?:permanently|now|already|completely|really) gone\b|\b(?:permanently|intentionally|deliberately|completely|definitely|totally|forever) gone\b/,
];

/**
 * Removal patterns that can only match where their cheap hint does: the long alternations cost
 * milliseconds to compile on a cold start (the CLI), so most questions never compile them.
 */
/** Things with a lifetime of their own: when it ends, the thing is gone for everyone. */
const EXPIRING = '(?:(?:short |share |download |invite |invitation |magic |signup |sign-up |referral |promo )?links?|short-?links?|short urls?|invites?|invitations?|shares?|pastes?|coupons?|vouchers?|promo codes?|promos?|offers?|deals?|listings?|gift cards?|tickets?|polls?|campaigns?|ads?|adverts?|advertisements?|classifieds?|(?:job )?postings?|(?:promo|promotional|campaign|landing|sale|event|offer|contest|giveaway|seasonal) pages?)';

export const EXPIRED_RESOURCE = new RegExp(`\\bexpired (?:[a-z-]+ )?${EXPIRING}\\b|\\b${EXPIRING}\\b(?:(?!\\b(?:not|never|no)\\b)[^.;]){0,30}\\bexpire[sd]?\\b`);

const SINGLE_USE =
  '(?:single-use|single use|one-time|one-shot|one use|(?:used|usable|valid|redeemable|claimable) (?:only )?once|once only|only once)';
/** "one-time voucher pages, this one already redeemed", "single use download links, consumed by the first download": used, and by its own rule never usable again. */
const SINGLE_USE_USED_UP = new RegExp(
  // (Not a sign-in link or code: what signs someone in is a credential, spent rather than removed.)
  `^(?![\\s\\S]*\\b(?:log ?in|logs in|sign ?in|signs (?:you|them|her|him|users?) in|login|otps?|passwords?|passcodes?|pins?|2fa|mfa|verification codes?)\\b)[\\s\\S]*\\b${SINGLE_USE}\\b[^?]{0,120}\\b(?:(?:is|are|was|were|got|gets|has been|have been|had been) (?:already )?(?:claimed|redeemed|used|used up|consumed|burned|burnt|spent)|already (?:been )?(?:claimed|redeemed|used|consumed|burned|burnt|spent)|once (?:[a-z-]+ ){0,3}(?:claims?|claimed|redeems?|redeemed|uses?|used|consumes?|consumed) (?:it|them|the [a-z-]+(?: [a-z-]+)?))\\b`,
);

/**
 * "the newsletter has ended, and we will never send another issue", "we closed the blog and are never posting anything more": a
 * publication stopped, with nothing ever to come, is ended for good (its feed or page is gone, RFC 9110 §15.5.11).
 */
const STOPPED_FOR_GOOD =
  /\b(?:stop|stops|stopped|end|ends|ended|cancel|cancels|cancel+ed|close|closes|closed|discontinue|discontinued|wind down|wound down|drop|dropped)\b(?: (?:it|them|this|that|the [a-z-]+(?: [a-z-]+)?|our [a-z-]+(?: [a-z-]+)?))?(?: for good| completely)?(?:,? and|;|,) (?:we )?(?:will |shall |are going to |are |is )?never (?:again )?(?:publish|post|release|produce|air|add|make|send|upload|record|put out|ship)(?:es|s|ed|ing)? (?:any ?more|anything (?:else|new|more)|another|any (?:new|more|further|other)|new)\b/;

/** The two above behind their hints: each tells a removal, and that it is for good (REMOVED_HINTED and PERMANENT_HINTED). */
const ENDED_FOR_GOOD: Hinted = [/\bnever\b/, STOPPED_FOR_GOOD];
const USED_UP: Hinted = [/\b(?:single-use|single use|one-time|one-shot|one use|once)\b/, SINGLE_USE_USED_UP];

const REMOVED_HINTED: readonly Hinted[] = [
  ENDED_FOR_GOOD,
  // "file f_2 vanished after the migration", "the storage migration lost it": it was there and is not now (whether
  // for good is read apart). Not a credential or a permission that went missing from the request.
  [
    /\b(?:vanish|disappear|went missing|lost)/,
    /(?<!\b(?:tokens?|headers?|cookies?|sessions?|keys?|credentials?|jwts?|roles?|permissions?|scopes?|access|buttons?|menus?|icons?|options?) (?:has |have |had |just |suddenly )?)\b(?:vanished|disappeared|went missing)\b|\b(?:migration|outage|incident|crash|bug|corruption|failover|restore|cleanup job|disk failure) (?:may have |might have |has |have |probably |apparently )?(?:lost|wiped|ate)\b/,
  ],
  // "we soft-delete invoices", "support can undelete tickets": a removal that can be undone is a removal.
  // "rows keep a deleted_at timestamp", "an is_deleted flag": a soft-delete's column, set.
  [/delet/, /\bsoft[- ]?delet(?:e|ed|es|ing|ion)\b|\bun-?delet(?:e|ed|es|ing|able)\b|\b(?:is_?deleted|deleted_?(?:at|on|flag|by|time|date))\b/],
  // "after a hard delete", "tombstoned after retention", "the route got dropped in the deploy".
  // "we dropped the v1 endpoint path": the verb first, then what was served.
  [/\b(?:hard|tombston\w*|dropped)\b/, /\bhard[- ]?delet(?:e|ed|es|ing|ion)\b|\btombston(?:e|ed|es|ing)\b|\b(?:we|they|i|team|[a-z]+ team) (?:just |finally |quietly )?dropped (?:the |our |that |this |its |their )?(?:[a-z0-9./*{}-]+ ){0,2}(?:routes?|endpoints?|pages?|paths?|urls?|apis?|versions?|features?|products?|resources?|files?|images?|docs?|sections?)\b|\b(?:route|routes|endpoint|endpoints|page|pages|path|paths|url|urls|handler|api|version|file|image|resource|record|product|article|post)s? (?:got |was |were |has been |have been |is |are )?dropped\b/],
  // "we stop the old api version forever", "closed it for good": any ending, made permanent.
  [/\b(?:forever|for good|permanently|for always)\b/, /\b(?:stop|stops|stopped|stopping|end|ends|ended|close|closes|closed|disable|disabled|turn off|turned off|switch off|switched off|remove|removes|kill|kills|drop|drops|deprecat\w*|retir\w*|sunset\w*) (?:the |our |this |that |it |them )?(?:[a-z0-9./-]+ ){0,4}(?:forever|for good|permanently|for always)\b/],
  [
    /\b(?:closed|terminated|deactivated|shut)\b/,
    /\b(?:closed|terminated|deactivated|shut) (?:down )?(?:the|their|his|her|its|our|my|this|that) (?:[a-z-]+ ){0,2}(?:account|shop|store|profile|site|workspace|org|organization|tenant|page|listing|blog|channel|project|repo|app|forum|community|wiki|portal|service|api|program|programme|campaign|newsletter|board|group|feature|microsite)\b/,
  ],
  // "permanently disabled a phishing short link", "deactivated the url for good": a resource (not a person,
  // account or credential) ended for good.
  [/\b(?:permanently|for good|forever)\b/, /\b(?:permanently|for good|forever) (?:disabled|deactivated|closed|killed)\b(?! (?:(?:the|their|his|her|its|an?) )?(?:[a-z-]+ )?(?:user|users|account|accounts|member|members|customer|customers|key|keys|token|tokens|caller|callers|session|sessions)\b)|\b(?:disabled|deactivated) (?:the |an? |this |that |our |their )?(?:[a-z0-9./-]+ ){0,3}(?:link|links|url|urls|page|pages|profile|listing|post|site|short ?link|redirect)\b[^.;]{0,20}\b(?:for good|forever|permanently)\b/],
  // "download links are single use, this one already consumed", "a one-time voucher already redeemed": a thing made to be used
  // once, used, is used up for everyone (a one-time login code used up is a spent credential instead: authentication reads it first).
  USED_UP,
  // "share links expire after 7 days by design", "an expired invite": the resource's own lifetime ended
  // (not "the presigned url is not expired", nor a signed url, whose signature is what expires).
  [/\bexpir/, EXPIRED_RESOURCE],
];

const MISSING_HINTED: readonly Hinted[] = [
  // "const order = await Orders.findById(req.params.id); if (!order) return res.status(???)": code that answers a record looked up
  // by id and not found.
  [
    /\b(?:findbyid|find_by_id|findone|find_one|by_id|get_object|params|query\.id|\.get\(\s*id\b)/,
    /\b(?:findbyid|find_by_id|findone|find_one|by_id|get_object|params)\b[\s\S]{0,120}?(?:\bif ?\( ?! ?[a-z_]+ ?\)|\bif not [a-z_]+ ?:|\b[a-z_]+ (?:is|===?) (?:none|null|nil|undefined)\b)/,
  ],
  // "a queue id that is not configured in any region", "the sku is not defined anywhere", "isn't registered and never
  // has been": nothing of that name set up anywhere, now or before (not "sso is not configured for their tenant").
  [
    /\b(?:anywhere|any|never)\b/,
    /\b(?:is|are|was|were) not (?:configured|defined|registered|provisioned|set up|created|deployed|mapped|listed|present|known) (?:anywhere|(?:in|on|for|under) any (?:[a-z-]+ )?(?:region|regions|environment|environments|env|cluster|clusters|shard|shards|datacenter|datacenters|zone|zones|catalog|catalogue|table|database|config|configuration|service|server|servers|deployment|deployments|system)s?)\b|\b(?:is|are) not (?:configured|defined|registered|provisioned|set up|created|deployed|mapped|listed|present|known|real|valid|a thing)\b(?: [a-z0-9/{}_-]+){0,5},? (?:and|but) (?:it |they |that )?(?:never (?:has|have|had|was|were|did)|has never|have never|had never) (?:been|existed|exist)?\b/,
  ],
  // Nothing there, said of the lookup rather than with "not found" ("from this api's pov nothing is there" is
  // MISSING's, with its guards): "nothing in the shard", "this region has nothing", "GET /children/9 returns nothing", "the record id is unknown", "object key
  // not present" (not "nothing is missing", "the user is unknown to the idp": an id, a key or a record; nor "the playlist exists but holds
  // nothing": an empty collection that is there).
  [
    /\b(?:nothing|unknown|not present|absent|not there|not on file)\b|recogni[sz]ed\b/,
    /\bnothing (?:is |was |exists )?in (?:it|this one|that one|ours|the (?:db|database|store|shard|region|table))\b(?<!\b(?:exists?|existing)\b[^.;]{0,30})|\b(?<!\b(?:exists?|existing)\b[^.;]{0,30})(?:has|have|had|holds?|held|stores?|stored|finds?|found|returns?|returned|gives? back|comes? back with) nothing\b(?! (?:to do|in common|but|else|against|on)\b)|\b(?<!\b(?:session|token|client|api|login|jwt|cookie|credential|credentials|access|refresh|secret|kid) )(?:ids?|uuids?|guids?|slugs?|skus?|record ids?|object ids?|keys?|object keys?|handles?|references?|ref|refs)(?: (?:is|was|are|were))? (?:unknown|not recogni[sz]ed|unrecogni[sz]ed|not on file)\b|\b(?:keys?|records?|items?|objects?|files?|entr(?:y|ies)|rows?|resources?|documents?|ids?|pages?) (?:is |was |are |were )?(?:not present|absent|not there)\b(?! (?:from|in) (?:the )?(?:request|header|call|token)\b)/,
  ],
  // "pasted only half of the tracking number", "a truncated invoice id", "the uuid is incomplete": an id in part
  // names nothing (a credential in part is read first, as no valid credential).
  [
    /\b(?:half|part|portion|fragment|truncated|incomplete|partial|cut[- ]off|chopped|clipped|shortened)\b/,
    /\b(?:half|part|a part|portion|fragment|first (?:half|part|few (?:digits|chars|characters|letters))) of (?:the |an? |his |her |their |its |our |that |this )?(?:[a-z-]+ ){0,2}(?:ids?|numbers?|uuids?|guids?|references?|refs?|codes?|slugs?|links?|urls?|paths?|skus?|handles?)\b|\b(?:truncated|incomplete|partial|cut[- ]off|chopped|clipped|shortened|half) (?:[a-z-]+ ){0,2}(?:ids?|numbers?|uuids?|guids?|references?|refs?|slugs?|links?|urls?|paths?|skus?)\b|\b(?:ids?|numbers?|uuids?|guids?|references?|refs?|slugs?|links?|urls?|paths?|skus?)\b[^.;]{0,25}\b(?:is |was |got |gets |are |were )?(?:truncated|incomplete|cut[- ]off|cut short|chopped(?: off)?|clipped|partial)\b/,
  ],
  // "no index by that name", "no bucket with the given id", "there is no queue called jobs-eu": nothing of that kind bears the name.
  [
    /\b(?:called|named|by (?:that|this|the given)|with (?:that|this|the given|the requested|such an?))\b/,
    /\bno (?!(?:one|body|longer|way|doubt|need|reason)\b)(?:[a-z0-9_-]+ ){1,2}(?:(?:by|with|under|matching) (?:that|this|the given|the requested|the provided|the same|such an?|this exact|that exact) (?:name|id|key|slug|number|title|handle|identifier|uuid|email|username)|(?:called|named) [a-z0-9_{}.'"-]+)/,
  ],
  // "foo is not a route we have", "that segment isn't a path the api serves": nothing is served there.
  [/\b(?:not|never) (?:a |an |one of (?:the |our ))?(?:valid |real |known |existing |defined )?(?:path|route|endpoint|url|page|resource|sub-?resource|segment|handler)/, /\b(?:is not|are not|not|never) (?:a |an |one of (?:the |our ))?(?:valid |real |known |existing |defined )?(?:path|paths|route|routes|endpoint|endpoints|url|urls|page|pages|resource|resources|sub-?resources?|segment|segments|handler|handlers)(?: that)? (?:we|our (?:api|app|server|site|service|router)|the (?:api|app|server|site|service|router)) (?:have|has|had|serve|serves|expose|exposes|know|knows|support|supports|define|defines|offer|offers|handle|handles|route|routes|implement|implements|register|registers|map|maps)\b/],
  // "/v1/userz (z instead of s)", "/admn (meant /admin)": a path annotated as a slip of the keyboard.
  // "(transposed letters)", "a doubled letter": a slip of the keyboard described by its letters.
  [/\b(?:letters?|chars?|characters?)\b/, /\b(?:transposed|swapped|switched|doubled|missing|extra|dropped|flipped) (?:a |an |two )?(?:letters?|chars?|characters?)\b/],
  [/ instead of |\((?:meant|should be|instead of|intended|correct is|missing|extra|doubled|dropped|swapped) /, /(?<![a-z])[a-z0-9] instead of (?:an? )?[a-z0-9](?![a-z0-9])|\((?:meant|should be|instead of|intended|correct is) \/[^\s)]+\)|\((?:missing|extra|doubled|dropped|swapped) (?:an? |the )?(?:letter |char |character )?[a-z0-9.]\)/],
  // "we never had that page", but not "never had access / the role": that is a refusal.
  [/\bnever had\b/, /\bnever had(?! (?:any |the |a |an |their |his |her )?(?:[a-z-]+ )?(?:access|permissions?|roles?|rights|privileges?|grants?|membership|scopes?|seats?)\b)/],
  // "scanners asking for /wp-admin, we do not have wordpress": software the site never ran.
  [/\b(?:wordpress|php|phpmyadmin|drupal|joomla|magento|software|plugin|cms|such)\b/, /\b(?:we|they|the (?:site|server|app|api)|our (?:site|server|app|stack|api)) (?:do not|does not|did not|never) (?:even )?(?:have|run|use|host|had|ran|used|install(?:ed)?) (?:any )?(?:wordpress|php|phpmyadmin|drupal|joomla|magento|that (?:software|plugin|cms|stack)|such (?:a )?(?:file|page|software|plugin|cms))\b/],
  [/\/wp-|\/\.env|\/\.git|phpmyadmin/, /\b(?:scanners?|probes?|probing|bots?|crawlers?)\b[^.;]{0,40}(?:\/wp-(?:login|admin|content)|\/\.env\b|\/\.git\b|phpmyadmin)/],
  // "the parent exists but the child does not", "no saved search 77 exists", "typed the link wrong".
  [/\bbut\b/, /\bexists?\b[^.;?]{0,40}\bbut (?:the |its |a |that )?[a-z0-9-]+(?: [a-z0-9-]+)? (?:does not|do not|did not)\s*(?=[:;,.!?(]|-|$)/],
  [/\bever\b/, /\bno [a-z-]+(?: [a-z-]+)? (?:has |have |had )?ever (?:had|held|used|existed|matched|been assigned|been issued)\b/],
  // "there was no postmortem ever written for it", "no invoice was ever drawn up for that order": the thing asked for was never made,
  // whatever its parent is (RFC 9110 §15.5.5: nothing there to send). Not a grant or a credential never made: that refuses or
  // fails to authenticate.
  [/\bever\b/, /\bno (?!(?:[a-z-]+ )?(?:tokens?|keys?|passwords?|credentials?|sessions?|cookies?|roles?|permissions?|scopes?|grants?|access|invit\w+|logins?|accounts? for (?:him|her|them))\b)[a-z-]+(?: [a-z-]+)? (?:was |were |has been |had been |has |have )?ever (?:been )?(?:written|created|made|drafted|drawn up|filed|produced|generated|uploaded|published|recorded|attached|added|submitted|compiled)\b/],
  [/\bexist/, /\bno (?:(?!(?:the|that|it|this|a|an|one|secret|doubt|question|proof|sign|evidence|idea|need|reason)\b)[a-z0-9_-]+ ){1,3}(?:exists?|existed)\b/],
  // "product 123, which we do not have": the catalogue lacks it (not "we do not have permission").
  [
    /\b(?:which|that) (?:we|the) /,
    /\b(?:which|that) (?:we|the (?:server|store|shop|site|api|catalog|catalogue|database)) (?:do not|does not|did not|never) (?:have|had|sell|carry|stock|offer|host|serve|know)\b(?! (?:the |a |an |any )?(?:access|permissions?|rights?|roles?|scopes?)\b)/,
  ],
  // "namespace foo exists, widget bar does not": the parent is there, the child named next is not.
  [/\bexists?\b/, /\bexists?\b[^.;?]{0,40}?(?:,| while| whereas| and) (?:the |its |a |that )?[a-z0-9-]+(?: [a-z0-9-]+){0,2} (?:does not|do not|did not)\s*(?=[:;,.!?(]|-|$| and\b| but\b)/],
  // A platform's own "nothing there": gRPC NOT_FOUND, S3 NoSuchKey, ResourceNotFoundException.
  [/not_?found|nosuch/, /\bnot_found\b|\bnosuch(?:key|bucket|entity|upload|resource)\b|\b(?:resource)?notfound(?:exception|error)\b/],
  // A slip when copying an id: "copy paste wrong", "one digit missing", "the real one is inv-0019".
  [/\bcopy[- ]?past/, /\bcopy[- ]?past(?:e|ed|es|ing)\b[^.;]{0,20}\b(?:wrong|wrongly|error|mistake|incorrectly|badly)\b/],
  [/\b(?:digits?|chars?|characters?|letters?)\b/, /\b(?:digits?|chars?|characters?|letters?) (?:missing|dropped|swapped|transposed|too many|too few|short|off)\b|\b(?:missing|extra|dropped|swapped|doubled|transposed) (?:a |an |one |two )?(?:digits?|chars?|characters?)\b/],
  [/ is [a-z0-9-]*\d/, /\b(?:the )?(?:real|actual|correct|right|existing) (?:one|id|number|slug|code) is [a-z0-9-]*\d|\b(?:id|number|slug) in (?:the )?(?:database|system) is [a-z0-9-]*\d/],
];

/** Removals read with negation like REMOVED, behind a cheap hint each (most questions have none). */
const REMOVED_AFFIRMED_HINTED: readonly Hinted[] = [
  // "took the product off the catalog", "pulled it off the site": removed from where it was served.
  [/\boff\b/, /\b(?:took|taken|take|takes|taking|pulled|pull|pulls|pulling|removed|got|get|gets) (?:the |that |this |it |them |our |those |their |its )?(?:[a-z0-9/-]+ ){0,3}off (?:of )?(?:the |our |their |its )?(?:catalog|catalogue|site|website|store|shop|shelf|shelves|market|marketplace|menu|web|internet|listings?|app|homepage|platform|air|storefront|page|api|apis|servers?|portal|cdn|endpoints?|production|prod)\b/],
  // "shut it down", "shutting the old forum down".
  [/\bshut/, /\b(?:shut|shuts|shutting) (?:it|them|this|that|(?:the |our |their )?(?:[a-z0-9/-]+ ){1,3})down\b/],
  // "dead for good", "dead and buried": an ending made permanent (not a dead link, which is a typo's kin).
  [/\bdead\b/, /\bdead (?:for good|forever|permanently|and buried|and gone|for ever)\b|\b(?:permanently|officially|definitely) dead\b/],
  // "out of the catalog", "shut off permanently".
  [/\bout of\b|\bshut off\b/, /\bout of (?:the |our )?(?:catalog|catalogue|store|shop|index|listings?|sitemap)\b|\bshut off\b/],
];

/** Words that make "removed" about a permission rather than the resource. */

const REMOVAL_OF_ACCESS =
  /\b(?:role|roles|permission|permissions|scope|scopes|access|privilege|privileges|grant|allowlist|group|membership|seat|license|api key|key|token|tokens|password|secret|credentials?|session|sessions|cookie|cookies|jwt|certificate|from the team|from the org|from the project|from the workspace|user from|member from)\b|\b(?:they|he|she|user|users|member|members|i|we|you|caller|callers|them|him|her|people|employees?|staff|contractors?) (?:were|was|got|have been|has been|had been|been|are|is|get|gets) (?:removed|kicked|dropped|deleted)\b/;

/**
 * A way back ruled out, written once for PERMANENT and for what detectExistence reads around it: "no way to restore it", "not possible to restore it any more", "no way to get it back", "will never be
 * restored", "barred from ever republishing it", "the bin was emptied", "the backups are rotated already".
 * A return forbidden by what binds the server, the verb active: "the order forbids restoring it", "the settlement prohibits us from
 * re-uploading it", "the ruling bars reinstating the page" (a removal that may not be undone is known to be permanent, RFC 9110 §15.5.11);
 * not a ban put off by its end ("forbids republishing it until legal reviews it"), nor one denied ("nothing forbids restoring it").
 */
const FORBIDS_A_RETURN = String.raw`\b(?<!\b(?:nothing|nobody|no one|no [a-z-]+|not|never) )(?:forbids?|forbade|prohibits?|bars|bans|precludes?|disallows?) (?:us |anyone |them |you |the (?:company|site|platform|service) )?(?:from )?(?:ever )?(?:restoring|recovering|undeleting|republishing|re-?publishing|reinstating|reposting|re-?uploading|bringing (?:it|them) back)\b(?! (?:it |them )?(?:until|till|pending|for now|for the time being|while|unless|before)\b)`;

/**
 * A return denied together with another verb: "the handle will never be reassigned or restored", "can never be reopened, reused or
 * recovered": the one "never" governs every verb of the list, so the return word at its end is ruled out like "never be restored"
 * (known permanent, RFC 9110 §15.5.11), though no negation stands in the three words before it.
 */
const NEVER_IN_A_LIST = String.raw`\b(?:never|not ever|cannot|can not) (?:be |been |get |got )?(?:[a-z-]+(?:,? (?:or|nor)|,) (?:be )?){1,2}(?:restored|recovered|undeleted|republished|re-?published|reinstated)\b`;

const NO_WAY_BACK = String.raw`${FORBIDS_A_RETURN}|${NEVER_IN_A_LIST}|\bno (?:chance|way|option|possibility|hope) (?:of|to) (?:restor\w*|recover\w*|undelet\w*|bring(?:ing)? (?:it|them) back|get(?:ting)? (?:it|them) back)\b|\b(?:not|no longer) possible to (?:restore|recover|undelete|bring (?:it|them) back|get (?:it|them) back)\b|\bimpossible to (?:restore|recover|undelete|bring (?:it|them) back|get (?:it|them) back)\b|\b(?:never|not ever) (?:be |been |get |got )?(?:restored|recovered|undeleted|republished|re-?published)\b|\b(?:barred|prohibited|forbidden|banned) from (?:ever )?(?:republishing|re-?publishing|restoring|reposting|re-?uploading|reinstating)\b|\b(?:recycle bin|bin|trash|trash can|wastebasket) (?:was |is |has been |had been |got |gets )?(?:emptied|purged|cleared)\b|\bemptied (?:the )?(?:recycle bin|bin|trash)\b|\bbackups? (?:are |were |have been |has been |got )?(?:already )?(?:rotated|expired|purged|overwritten|aged out)\b`;

/** How a restore window or retention is said to be over ("the 30 days are over", "the grace period ran out"), for PERMANENT and CLOSED_WAY_BACK. */
const WINDOW_ENDED = '(?:over|passed|gone by|elapsed|expired|closed|ended|ran out|run out|runs out)';

const NOTHING_BRINGS_IT_BACK = String.raw`\bnothing (?:can|could|will) (?:ever )?(?:bring (?:it|them) back|restore (?:it|them)|undo (?:it|this|that)|recover (?:it|them)|be (?:restored|recovered|undeleted|undone|brought back))\b|\bnothing (?:left )?to (?:restore|recover|undelete|bring back)\b`;

const AFTER_THE_WINDOW = String.raw`\bafter the (?:\d+[- ]days? )?(?:undelete|undeletion|restore|recovery|grace|retention) (?:window|period)\b`;

const PERMANENT: readonly RegExp[] = [
  // "hard delete after 30 days, the 30 days are over, nothing left to restore".
  new RegExp(`${NO_WAY_BACK}|${NOTHING_BRINGS_IT_BACK}|\\b(?:grace period|retention period|(?:undelete|undeletion|restore|recovery|soft[- ]delete) (?:window|period)|\\d+ days?) (?:is |are |was |has |have |had )?${WINDOW_ENDED}\\b|${AFTER_THE_WINDOW}`),
  /\b(?:deletion|removal|erasure|decision|purge) (?:is|was) (?:final|irrevocable)\b|\birreversibl[ey]\b|\birrevocabl[ey]\b|\bfinal(?:ly)? (?:deleted|removed|purged|erased)\b|\bno (?:way|going) back\b|\bno (?:undo|backups?|recovery|restore)\b|\bwill never be (?:reused|restored|recovered|back)\b/,
  /\bfor good\b|\bpermanent(?:ly)?\b|\bforever\b|\bfor ever\b/,
  /\bnever (?:coming|come|going to come) back\b|\bnot (?:ever )?coming back\b|\b(?:not|never|no) (?:will )?come (?:back|again)\b|\bdefinitive(?:ly)?\b|\b(?:will|would) never (?:be )?back\b/,
  /\b(?:will not|is not going to|are not going to|never going to|will never) (?:come back|return|be back|be restored|exist again|be coming back|reappear|be (?:re-?issued|re-?released|re-?published|re-?uploaded|re-?added|reinstated|re-?created|re-?opened)(?: ever)?)\b/,
  /\birreversibl[ey]\b|\birrevocabl[ey]\b|\bunrecoverabl[ey]\b|\bcannot be recovered\b|\bhard[- ]delet\w*|\bfor always\b|\bnever (?:come|comes|coming) (?:again|back)\b|\bnever again\b|\bnever returning\b|\bnot returning\b|\b(?:articles?|papers?|pages?|posts?|stories|story|items?|products?|listings?|they|it|those|these)\b (?:will )?never (?:return|returns|reappear|reappears)\b(?= (?:at|to|on|under|in)\b|[.,;]|$)|\bcannot be (?:undone|restored|recovered)\b/,
  /\bno plans? to (?:bring (?:it|them) back|restore|re-?add|reinstate)\b/,
  /(?<!un)\bintentional(?:ly)?\b|\bon purpose\b|\bwith (?:intention|intent)\b|(?<!un)\bdeliberate(?:ly)?\b|\bpurpose(?:ly|fully)\b|\bby design\b|\b(?:by|with|for) purpose\b/,
  /\bdiscontinu(?:ed|ing)\b|\bretir(?:ed|ing)\b|\bsunset(?:ted|ting)?\b|\bdecommissioning\b|\bdecommissioned\b|\bend-of-life\b|\bend of life\b|\beol\b|\bshut down\b|\bshutdown\b/,
  /\b(?:years|months|long|ages) ago\b/,
  /\bgone for good\b/,
  // "turned off after 18 months of deprecation notices", "removed after the sunset period": a removal announced and carried out.
  /\bafter (?:\d+ |many |several |long |the |a )?(?:(?:days?|weeks?|months?|years?) of )?(?:deprecation|sunset) (?:notices?|warnings?|periods?|headers?|emails?|window)\b/,
  // "their ids are never reused", "the name is never given out again", "that url can never be reused": the address can never
  // point at anything again.
  /\b(?:ids?|urls?|names?|slugs?|links?|numbers?|handles?|addresses|paths?)\b (?:are |is |will be |get |gets |can |could |may |shall )?(?:never|not ever) (?:be )?(?:re-?used|re-?issued|recycled|re-?assigned|given out again|handed out again)\b/,
  // "files get deleted after the 7 day retention", "purged at the end of retention", "deleted after 7 days by retention
  // policy": removed because a retention ran out.
  /\b(?:deleted|purged|removed|erased|wiped|destroyed) (?:after|at the end of|once|when) (?:the |its |their |our )?(?:\d+[- ]days? |\d+[- ]months? )?retention\b|\b(?:deleted|purged|removed|erased|wiped|destroyed) after \d+ (?:days?|weeks?|months?) (?:by|under|per) (?:the |a |our |its |their )?retention\b/,
  /\bremoved in v\d|\bdropped (?:support|the endpoint|the route|the api)\b/,
  // "server torn down, team disbanded": nobody and nothing is left to bring it back (not "the server is down": an outage).
  /\b(?:team|squad|owners?|maintainers?|vendor|company|startup)(?: (?:that|who) (?:owned|ran|built|maintained) (?:it|them))? (?:is |was |were |has been |have been |got )?(?:disbanded|dissolved|folded|defunct|out of business|went bust|gone bust)\b|\b(?:servers?|hosts?|infra(?:structure)?|backends?|machines?|boxes|clusters?|vms?) (?:is |are |was |were |has been |have been |got )?(?:torn down|decommissioned|scrapped|destroyed|deprovisioned)\b/,
];

/** Permanence behind a cheap hint each, read like PERMANENT (hedges and negation included). */
const PERMANENT_HINTED: readonly Hinted[] = [
  ENDED_FOR_GOOD,
  // A single-use thing already used can, by its own rule, never serve anything again (RFC 9110 §15.5.11: the server knows it is final).
  USED_UP,
  // "we will not restore it", "won't ever bring it back", "not going to put it back": a return refused.
  [/\b(?:restor|bring|put|publish|re-?add|reinstat|undelet|recover|reviv|re-?enabl|re-?creat|re-?open|re-?list)/, /\b(?:will not|will never|would never|is not going to|are not going to|not going to|never going to|do not plan to|does not plan to|do not intend to|does not intend to|(?:have |has )?no (?:plans?|intention)(?: (?:ever|whatsoever|at all))? (?:of|to)|never plan to)(?: ever)? (?:restore|restoring|bring(?:ing)? (?:it |them |this |that )?back|put(?:ting)? (?:it |them )?back|re-?publish\w*|re-?add\w*|reinstat\w*|undelet\w*|recover\w*|reviv\w*|re-?enabl\w*|re-?creat\w*|re-?open\w*|re-?list\w*)\b/],
  // "this is final", "the decision is final", "that's settled": the removal is decided for good.
  [/\b(?:final|settled|definitive|irreversible|reversible)\b/, /\b(?:this|that|it|which|decision|deletion|removal) (?:is|was) (?:final|settled|definitive|irreversible|not reversible|not coming back)\b|\b(?:it is|this is) final\b|\bfinal decision\b/],
  // "can never be reactivated", "cannot be revived", "no one will ever re-enable it".
  // "we will never host it again", "never be published again": the same thing ruled out from coming back.
  // "that link can never work again", "the code will never be valid again": the address itself can never serve anything again.
  // ("after expiry the link can never be active again")
  [/\bagain\b/, /\b(?:can|will|could|would) never (?:work|resolve|open|be (?:used|valid|active|activated|redeemed|accepted|opened|served|usable|live)) again\b/],
  [/\bagain\b/, /\bnever (?:host|serve|publish|offer|sell|show|list|use|reuse|re-?use|run|support|restore|reissue|re-?issue|launch|release|bring|put) (?:it|them|this|that|those|these|the [a-z-]+)(?: (?:up|back|online|live))? again\b|\bnever (?:be )?(?:hosted|served|published|offered|sold|shown|listed|used|reused|run|supported|restored|reissued|launched|released|brought back|put (?:up|back|online)) again\b/],
  [/reactivat|re-?enabl|reviv|reopen|brought back|never be (?:restored|undone|recovered)|ever (?:restore|bring)/, /\b(?:can|will|could) never be (?:reactivated|re-?enabled|revived|reopened|brought back|restored|undone|recovered)\b|\b(?:cannot|can not) be (?:reactivated|re-?enabled|revived|reopened|brought back)\b|\b(?:no one|nobody) (?:will|can|could) ever (?:re-?enable|reactivate|revive|restore|bring (?:it|them) back)\b/],
];

const TEMPORARY: readonly RegExp[] = [
  // "what code until then", "in the meantime": an interim state, so not known to be final.
  /\buntil then\b|\bin the meantime\b|\bmeanwhile\b|\bfor the time being\b/,
  // (Not "a temporary campaign": a thing made to end, whose removal once ended says nothing of a return.)
  /\btemporar(?:y|ily)\b(?! (?:campaigns?|promos?|promotions?|events?|offers?|sales?|exhibitions?|contests?|giveaways?|banners?|pop-?ups?)\b)|\bfor now\b|\bfor a while\b|\bmight come back\b|\bwill be back\b|\bcould come back\b|\bmay come back\b|\bnot permanent(?:ly)?\b|\bon hold\b|\brestor(?:e|ed|able)\b|\bundelete|\bsoft[- ]?deleted?\b|\btrash\b|\brecycl(?:e|ing) bin\b|\bwastebasket\b/,
  /\b(?:accidentally|by accident|by mistake|mistakenly|unintentionally|unintentional|accidental)\b/,
];

/** Bounded or uncertain removals, each behind a cheap hint (most questions have none of these words). */
const TEMPORARY_HINTED: readonly Hinted[] = [
  // "it is not final", "not settled yet": a removal whose permanence is explicitly not decided.
  [/\b(?:final|definitive|settled)\b/, /\bnot (?:yet )?(?:final|definitive|settled)\b/],
  // Uncertain or bounded removals: "not sure whether it stays down", "only for some time", "they will
  // reuse the url next spring".
  // "pulled while legal reviews it", "unpublished until the new version is ready", "pending review",
  // "removed only while we fix the bug", "checking backups": a removal bounded by something that ends.
  [/\b(?:while|until|till|pending|during|checking|restor\w*|recover\w*) /, /\b(?:while|until|till|pending|during) (?:the |a |an |we |they |it |legal |our |its |their )?(?:[a-z-]+ ){0,3}(?:reviews?|reviewed|reviewing|fix|fixes|fixed|fixing|investigat\w*|migrat\w*|check\w*|decid\w*|ready|done|finished|approv\w*|updat\w*|rework\w*|redesign\w*|recall|audit\w*|appeal\w*|moderat\w*|clarif\w*|resolv\w*|translat\w*|edit\w*)\b|\bchecking (?:the |our )?backups?\b|\b(?:restore|recover|restoring|recovering) (?:it |them )?from (?:a |the )?backups?\b/],
  [/\b(?:bin|trash|grace|retention|undone|recovered|restored|undeleted|reverted|brought back|reactivated|reopened|days?|weeks?|months?)\b/, /\b(?:in|to|into|from) the (?:bin|recycle bin|trash)\b|\bgrace period\b|\bretention (?:window|period)\b|\b(?:can|could|may) (?:still )?be (?:undone|recovered|restored|undeleted|reverted|brought back|reactivated|reopened)\b|\bfor (?:\d+|a|one|two|three|seven|fourteen|thirty|ninety|a few|several) (?:more )?(?:days?|weeks?|months?)(?! ago\b)\b/],
  [/\b(?:whether|time|while|period|few|couple|re-?us(?:e|es|ed|ing)|recycled?)\b/, /\bwhether (?:it|they|this|that|the [a-z-]+) (?:stays?|remains?|will stay|will remain|is) (?:down|gone|deleted|removed|offline|unpublished|for good|permanent)\b|\b(?:only )?for (?:some|a (?:short|little|limited)) (?:time|while|period)\b|\bfor a (?:few|couple of) (?:days|weeks|hours|months)\b|\b(?:re-?us(?:e|es|ed|ing)|recycle|recycles|recycled) (?:the |that |this |its |our )?(?:same |old |very same |exact )?(?:url|urls|path|slug|address|link|route|page)\b/],
  // "taken down for revisions", "pulled for maintenance": a removal for work on it, which ends.
  [/\bfor (?:revision|repair|maintenance|rework|correction|edit|fix|update)/, /\b(?:taken down|took (?:it |them )?down|pulled|removed|unpublished|offline|disabled|withdrawn) (?:temporarily )?for (?:revisions?|repairs?|maintenance|rework|corrections?|edits|editing|fixes|fixing|updates?|updating)\b/],
  // "someone may claim it again later", "the name can be registered again": the address may point somewhere again.
  [/\bagain\b/, /\b(?:may|might|could|can|will) (?:be )?(?:claim|claimed|take|taken|register|registered|re-?register(?:ed)?|reuse|reused|use|used) (?:it |that |the [a-z-]+ )?again\b/],
];

/** Read with negation: "might come back" is uncertain, "will not come back" is not. */
const MAYBE_BACK: readonly RegExp[] = [
  // "the old login is not reserved, anyone could claim it tomorrow": a freed name someone else may hold again.
  new RegExp(`\\b(?:anyone|anybody|someone|somebody|another user|others?) (?:could|can|may|might|will be able to) (?:claim|register|take|grab|reuse|re-?use) (?:it|that name|the name|them)\\b|${OLD_NAME} (?:is |are |was |were )?(?:now )?${FREED}`),
  /\b(?:(?:gets?|got|getting|be|being|is|are) (?:[a-z-]+ (?:and|or) )?put back|put (?:it |them )?(?:up |back )?again|bring (?:it |them )?again|re-?add(?:ed|ing|s)?|re-?upload\w*|re-?introduc\w*|re-?list\w*|bring (?:it|them) back|put (?:it|them) back|republish\w*|regenerat\w*|rebuil[dt]|re-?creat(?:e|ed|es)|re-?seed\w*|re-?populat\w*|re-?provision\w*|re-?import\w*|re-?activat\w*|repost\w*|un-?archiv\w*|recover(?:ed|able)?|undo|undone|come back|comes back|coming back|be back|back (?:in|next|later|after)|re-?open\w*|un-?delet\w*|revert\w*|roll ?back|rollback|rolled back|roll(?:s|ed|ing)? (?:it|them|this|that|the (?:[a-z0-9-]+ )?(?:change|removal|deletion|deploy|release)) back|reinstat\w*|re-?enabl\w*)\b/,
  // "the new version goes back up at the same url next month", "will be back online": the page returns where it was.
  /\b(?:goes|go|going|comes?|coming|gets?|getting|be|is|are|put|puts|putting) back (?:up|online|on ?line|live)\b|\bback (?:up |online |live )?(?:at|on|under) the (?:same|old) (?:url|address|path|link|location|slug|page)\b/,
  // "they might re-register it under the same id", "could be re-enrolled with the same serial": the same thing back in service.
  /\b(?:may|might|could|will|would|plan to|want to|can)(?: [a-z]+)? (?:be )?re-?(?:regist|enrol|onboard|deploy|install|commission)\w*\b|\bre-?(?:regist|enrol|onboard|commission)\w*(?: (?:it|them|(?:the|that|this) [a-z-]+))? (?:under|with) (?:the )?same (?:id|serial|serial number|name|number|slug|url|path)\b/,
  // "might reissue the same code later", "admin can re-send the same link": the same thing handed out again.
  /\bre-?(?:issu(?:e|es|ed|ing)|send(?:s|ing)?|sent|generat(?:e|es|ed|ing)|mint(?:s|ed|ing)?) (?:it|them|(?:the |that |this |a |an )?same (?:[a-z-]+ )?(?:code|coupon|voucher|link|invite|invitation|url|slug|token|one|address))\b/,
  // "the coupon code might be reissued", "the url will be reused next year": the same thing handed out again, said in the passive.
  /\b(?:may|might|could|can|will|would) (?:later |again |still |then )?be (?:re-?issued|re-?sent|re-?generated|re-?used|re-?activated|re-?published|re-?listed|re-?opened|re-?launched|renewed|extended) ?(?:again|later|next)?\b/,
  // "she might upload a fixed version next week": a replacement may take the removed thing's place.
  /\b(?:upload|post|publish|put up|add|release|ship)(?:s|ed|ing)? (?:a |an |the )?(?:fixed|new|corrected|updated|revised|replacement|newer|better) (?:version|copy|file|one|edition|build|release)\b/,
  // "they might upload it again", "could post it again later": the same thing, published a second time.
  /\b(?:(?:upload|post|publish|add|list|release|ship|launch|enable|open|put|bring|restore|split|separate)(?:s|ed|ing)?|creat(?:e|es|ed|ing)) (?:it |them |this |that |the [a-z-]+ )?(?:up |online |live )?again\b/,
  // "support can still unmerge", "an admin can unarchive it": a removal someone may still reverse.
  /\b(?:can|could|may|might|is able to|are able to) (?:still |always |easily |later |yet )?(?:un-?(?!(?:publish|list|link|register|subscribe|der|til)\w*)[a-z]{4,}|revert|reverse|restore|recover|roll ?back|undo)\b/,
  // "disbanded clans can be reformed with the same id within 30 days", "members can revive a disbanded group": the same thing may return.
  /\b(?:can|could|may|might|is able to|are able to) (?:still |always |easily |later |yet )?(?:be )?(?:re-?form(?:ed)?|re-?found(?:ed)?|re-?establish(?:ed)?|reviv(?:e|ed)|re-?open(?:ed)?|re-?creat(?:e|ed)|reinstat(?:e|ed)|re-?activat(?:e|ed)|restored)\b/,
];

/**
 * "seller can renew it anytime", "the owner may relist them": an active return open to someone, read with MAYBE_BACK
 * (hinted: the verbs are rare).
 */
const RENEWABLE: Hinted = [
  /\b(?:renew|extend|relist|re-list|repost|re-post|republish|re-publish|reactivate|re-activate|revive)\b/,
  // "the owner can renew within 60 days", "they may relist any time": the object left out, the time to do it said.
  /\b(?:can|could|may|might|is able to|are able to|is free to|are free to) (?:still |always |easily |later |yet |simply |just )?(?:renew|extend|relist|re-list|repost|re-post|republish|re-publish|reactivate|re-activate|revive)(?: (?:it|them|this|that|the [a-z-]+)\b| (?:within|until|before|any ?time|later|for up to)\b)/,
];

/**
 * Words that make a stated permanence a question rather than a fact. "we cannot say the removal is permanent", "unable to call it
 * final": the writer says they are in no position to claim it, so it is not known permanent (RFC 9110 §15.5.11: 404 then).
 */
const HEDGE = /\b(?:(?:cannot|can not|unable to|not able to|in no position to)(?: (?:yet|really|honestly|truly|safely))? (?:say|claim|call|confirm|promise|guarantee|state|declare) |(?:do not|does not|did not) know (?:that |if |whether )?(?:it|this|that|they|the [a-z-]+) (?:is|was|are|will be) |(?:nobody|no one|noone|not|never|has not|have not|did not|does not|do not)(?: [a-z]+){0,2} (?:said|says|told|confirmed|confirms|stated|promised|guaranteed|decided|claimed|announced|agreed|signed off|officially)|not necessarily|not sure|unsure|not certain|uncertain|not convinced|doubtful|unclear|no idea|not decided|undecided|not confirmed|unconfirmed|tbd|deciding|decide|pending|maybe|might|may|could|possibly|perhaps|whether|or not|yet|probably|likely|think|thinks|believe|believes|assume|assumes|guess|hopefully|supposedly|presumably|seems?|expected to)\b/;

/**
 * "not sure yet if it is for good", "nobody decided yet if for good": an "if" after a word of doubt,
 * read over the whole sentence before (the clause reading cuts at "yet"). A bare "if" is a condition:
 * "if the page is deleted permanently, what do we respond?" states the case. "not certain a retired endpoint is gone for good",
 * "not sure yet it will be removed forever": the doubt put right before the claim it doubts, a "yet" between or not.
 */
const DOUBT_IF = /\b(?:sure|know|knows|decided|unconfirmed|decide|deciding|check|checking|ask|asking|asked|wonder\w*|clear|idea|tell|confirm\w*|say|said|see|unknown|question)\b(?: [a-z]+){0,2} (?:if|whether)\b|\b(?:not sure|unsure|not certain|uncertain)(?: yet)?(?: that)? (?:an?|the|this|that|it|they)\b/;

/** Doubt written after the permanence: "for good but not confirmed", "permanent? nobody knows". */
const HEDGE_AFTER =
  /^(?: or not\b|[^.;?]{0,30}\b(?:not (?:yet )?(?:confirmed|sure|decided|final|signed off|approved|official|certain)|unconfirmed|tbd|pending|undecided|(?:has|have) not (?:signed off|approved|decided|confirmed))\b|\s*\?\s*(?:[a-z]+ ){0,2}(?:not sure|unsure|maybe|idk|no idea|or not|nobody knows|no one knows|who knows|unknown|unclear|dunno|not decided)\b|[,.]? (?:not sure|unsure|unclear|maybe|probably not|tbd)\b)/;

const EXISTS: readonly RegExp[] = [
  // "the resource is listed right there in their dashboard", "it shows up in the sidebar": the caller can see it is there.
  /\b(?:listed|shown|visible|displayed|shows up|show up|appears?|sits?) (?:right )?(?:there )?(?:in|on) (?:their|the|his|her|its|our|my|your) (?:own )?(?:[a-z-]+ )?(?:dashboard|list|listing|sidebar|ui|menu|search results|home ?page|overview|inbox|feed|catalog(?:ue)?|timetable|navigation|nav)\b/,
  // "the page is not missing", "not deleted, just …": a denied absence.
  /\b(?:is|are|was|were) not (?:missing|gone|deleted|removed)\b|^not (?:deleted|missing|removed)\b/,
  /\b(?:resource|record|invoice|order|project|document|doc|repo|repository|file|page|object|item|account|it|that|this|they|one|which) (?:still |actually |definitely |really |does |do )?exists?\b/,
  // "the workspace exists", "this board actually exists".
  /\b(?:the|this|that) [a-z-]+ (?:still |actually |definitely |really |does )?exists\b/,
  // "…, which is real": the thing asked for is there.
  /\b(?:which|that|it|they) (?:is|are) (?:real|really there|actually there)\b/,
  /\b(?:existing|real|valid) (?:resource|record|object|item|order|invoice|project|document|file|page|repo|repository|id|ids)\b/,
];

/**
 * "pretending it does not exist", "treated as if it never existed", "we treat private ones as nonexistent to
 * others": an absence acted out, which is hiding,
 * not a fact about what is there.
 */
export const PRETENDED_ABSENCE =
  /\b(?:pretend(?:s|ed|ing)?(?: that)?|(?:treat|treats|treated|treating|act|acts|acting|behave|behaves|behaving|handle|handles|handled)(?: (?:it|them|this|that|the [a-z-]+))? (?:as if|as though|like))(?: (?:it|they|the [a-z-]+|this|that|the [a-z-]+ [a-z-]+))? (?:does not|do not|did not|doesnt|dont|never|not)(?: even)? (?:exist(?:s|ed)?|existed|been there|was there|were there)\b|\b(?:treat|treats|treated|treating|act|acts|acting|behave|behaves|handle|handles|handled)(?: (?:it|them|this|that|the [a-z-]+))? (?:as if|as though|like) (?:it|they|the [a-z-]+|this|that) (?:(?:was|were|had) never|(?:is|are|was|were) not) (?:been )?(?:there|existed|created|made|filed|issued|recorded)\b|\b(?:treat|treats|treated|treating|handle|handles|handled|handling|report|reports|reported|show|shows|showed|present|presents|presented)(?: (?:it|them|those|these|this|that|(?:the |such |private |other |their )?[a-z-]+(?: [a-z-]+)?))? as (?:if )?(?:non-?existent|non-?existing|not existing|nonexisting|absent|missing|unknown)\b|\bpretend(?:s|ed|ing)?(?: that)?(?: (?:it|they|the [a-z-]+|this|that))? (?:is|are|was|were) (?:missing|gone|absent|not there|non-?existent)\b/g;

/**
 * "for them the endpoint does not exist", "the repo does not exist to outsiders": an absence said for some callers only. That is how
 * people put hiding from them (or a colleague's case for a 404), not a fact that nothing is there for anyone (RFC 9110 §15.5.5).
 */
const SOME_CALLERS = String.raw`(?:them|him|her|(?:those|such|these|other|regular|normal|ordinary) [a-z-]+|(?:non-?members|outsiders|guests|strangers|users|callers|customers|clients|members|students|staff|employees|partners|tenants|visitors|viewers|readers))`;
const ABSENT_FOR_SOME = new RegExp(
  String.raw`\b(?:for|to) ${SOME_CALLERS}(?: (?:it|they|(?:the|that|this|these|those|our|its|their) [a-z-]+(?: [a-z-]+)?))? (?:does not|do not|doesnt|dont) exist\b|\b(?:does not|do not|doesnt|dont) exist (?:for|to) ${SOME_CALLERS}(?=[\s.,;:!?"')]|$)`,
  'g',
);

/** "removed the legacy token endpoint", "the /oauth/implicit route was deleted": what went is a route, whatever it served. */
const REMOVED_ROUTE_AFTER = /^ (?:the |our |its |their |that |this |an? )?(?:[a-z0-9./_-]+ ){0,3}(?:endpoints?|routes?|pages?|urls?|paths?|handlers?|flows?|screens?|forms?|versions?|apis?(?! keys?\b| tokens?\b))\b/;

const REMOVED_ROUTE_BEFORE = /\b(?:endpoints?|routes?|pages?|urls?|paths?|handlers?|flows?|screens?|apis?)(?: [^\s]+)? (?:was |were |is |are |has been |have been |got |been )?(?:permanently |finally |now |just )?$/;

/** "removed a colleague from the \"finance\" group": a person taken out of a group, however long its name. */
const FROM_A_GROUP = /^ (?:[a-z'-]+ ){0,3}from (?:the |a |an |our |their |his |her |its )?(?:"[^"]{1,40}" |(?:[a-z0-9-]+ ){1,3})?(?:group|team|role|project|org|organi[sz]ation|workspace|channel|allowlist|tenant|space|share|shares|access list|acl|invite list|guest list|member list)\b/;

/**
 * "breached-password report exports are deleted", "the api key usage logs were purged", "session recordings got deleted": a
 * credential word naming what a document is about, before the document's own name. What went is the report or the log, a
 * resource of its own (RFC 9110 §15.5.11 reads its removal), not the credential or the access (not "access to the logs was
 * removed": the words between are a noun's, never "to", "of" or "the").
 */
const CREDENTIAL_AS_MODIFIER =
  /\b(?:passwords?|tokens?|api keys?|keys?|secrets?|credentials?|certificates?|sessions?|cookies?|logins?|access)(?=[- ](?:(?!(?:to|for|of|the|a|an|from|in|on|at|and|or|with|by|their|his|her|its|our|my|your)\b)[a-z-]+ ){0,2}(?:reports?|exports?|logs?|audits?|archives?|downloads?|dumps?|csvs?|spreadsheets?|summaries|summary|digests?|analytics|recordings?|statistics|stats)\b)/g;

/**
 * "another admin requests GET /publisher/keys/{deletedId}": the credential removed is the record the request asks for by its path,
 * so its deletion is a removal of that record (RFC 9110 §15.5.5/§15.5.11), not a grant or a credential taken from the caller.
 */
const CREDENTIAL_RECORD_ASKED =
  /\b(?:get|head|requests?|requested|fetch(?:es|ed)?|looks? up|looked up|opens?|opened|calls?|called|asks? for)\b[^.;]{0,20}\/(?:[a-z0-9{}_.-]+\/)*(?:keys|api-keys|apikeys|tokens|credentials|secrets|certificates|certs|passkeys)\/[^\s/]+/;

function removalIsAboutAccess(said: string): boolean {
  if (CREDENTIAL_RECORD_ASKED.test(said)) return false;
  const text = said.replace(CREDENTIAL_AS_MODIFIER, 'subject');
  // "removed the admin role", "removed from the allowlist": the permission went away, not the resource.
  let removals = 0;
  for (const match of text.matchAll(/\b(?:removed|removes|removal|deletion|deleted|deletes|revoked|taken away)\b/g)) {
    removals += 1;
    const index = match.index ?? 0;
    const start = Math.max(0, index - 30);
    const window = text.slice(start, index + match[0].length + 30);
    const after = text.slice(index + match[0].length, index + match[0].length + 60);
    if (!REMOVAL_OF_ACCESS.test(window) && !FROM_A_GROUP.test(after)) return false;
    if (REMOVED_ROUTE_AFTER.test(after) || REMOVED_ROUTE_BEFORE.test(text.slice(Math.max(0, index - 50), index))) return false;
  }
  return removals > 0;
}

/** "not sure yet if that's permanent", "no idea if for good": every mention of permanence is in doubt. */
/** "and we decide it never come back" (non-native for "decided"): a decision stated, not one pending ("we decide whether …"). */
const STATED_DECISION = /\b(we|i|they|management|legal|marketing|product|(?:the |our )?(?:team|business|company|owners?)) decide\b(?! (?:whether|if|later|soon|next|tomorrow|on|when|what|how)\b)/g;

function permanenceIsHedged(said: string): boolean {
  const text = said.includes('decide ') ? said.replace(STATED_DECISION, '$1 decided') : said;
  let mentions = 0;
  for (const pattern of [...PERMANENT, ...hintedPatterns(text, PERMANENT_HINTED)]) {
    for (const match of matchesOf(text, pattern)) {
      mentions += 1;
      const index = match.index ?? 0;
      const after = text.slice(index + match[0].length, index + match[0].length + 50);
      // "not removed permanently": a negated permanence is no more a fact than a hedged one.
      if (/\b(?:not|never)\b/.test(clauseBefore(text, index, 2)) && !/^(?:not|never)\b/.test(match[0])) continue;
      const sentence = text.slice(Math.max(0, index - 60), index).split(/[.;!?]/).pop() ?? '';
      if (!HEDGE.test(clauseBefore(text, index, 6)) && !DOUBT_IF.test(sentence) && !HEDGE_AFTER.test(after)) return false;
    }
  }
  return mentions > 0;
}

/** "the 410 is permanent?", "is 410 temporary": the code is what the question is about. */
const CODE_AS_SUBJECT = /\b\d{3}\b (?:is|are|means?|implies|says|can be)\b|^(?:is|are|does|do|can) (?:an? |the )?\d{3}\b/;

/** "permanent" about a resource's fate, not a permanent redirect, ban, token or role. */
const PERMANENCE_OF_A_THING = /\b(?:permanent(?:ly)?|for good|forever)\b(?! (?:redirects?|moved|bans?|banned|blocked|tokens?|keys?|links?|members?|roles?|access|storage|cookies?|sessions?|employees?|staff|address(?:es)?)\b)|\b(?:deletion|removal|erasure|purge) (?:is|was) (?:final|irrevocable|irreversible)\b/;

/**
 * "we keep no tombstones, so we cannot tell deleted from never existed": a server that keeps no record of
 * what it removed cannot know a removal was for good when the request comes (RFC 9110 §15.5.11: 404).
 */
const NO_RECORD_OF_REMOVALS =
  /\b(?:do not|does not|did not|never|no longer) (?:keep|store|retain|have|hold|log|track) (?:any )?(?:tombstones?|records? of (?:the |what |deleted |removed |old )?(?:ids?|items?|them|it|what was|deletions?|removals?)|a record|deletion records?|any records?)\b|\bno tombstones?\b|\b(?:cannot|can not|could not|no way to) (?:tell|know|distinguish|tell apart)\b[^.;]{0,40}\b(?:deleted|removed)\b[^.;]{0,30}\bnever existed\b|\b(?:do not|does not|did not|cannot|can not|could not|no way to) (?:know|tell|say|remember|recall)(?: for sure)? (?:if|whether) (?:[^\s;]+ ){0,4}(?:ever|even) existed\b/;

/** "the undelete window is over", "after the 7 day restore period": a way back that has closed. */
// "the admin never assigned them a seat", "she was not assigned a licence": the same grant named after the verb, given (or not) to a person.
const GRANT_NOT_GIVEN =
  /\b(?:role|roles|access|permissions?|scopes?|groups?|license|licence|seat|grant|entitlements?) (?:was |were |is |are |has |have |had )?(?:[a-z]+ )?(?:not|never) (?:yet )?(?:been )?(?:provisioned|assigned|granted|set up|created|added|synced|given)\b|\b(?:not|never) (?:yet )?(?:been )?(?:assigned|granted|given)(?: (?:them|him|her|me|us|you|the (?:user|caller|customer|client|member|student|employee)s?))? (?:an? |any |the |their |his |her )?(?:[a-z-]+ )?(?:roles?|permissions?|scopes?|licen[cs]es?|seats?|grants?|entitlements?)\b/g;

const CLOSED_WAY_BACK = new RegExp(`${NO_WAY_BACK}|\\b(?:undelete|undeletion|restore|recovery|soft[- ]delete|grace|retention) (?:window|period)(?: is| was| has| had)? ${WINDOW_ENDED}\\b|${AFTER_THE_WINDOW}`, 'g');

/**
 * "reposts always get a new id", "reposted threads get a new id", "a re-upload is published under a different url": what is put up again is another resource at
 * another address, so the old one does not come back (RFC 9110 §15.5.11 asks whether this target's condition is permanent).
 */
const AGAIN_ELSEWHERE = String.raw`\bre-?(?:post|publish|upload|list|creat)\w*(?: (?!(?:it|them|this|that|one|ones)\b)[a-z-]+)?(?: (?:always|then|instead|automatically|each time|every time))?(?: (?:gets?|got|receives?|received|has|have|uses?|used|(?:is|are|was|were|will be|would be) (?:given|assigned|published|created|put|listed|posted)|goes|go|lives?|lands?))?(?: (?:at|under|with|on))? (?:a |an |its own |their own )?(?:brand )?(?:new|different|fresh|separate) (?:ids?|urls?|address(?:es)?|slugs?|paths?|links?|numbers?)\b`;

/** AGAIN_ELSEWHERE on its own: a new address for what is put up again is no successor of the removed one (no redirect to it). */
export const PUT_UP_AGAIN_ELSEWHERE = new RegExp(AGAIN_ELSEWHERE);

/** "nothing can bring it back", "no plan to ever reopen": a return ruled out, read before the return words. */
const RETURN_RULED_OUT = new RegExp(`${NOTHING_BRINGS_IT_BACK}|${AGAIN_ELSEWHERE}|\\b(?:(?:have |has )?no (?:plans?|intention)(?: (?:ever|whatsoever|at all))? (?:of|to)|(?:do|does|did) not (?:plan|intend) to|never plan to)(?: ever)? [a-z-]+(?: (?:it|them) back)?\\b`, 'g');

/**
 * "if the same person opens the link again", "the recipient clicks it again", "she reloads the page again": the caller asking
 * for the address once more is the request being judged, not the thing coming back (MAYBE_BACK reads "open it again" as a
 * shop reopened). Not its owner ("the seller opens it again"), nor a pronoun unless the address is named ("they open it again" may
 * be the owner reopening); a modal or a time ahead ("may open it again", "opens it again next month") is a return weighed, and is left to MAYBE_BACK.
 */
const CALLER_NOUN =
  '(?:(?:an?|the|that|this|another|(?:the |that )?same) (?!(?:owners?|admins?|administrators?|sellers?|teams?|company|shops?|stores?|vendors?|authors?|creators?|publishers?|staff|moderators?|organi[sz]ers?|merchants?|hosts?|maintainers?|operators?)\\b)[a-z-]+|someone|somebody|anyone)';
const REQUEST_VERB = '(?:then |later |still |just |simply |(?:tries|try|tried|wants|want|attempts?) to )?(?:opens?|opened|opening|clicks?|clicked|visits?|visited|reloads?|reloaded|follows?|followed|hits?|requests?|requested)';
const ADDRESS = '(?:the |that |this )(?:same )?(?:[a-z-]+ )?(?:link|url|page|address|message|note|share)';
const REQUESTED_AGAIN = new RegExp(`\\b(?:${CALLER_NOUN} ${REQUEST_VERB} (?:it|them|${ADDRESS})|(?:he|she|they) ${REQUEST_VERB} ${ADDRESS}) again\\b(?! (?:next|in|after|later|soon|once|when|tomorrow|this|by)\\b)`, 'g');

/** "entries can only be deleted by the retention officer", "may be removed only by admins": who may remove, not a removal. */
const REMOVAL_PERMITTED_TO =
  /\b(?:can|may|could|must|should|is allowed to|are allowed to)(?: only)? be (?:deleted|removed|erased|purged|archived|taken down)(?: only)? (?:by|with)\b/g;

/** "accidentally created", "uploaded by mistake": a thing made in error (its removal may still be deliberate and final). */
const ACCIDENTAL_CREATION =
  /\b(?:accidentally|mistakenly|by accident|by mistake) (?:created|made|added|uploaded|published|generated|posted|imported|inserted|written|opened)\b|\b(?:created|made|added|uploaded|published|generated|posted|imported|inserted|written|opened) (?:(?!(?:and|then|but|so|or|later)\b)[a-z-]+ ){0,2}(?:accidentally|mistakenly|by accident|by mistake)\b/g;

/**
 * "nobody said the deletion is final", "no one confirmed it is for good": what nobody said is in doubt, and
 * the removal it speaks of is not denied ("nobody" negates the saying, not the deletion).
 */
const NOBODY_SAID = /\b(?:nobody|no one|noone) (?:has |have |had |ever )?(?:yet )?(?:said|says|confirmed|decided|claimed|promised|guaranteed|announced|stated)(?: (?:that|so))?\b/g;

/** "ignore that for now", "leave auth aside for now": the asker parks a side question; nothing about the removal is for now. */
const PARKED_FOR_NOW = /\b(?:ignore|ignoring|leave|leaving|skip|skipping|park|parking|forget|set|put|setting|putting)(?: (?:that|this|it|them|those|auth|the [a-z-]+))?(?: aside| out)? for now\b/g;

/**
 * "the resource was removed. that is all i know", "no other details": the asker knows nothing of intent or permanence, so
 * nor does the server, and RFC 9110 §15.5.11 says 404 then.
 */
const NOTHING_MORE_KNOWN =
  /\b(?:that is|thats|that's|this is) (?:all|everything) (?:i|we) (?:know|have|got|were told|was told)\b|\b(?:i|we) (?:do not|dont) know (?:anything )?(?:more|else)(?: about (?:it|that|this))?\b|\bno (?:other|more|further) (?:info|information|details?|context)\b|\bnothing (?:else|more) (?:is )?known\b/;

// Module constants, so they are compiled (and their literal gates read) once, not at every call.
const RESTORE_WORD = /\brestor(?:e|ed|able|ing)\b/;

const FOR_NOW = /\bfor now\b|\btemporar(?:y|ily)\b(?! (?:campaigns?|promos?|promotions?|events?|offers?|sales?|exhibitions?|contests?|giveaways?|banners?|pop-?ups?)\b)/;

/**
 * "the repo only has about 3,200 issues and prs combined" and "a link to pull request #4500", "ticket ids only go up to
 * 900" and "GET /tickets/1200": a number asked for past all there are of that thing, so nothing was ever there. Only a
 * bound said with "only" or "up to", and only a number asked as `#n` or in a path after a name of the same thing ("the
 * org only has 5 admins" says nothing of user #300).
 */
const BOUND_THEN_NAME =
  /\b(?:only|just) (?:has|have|had|holds?|contains?|counts?) (?:about |around |roughly |some |~)?(\d[\d,]*) ([a-z]+(?: (?:and|or) [a-z]+){0,2})|\bthere (?:are|were) only (?:about |around |roughly |some |~)?(\d[\d,]*) ([a-z]+(?: (?:and|or) [a-z]+){0,2})/g;
const NAME_THEN_BOUND = /\b([a-z]+) (?:ids?|numbers?) (?:only )?(?:go|goes|run|runs) (?:up )?to (\d[\d,]*)\b/g;
const NUMBER_ASKED = /\b([a-z]+(?: [a-z]+)?) #(\d[\d,]*)\b|\/([a-z][a-z-]*)\/(\d+)(?=[/?\s.,;)]|$)/g;
const asNumber = (raw: string | undefined): number => Number((raw ?? '').replace(/,/g, ''));
/** A thing's name as compared: "pull requests" and "prs" alike, "stores" and "store", "tickets" and "ticket". */
const nameKey = (name: string): string => name.trim().replace(/\bpull requests?\b/, 'pr').replace(/^.* /, '').replace(/e?s$/, '').slice(0, 6);

/**
 * "the repository only has tags up to v2.1.0" and "asked for tag v9.9.9": a version past the latest of that thing (tags,
 * releases, versions) never was.
 */
const VERSION_BOUND = /\b(?:only )?(?:has|have|had|goes|go|went|runs?) (?:[a-z]+ )?(?:tags?|releases?|versions?) (?:only )?up to v?(\d+(?:\.\d+)*)\b|\b(?:tags?|releases?|versions?) (?:only )?(?:go|goes|went|run|runs) up to v?(\d+(?:\.\d+)*)\b|\b(?:latest|newest|last|highest) (?:tag|release|version) (?:is|was) v?(\d+(?:\.\d+)*)\b/;
const VERSION_ASKED = /\b(?:tag|release|version) v?(\d+(?:\.\d+)*)\b/g;

function versionAfter(a: string, b: string): boolean {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

function versionPastTheLatest(text: string): boolean {
  const bound = VERSION_BOUND.exec(text);
  const latest = bound?.[1] ?? bound?.[2] ?? bound?.[3];
  if (latest === undefined) return false;
  return [...text.matchAll(VERSION_ASKED)].some((m) => m[1] !== undefined && versionAfter(m[1], latest));
}

function askedPastAllThereAre(text: string): boolean {
  if (!/\d/.test(text) || !/\b(?:only|just|up to|latest|newest|last|highest)\b/.test(text)) return false;
  if (versionPastTheLatest(text)) return true;
  const bounds: Array<{ most: number; names: string[] }> = [
    ...[...text.matchAll(BOUND_THEN_NAME)].map((m) => ({ most: asNumber(m[1] ?? m[3]), names: (m[2] ?? m[4] ?? '').split(/ and | or /).map(nameKey) })),
    ...[...text.matchAll(NAME_THEN_BOUND)].map((m) => ({ most: asNumber(m[2]), names: [nameKey(m[1] ?? '')] })),
  ];
  return [...text.matchAll(NUMBER_ASKED)].some((m) => {
    const asked = asNumber(m[2] ?? m[4]);
    const name = nameKey(m[1] ?? m[3] ?? '');
    return bounds.some((b) => b.most > 0 && asked > b.most && b.names.includes(name));
  });
}

export function detectExistence(given: string): { existence: Existence; permanent: boolean; temporary: boolean } {
  // "no point pretending it does not exist": what is acted out says nothing of what is there.
  const unparked = given.includes('for now') ? given.replace(PARKED_FOR_NOW, ' ') : given;
  const pretended = /\b(?:pretend|treat|act|behave|handle)/.test(unparked) ? unparked.replace(PRETENDED_ABSENCE, ' pretence ') : unparked;
  const said = pretended.includes(' exist') ? pretended.replace(ABSENT_FOR_SOME, ' pretence ') : pretended;
  if (NO_RECORD_OF_REMOVALS.test(said)) return { existence: 'removed', permanent: false, temporary: true };
  // "we deleted nothing": a removal denied by its object.
  // "nothing was deleted", "nothing has been taken down", "legal hold: nothing may be deleted": a removal denied by its subject.
  const nothing = said.includes('nothing')
    ? said.replace(/\b(?:deleted|removed|purged|unpublished|took down) nothing\b|\bnothing (?:was|were|has been|had been|got|is|ever was|ever got|may be|can be|must be|should be|shall be|could be|is allowed to be|is to be)(?: ever)? (?:deleted|removed|purged|unpublished|taken down|retired|archived|erased|wiped)\b/g, ' ')
    : said;
  const named = /\b(?:nobody|no one|noone)\b/.test(nothing) ? nothing.replace(NOBODY_SAID, 'unconfirmed') : nothing;
  // "test records accidentally created in prod were hard-deleted on purpose": the accident was the creation, not the removal.
  const text = /accident|mistake/.test(named) ? named.replace(ACCIDENTAL_CREATION, ' made ') : named;
  const wayBack = text.replace(CLOSED_WAY_BACK, ' ');
  // "his role was never provisioned": what the caller lacks, not a resource that was never created.
  const grantText = /\b(?:not|never) (?:yet )?(?:been )?(?:provisioned|assigned|granted|set up|created|added|synced|given)\b/.test(text) ? text.replace(GRANT_NOT_GIVEN, ' withheld ') : text;
  // "the call is DELETE /invoices/3": the request's method, not a removal; "a gist containing a leaked key
  // was deleted": the key was what it held, the removal is the gist's.
  const methodFree = /\bdelete\b/.test(text) ? text.replace(/\b(?:a |the |an? http |sends? |sent |is |uses? )?delete(?= \/| (?:request|call|method|on \/)\b)/g, ' method ') : text;
  const removalText = methodFree.replace(CONTAINED_CREDENTIAL, ' content ').replace(REMOVAL_PERMITTED_TO, ' permitted to ');
  const temporary = has(wayBack, ...TEMPORARY) || hintedMatch(wayBack, TEMPORARY_HINTED);
  const removedWords = (hasAffirmed(removalText, ...REMOVED) || hintedMatch(removalText, REMOVED_HINTED) || hintedAffirmed(removalText, REMOVED_AFFIRMED_HINTED)) && !removalIsAboutAccess(removalText);
  const permanentWords = has(text, ...PERMANENT) || hintedMatch(text, PERMANENT_HINTED);
  const hedged = permanentWords && permanenceIsHedged(text);
  // "probably permanent but legal has not signed off. 404 or 410 for now?": talk of permanence, in doubt
  // or weighed against 410, is talk of a removal even when no removal verb is written (not "the 410 is
  // permanent?", which asks what the code means).
  const weighs410 = /\b410\b/.test(text) && !CODE_AS_SUBJECT.test(text);
  const removalTalk = permanentWords && PERMANENCE_OF_A_THING.test(text) && (hedged || weighs410);
  // "on purpose, will be restored maybe": an affirmed return outweighs the intent to remove.
  // "no one will ever re-enable it": "no one" is one negator, read like "nobody" three words back.
  // "nothing left to restore", "no plan to ever reopen": a return ruled out, not one weighed.
  const returnText = (wayBack.includes('no one') ? wayBack.replace(/\bno one\b/g, 'nobody') : wayBack).replace(RETURN_RULED_OUT, ' ');
  const returnAsked = returnText.includes(' again') ? returnText.replace(REQUESTED_AGAIN, ' asks once more ') : returnText;
  const maybeBack = hasAffirmed(returnAsked, ...MAYBE_BACK, ...hintedPatterns(returnAsked, [RENEWABLE]), RESTORE_WORD, FOR_NOW);
  // "410 or 404 for pages we might restore?": a return weighed against 410 is about something removed.
  const returnWeighed = (maybeBack || temporary) && weighs410;
  const removed = removedWords || removalTalk || returnWeighed || (permanentWords && /\b(?:retired|discontinued|sunset|sunsetted|decommissioned|shut down|shutdown|end-of-life|eol)\b/.test(text));
  const permanent =
    removed && permanentWords && !hedged && !maybeBack && !/\bnot permanent(?:ly)?\b/.test(text) && !/\b(?:accidentally|by accident|by mistake|mistakenly|unintentionally)\b/.test(text);
  const unknownBeyond = !permanent && (text.includes('know') || text.includes(' no ')) && NOTHING_MORE_KNOWN.test(text);
  if (removed) return { existence: 'removed', permanent, temporary: (temporary || hedged || maybeBack || unknownBeyond) && !permanent };
  if (has(grantText, ...MISSING) || hintedMatch(grantText, MISSING_HINTED) || askedPastAllThereAre(text)) return { existence: 'missing', permanent: false, temporary };
  if (hasAffirmed(text, ...EXISTS)) return { existence: 'exists', permanent: false, temporary };
  return { existence: 'unknown', permanent: false, temporary };
}

/**
 * "issue 881 does not exist anywhere", "nobody ever defined that route", "report 77 was never created, the
 * id was a typo": said outright that nothing was ever there. Then a permission, role or scope named beside
 * it ("the user also lacks orders:export, but that is irrelevant") refuses nothing: there is nothing to
 * refuse (RFC 9110 §15.5.5). Each reading is about a thing served, not a grant: see ACCESS_THING.
 */
const NEVER_THERE: readonly RegExp[] = [
  /\bnever (?:ever |even |actually |been |was |were |got )*(?:existed|created|implemented|defined|uploaded|published|registered|built|shipped|deployed|routed|issued|written)\b/g,
  /\b(?:nothing|nobody|no one|noone)(?: [a-z-]+)? (?:was |were |has |have |had |ever |even |been )*(?:uploaded|created|defined|implemented|published|registered|written|stored|saved|built)\b/g,
  /\b(?:does not|do not|did not|not|never) (?:even )?exists?\b(?: [a-z0-9/-]+){0,3}? (?:anywhere|at all|in any [a-z-]+)\b/g,
  /\b(?:was|is|were|are|has been) never (?:an? |one of (?:our|the) )?(?:route|routes|path|paths|endpoint|endpoints|page|pages|url|urls|resource|resources|thing)\b/g,
  /\b(?:a )?typo in (?:the |our |their |his |her )?(?:[a-z-]+ )?(?:config|configuration|url|link|path|route|request|code|id|bookmark)\b/g,
  /\bno [a-z-]+(?: [a-z-]+)? (?:with|by|under|named|called) (?:that|this|the given|such an?) [a-z-]+\b[^.;]{0,30}\b(?:anywhere|at all|in any [a-z-]+)\b/g,
  /\b(?:the |that |this )?(?:id|ids|url|path|slug|link|name|number|route) (?:was|is) (?:just )?(?:a typo|mistyped|misspelled|made up)\b/g,
];

/** Grants and credentials, which "never created" can be said of too ("his role was never created"). */
const ACCESS_THING = /\b(?:roles?|permissions?|scopes?|access|grants?|accounts?|tokens?|keys?|credentials?|passwords?|sessions?|invites?|invitations?|memberships?|licen[cs]es?|seats?|allowlists?)\b/;

/** "the user has never created a project", "she never uploaded anything": what the caller has not done, not what is there. */
const CALLER_AS_SUBJECT = /\b(?:user|users|caller|callers|customer|customers|she|he|member|members|client|clients|person|people|employee|employees|i|you)(?: (?:has|have|had|did|does|do|just|simply|also))?\s*$/;

/** "POST /projects to create a new one", "tries to upload a file": a request that makes the thing, which is not there before it. */
const CREATION =
  /\b(?:post|put) \/|\b(?:tries|trying|tried|wants|wanted|attempts?|attempting|attempted|going) to (?:create|add|upload|make|register|post|publish|import|open a new)\b|\b(?:creat(?:e|es|ing)|add(?:s|ing)?|upload(?:s|ing)?) (?:a |an )?new\b/;

const NEVER_THERE_HINT = /\b(?:never|nothing|nobody|no one|noone|exist|no [a-z-]+|typo|mistyped|misspelled|made up)\b/;

export function saidNeverThere(text: string): boolean {
  if (!NEVER_THERE_HINT.test(text) || CREATION.test(text)) return false;
  for (const pattern of NEVER_THERE) {
    for (const match of text.matchAll(pattern)) {
      const before = text.slice(0, match.index);
      const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(' but '))) + match[0];
      if (!ACCESS_THING.test(clause) && !CALLER_AS_SUBJECT.test(before)) return true;
    }
  }
  return false;
}

/**
 * "we do not know whether the user deleted it or it never existed": a removal the asker only wonders
 * about is not known to have happened, let alone for good, so it is read as a removal not known to be
 * permanent (404), whatever permanence words the doubted clause holds.
 */
export function knownRemoval(read: ReturnType<typeof detectExistence>, stated: string, undoubted: string): ReturnType<typeof detectExistence> {
  if (read.existence !== 'removed' || undoubted === stated || detectExistence(undoubted).existence === 'removed') return read;
  return { existence: 'removed', permanent: false, temporary: true };
}

/**
 * "(we did remove some other pages permanently last week, but not this one)": a removal said of other
 * resources is no fact about the one asked for, and its permanence is not this one's (RFC 9110 §15.5.11).
 */
const OTHER_THINGS = '(?:(?:some|a few|several|many|a couple of|two|three|a bunch of|lots of|the) )?(?:other|unrelated|different) (?:[a-z-]+ )?(?:pages|posts|urls|routes|endpoints|articles|docs|documents|products|files|items|resources|links|paths|listings|versions|apis)';

const OTHER_REMOVAL = new RegExp(
  `\\b(?:(?:permanently|intentionally|deliberately|irreversibly) )?(?:removed|deleted|retired|killed|took down|unpublished|purged|dropped|sunset|decommissioned|discontinued|archived|shut down|remove|delete) ${OTHER_THINGS}\\b[^.;()]*|(?<!\\band (?:(?:some|a few|several|many|a couple of|two|three|a bunch of|lots of|the) )?)\\b${OTHER_THINGS} (?:were|have been|got|had been) (?:[a-z]+ly )?(?:removed|deleted|retired|killed|taken down|unpublished|purged|dropped|sunset|decommissioned|discontinued|archived|shut down)\\b[^.;()]*`,
  'g',
);

/** "we removed a bunch of pages for good, but not this one": a removal the asker says this resource was not part of. */
const REMOVAL_NOT_THIS = /\b(?:removed|deleted|retired|killed|took down|unpublished|purged|dropped|decommissioned)\b[^.;()]{0,80}\bbut not (?:this|that|it|ours)(?: one| page| url| route| endpoint| path| post)?\b/g;

/** "unrelated: we permanently removed the /pricing-old page last year": a side remark marked as one, about something else. */
const ASIDE = /\b(?:unrelated(?:ly)?|separately|(?:on a )?side note|also unrelated)\s*[:,-]\s*[^.;()]*/g;

export function withoutOtherRemovals(text: string): string {
  if (!/\b(?:other|unrelated|different|but not|separately|side note)\b/.test(text)) return text;
  return text
    .replace(OTHER_REMOVAL, (phrase) => ' '.repeat(phrase.length))
    .replace(REMOVAL_NOT_THIS, (phrase) => ' '.repeat(phrase.length))
    .replace(ASIDE, (phrase) => ' '.repeat(phrase.length));
}
