import { has } from '../match';
import { PRETENDED_ABSENCE } from './existence';
import { type Hinted, hintedMatch } from './vocabulary';

/** Hiding existence: when a caller must not learn that a resource exists (404 instead of 403). */

/**
 * "privacy of the org is important for us", "the customers' privacy matters most": privacy put first where a refusal would
 * confirm the thing exists, which the seed answers with 404 ("when you do not want to reveal whether a resource exists"). Not
 * where the caller can already see the thing ("a member can see the board but may not edit it"): nothing is left to hide from them.
 */
const CALLER_SEES_IT = String.raw`\b(?:(?:can|could|is able to|are able to) (?:already |still )?|(?:they|he|she) (?:can |could )?|already )(?:see|sees|view|views|open|opens|read|reads|list|browse)\b(?! (?:that|whether|if|which|what)\b)`;
const PRIVACY_FIRST = new RegExp(String.raw`^(?![\s\S]*${CALLER_SEES_IT})[\s\S]*?(?:\b(?:privacy|confidentiality|discretion)(?: of (?:the |our |their |its |his |her |this |that )?[a-z-]+(?: [a-z-]+)?)? (?:(?:is|are)(?: (?:very|really|extremely|so|super|most|highly|quite))? (?:important|critical|crucial|essential|paramount|key|a (?:top |high |big )?priority)|matters|comes? first)\b|\b(?:we|they|the [a-z-]+) (?:really |strongly |deeply )?(?:care|cares) (?:a lot |very much |deeply )?about (?:the |their |our |its )?(?:[a-z-]+'s? )?privacy\b)`);

const HIDE: readonly RegExp[] = [
  // "the goal is that no clinic can check which patient ids are real": hiding stated as what must be impossible.
  /\b(?:no|nobody|no one|none of the)(?: [a-z-]+){0,2} (?:can|could|should|may|must|is able to|are able to)(?: ever| even)? (?:check|tell|learn|find out|work out|know|probe|map|guess|test|confirm|see|figure out)\b[^.;?]{0,20}\b(?:which|whether|if)\b[^.;?]{0,50}\b(?:exists?|exist|are real|is real|are valid|is valid|are live|is live)\b/,
  // "nobody should be able to work out who shops here", "no one may learn who is a member": who the customers are is kept.
  /\b(?:nobody|no one|noone|no outsiders?)(?: [a-z-]+){0,2} (?:can|could|should|may|must)(?: ever| even)?(?: be able to)? (?:work out|find out|figure out|tell|learn|know|guess|deduce)\b[^.;?]{0,10}\bwho (?:(?:is|are) (?:a |an |our )?(?:customers?|members?|users?|clients?|patients?|subscribers?|account holders?)\b|[a-z]+s (?:here|with us|from us|at (?:our|the)|on (?:our|the))\b)/,
  // "tenants must never learn other tenants' workspace names or ids": the identifiers themselves are kept from them.
  /\b(?:must|should|may|can|are to) (?:never|not) (?:even )?(?:be able to )?(?:learn|know|see|find out|discover|guess)\b[^.;?]{0,40}\b(?:names?|ids?|identifiers?|urls?|slugs?)\b/,
  // "company a must not be able to find out what projects company b has", "guests should never see which rooms other guests booked":
  // what another party has is kept from them, the things' existence included.
  /\b(?:must|should|may|can|are to|is to) (?:never|not) (?:even )?(?:be able to )?(?:learn|know|see|find out|discover|guess|tell|work out|figure out) (?:what|which) (?:[a-z-]+ ){1,3}(?:[a-z-]+ ){0,2}(?:has|have|had|owns?|holds?|booked|bought|stores?|keeps?|exists?|exist)\b/,
  // "households must not be able to learn of each other's cameras", "tenants should never find out about other tenants' projects":
  // peers kept from knowing of one another's things.
  /\b(?:(?:must|should|may|can|are to|is to) (?:never|not)|cannot|can not) (?:even )?(?:be able to |be allowed to )?(?:learn|know|find out|discover|hear|be aware) (?:of|about) (?:each other's|one another's|(?:the )?other [a-z-]+'s?|another [a-z-]+'s|someone else's|somebody else's|other people's)/,
  // "the flag key exists only for staff and must not be exposed".
  /\b(?:must|should|may|is|are) not (?:be )?(?:exposed|disclosed|revealed|leaked|listed|discoverable|enumerable)\b/,
  // "blocked users must not see or even know about the profile of the person who blocked them": kept from knowing of it at all.
  /\b(?:must|should|may|can|are to|is to) (?:not|never) (?:see (?:or|nor) )?even (?:know|learn|hear|find out) (?:about|of)\b/,
  // "an admin api that outsiders must not know about": the object is the thing the clause is about.
  /\b(?:must not|should not|may not|cannot|can not|never|not supposed to|not allowed to) (?:even )?(?:know|learn|hear|find out) about\b(?= *(?:[;,.!?]|-|$))/,
  // "only admins can even know about it", "only staff are supposed to be aware it exists": knowing of it is itself restricted.
  /\bonly (?:the )?(?:[a-z-]+ ){0,2}(?:can|could|may|might|should|are (?:allowed|supposed|meant) to|is (?:allowed|supposed|meant) to)(?: even| ever)? (?:know|learn|hear|be aware|find out)(?: (?:about|of) (?:it|them|this|that|its existence|their existence)\b| (?:that )?(?:it|they|this|that) (?:exists?|is there|is real)\b)/,
  // "customers without the flag must not discover it": kept from even being found.
  /\b(?:must not|should not|may not|cannot|can not|never|not supposed to|not allowed to) (?:even )?(?:be able to )?(?:discover|find out about|learn about|know about|stumble (?:on|upon)|notice) (?:it|them|this|that|its existence|their existence)\b/,
  /\breveal(?:s|ing|ed)?\b|\bdisclos(?:e|es|ing|ed|ure)\b|\bconceal(?:s|ing|ed|ment)?\b|\bobscur(?:e|es|ing|ity)\b/,
  /\bhid(?:e|es|ing|den)\b/,
  /\benumerat(?:e|es|ed|ing|ion)\b/,
  /\bexistence\b/,
  /\bexpos(?:e|es|ing)\b(?: [a-z]+){0,4} (?:exists?|existence|that|whether|which)\b/,
  // (Not "we know for sure it existed": what the server's own people know is no disclosure.)
  /\b(?<!\b(?:we|i) (?:[a-z]+ ){0,2})(?:know|knows|knowing|learn|learns|find out|tell|tells|confirm|confirms|confirming|guess|guesses|infer|discover|figure out|work out|deduce|signal|signals|signalling|signaling|realize|see|sees|(?<!\b(?:the|a|an|our|their|his|her|each|every|tv|new) )(?:show|shows)|notice)(?: [a-z'/._-]+){0,4} (?<!never |not |no longer )(?:exists?|existed|is real|are real|is there|are there|is live|is valid|are valid|(?:is|are) registered|(?:is|are) in use)\b/,
  // Confidential identifiers or resources: even a 403 would confirm what must stay unknown.
  /\b(?:consider|considers|treat|treats|deem|deems|classify|classifies) (?:[a-z-]+ ){1,3}(?:itself )?(?:as )?(?:sensitive|confidential|secret)\b/,
  /\b(?:ids?|identifiers?|names?|urls?|slugs?|numbers?|titles?|membership|memberships|existence)\b(?: [a-z-]+){0,4} (?:are |is )?(?:treated as |considered |kept |also )?(?:confidential|secret|sensitive|classified)\b/,
  /\b(?:ids?|identifiers?|urls?|slugs?|(?:account |order |invoice |project )?numbers?|usernames?|emails?)(?: themselves| too| also)? (?:are|is) (?:private|not public)\b/,
  /\b(?:confidential|classified)\b|\bsecret (?:until|project|projects|page|pages|doc|docs|document|documents|resource|resources|ids?|names?|urls?|feature|features)\b|\b(?:is|are|kept|treated as|considered) secret\b/,
  /\b(?:not|never|cannot|can not|must not|should not)(?: [a-z]+){0,2} (?:be )?confirm(?:ed|able)?\b|\bunconfirmable\b/,
  // "readers should not be able to confirm it is in the system", "must never be allowed to verify the file is on record".
  /\b(?:not|never|cannot|can not)(?: be)? (?:able|allowed|permitted) to (?:confirm|verify|check|establish|tell|see|learn|know)\b(?: that| whether| if)? (?:it|they|the [a-z-]+|this|that)(?: [a-z-]+)? (?:is|are|was|were|exists?) (?:in|on|there|real|stored|on record)\b/,
  // "being listed as a member can out people", "being known as a client of the clinic could endanger them": that someone is
  // in it is itself the harm, so whether they are must not be told (404 for outsiders).
  /\bbeing (?:listed|known|seen|shown|identified|named|recorded) as (?:an? )?(?:members?|patients?|clients?|customers?|users?|participants?|subscribers?|attendees?)\b[^.;]{0,40}\b(?:can|could|may|might|would|will) (?:out|expose|endanger|stigmati[sz]e|harm|hurt|identify|reveal|put (?:them|people|someone) at risk)\b/,
  // "people can opt out from the public directory", "she opted out of being found in search": a person who chose not to be
  // found, so to others their profile must look absent.
  /\bopt(?:s|ed|ing)? out (?:of|from) (?:the |our |a |their |his |her )?(?:public |people |member |staff |user )?(?:directory|directories|listings?|people search|search|search results|discovery|index|being (?:listed|found|findable|searchable|visible|shown|discoverable))\b/,
  // "we must keep it under wraps", "the show is hush-hush": secrecy said by an idiom.
  /\bunder wraps\b|\bhush[- ]hush\b|\bkeep (?:it|this|that|them) (?:quiet|on the down[- ]?low)\b/,
  // "the launch is under NDA", "loaded early under publisher embargo", "an embargoed title": a thing kept secret until it is
  // announced (not "a partner under NDA", who is let in on it, nor "countries under embargo", a trade ban: that is a refusal).
  /\b(?:launch|launches|project|projects|product|products|feature|features|deal|deals|release|releases|plans?|roadmap|acquisition|merger|it|this|that|they|everything|all of it) (?:is |are |was |were )?(?:still |currently |strictly )?under (?:an? |the |strict )?(?:nda|non-disclosure(?: agreement)?)\b|\b(?:under|behind) (?:an? |the )?(?:publisher|publishers'?|press|news|media|release|launch|publication|editorial)(?:'s)? embargo\b|\bembargoed (?:titles?|records?|articles?|releases?|books?|stories|story|results?|papers?|content|pages?|products?|announcements?|items?|episodes?|reports?)\b/,
  /\b(?:not|never|cannot|can not) (?:say|says|admit|admits)(?: [a-z']+){0,3} (?:exists?|is there|is real)\b/,
  // "we do not want to admit the album exists", "without acknowledging it is there", "we not want to say to him that this
  // item exist" (saying it to someone is telling it; not "the ticket does not say whether it exists", which is a text silent).
  /\b(?:not|never|without)\b(?: [a-z']+){0,3} (?:admit\w*|confirm\w*|reveal\w*|disclos\w*|acknowledg\w*|tell\w*|to say|says? to|saying to|show\w*|signal\w*|let on|expos\w*|give away)\b(?: [a-z']+){0,5} (?:exists?|existed|is real|is there|are there|existence)\b/,
  /\b(?:distinguish|tell apart|tell the difference|differentiate)\b[^.?;]{0,30}\b40[34]\b|\boracle\b/,
  // "the response differs when the record exists", "different errors for existing and unknown accounts", "differential
  // responses", "observable response discrepancy": answers that tell existing things from absent ones (an enumeration finding).
  /\b(?:responses?|status(?: codes?)?|codes?|errors?|error messages?|answers?|replies|reply|behaviou?r|timing|latency)\b(?: [a-z]+){0,2} (?:differs?|differed|varies|vary|changes|is different|are different|diverges?)\b[^.;?]{0,40}\b(?:when|if|whether|depending on|based on)\b[^.;?]{0,40}\b(?:exists?|existed|is real|are real|is valid|are valid|is registered|are registered)\b|\b(?:response time|responses?|timing|latency|reply)\b(?: [a-z]+){0,2} (?:is|are|gets?) (?:much |noticeably |measurably |slightly )?(?:longer|shorter|slower|faster|different|larger|smaller|bigger)\b[^.;?]{0,10}\b(?:when|if|whenever)\b[^.;?]{0,40}\b(?:exists?|existed|is real|are real|is valid|are valid|is registered|are registered)\b|\bdifferent (?:responses?|status(?: codes?)?|codes?|errors?|error messages?|answers?) (?:for|between|to) (?:[a-z-]+ ){0,2}(?:existing|real|valid|registered)\b|\bdifferent (?:responses?|status(?: codes?)?|codes?|errors?|error (?:messages?|texts?|bodies|body)|answers?|timings?)\b[^.;?]{0,10}\b(?:when|if|whenever|depending on)\b[^.;?]{0,40}\b(?:exists?|existed|is real|are real|is valid|are valid|is registered|are registered)\b|\bdifferential (?:responses?|errors?|status(?: codes?)?|error messages?|behaviou?r)\b|\b(?:observable |response )discrepanc(?:y|ies)\b/,
  /\b(?:look|looks|appear|appears|seem|seems|pretend|pretends) (?:exactly |just |precisely |simply )?(?:like |as if |as though |that )?(?:it |they |the [a-z-]+ )?(?:does not|do not|did not|never|not) exist/,
  // "look exactly as if the resource was never there", "seem like it had never been created": the same, said of being there.
  /\b(?:look|looks|appear|appears|seem|seems) (?:exactly |just |precisely |simply )?(?:like|as if|as though) (?:it|they|the [a-z-]+|this|that)(?: [a-z-]+)? (?:was|were|is|are|had|has) (?:never|not) (?:been )?(?:there|here|created|made|posted|uploaded)\b/,
  // "outsiders must not be able to tell a real project from a made-up one": real and absent ones told apart.
  /\b(?:tell|distinguish|differentiate|separate|tell apart)\b (?:an? |the )?(?:real|existing|valid|actual|genuine)\b[^.;?]{0,30}\b(?:from|and) (?:an? |the )?(?:made-up|fake|invented|nonexistent|non-existent|non-existing|missing|bogus|random|imaginary|fictional|guessed|fabricated)\b/,
  // "a 403 on someone else's ticket, so now i know it exists", "our 403s let people map our tenants": a refusal that told
  // the caller what exists, reported as the problem.
  /\b(?:403|forbidden)\b[^.;?]{0,60}\b(?:so|and|which means) (?:now )?(?:i|we|they|he|she|you|the [a-z-]+|people|users|anyone) (?:now )?(?:know|knows|knew|learned|learnt|learn|found out|can tell|could tell)(?: that)? (?:it|they|the [a-z-]+|this|that)(?: [a-z-]+)? (?:exists?|existed|is real|is there|are real)\b|\b403s? (?:let|lets|allow|allows|allowed|help|helps|enable|enables|letting|allowing)(?: (?:people|users|anyone|outsiders|callers|customers|attackers|others|strangers|them))?(?: to)? (?:map|enumerate|probe|discover|count|scan|list|harvest|guess|find|learn about|work out)\b/,
  // "the fact that a team called red-team exists is itself sensitive", "whether the account exists is confidential".
  /\bexists? (?:is|are|would be|is also) (?:itself |also |in itself |already )?(?:sensitive|secret|confidential|private|classified|need-to-know)\b/,
  // "we return the same thing as for a nonexistent tournament", "identical response to a missing id": one answer for both.
  // (Not "return 404 same as for nonexistent routes?": a code proposed by analogy.)
  /\b(?:return|returns|returned|returning|give|gives|gave|send|sends|sent|answer|answers|get|gets|got|respond with|responds with|see|sees) (?:exactly |just |precisely )?(?:the )?(?:same|identical)(?: [a-z-]+){0,2} (?:as|like|to) (?:for |with |we give |we send )?(?:an? |the |any )?(?:nonexistent|non-existent|non-existing|missing|unknown|absent|made-up|random|bogus) [a-z-]+/,
  // "the law says it must be treated as if it never existed", "act as though the record was never there".
  PRETENDED_ABSENCE,
  // "private repositories must look exactly like repositories that do not exist".
  /\b(?:look|looks|appear|appears|seem|seems) (?:exactly |just |precisely )?(?:like|as) (?:[a-z-]+ ){0,3}(?:that|which) (?:do not|does not|did not|never) exist/,
  // "private repos must look nonexistent to outsiders", "should appear absent".
  /\b(?:look|looks|appear|appears|seem|seems|be indistinguishable from) (?:to be |like |as )?(?:(?:it|they|the [a-z-]+) (?:is|are|was|were) )?(?:non-?existent|non-?existing|absent|nonexistent ones|missing ones)\b/,
  // "impossible to tell whether a given employee id exists", "no way to know if it is real".
  // (Not "impossible to tell whether the user still has the role": it must be about existence.)
  /\b(?:impossible|not possible|no way|hard|harder) (?:for (?:[a-z]+ ){1,2})?to (?:tell|know|learn|guess|infer|find out|work out|determine|see|check)\b[^.;?]{0,30}\b(?:whether|if|that|which)\b[^.;?]{0,50}\b(?:exists?|existed|is real|are real|is there|are there|is valid|are valid)\b/,
  /\b(?:telling|knowing|learning|confirming|revealing|showing|signalling|signaling|admitting|acknowledging|disclosing|conceding)\b(?: [a-z']+){0,5} (?<!never |not |no longer )(?:exists?|existed|is real|is there|are there)\b/,
  /\b(?:discoverable|findable|guessable|visible|known)\b(?<=\b(?:not|never|no)(?: [a-z]+){0,2} (?:be )?(?:discoverable|findable|guessable|visible|known))|\bundiscoverable\b|\b(?:keep|kept|stay|stays|remain|remains) (?:a )?(?:secret|hidden|invisible|unknown)\b/,
  /\bavoid (?:telling|revealing|confirming|showing|leaking|disclosing|admitting)\b/,
  /\b(?:should not|must not|may not|cannot|can not|do not want [a-z]+ to|never) (?:even )?(?:know|learn|find out|hear) (?:about|of) (?:it|this|that|them|its existence)\b/,
  /\binvisible\b|\bpretend(?:s|ing)?\b(?: [a-z]+){0,4} (?:not|nothing|does not|do not)\b|\bdo not (?:reveal|disclose|show|expose) (?:private|hidden|secret)\b/,
  /\b(?:know|knows|learn|find out|tell|confirm|guess|infer|discover) (?:that |whether |if )?(?:there is|there are)\b/,
  /\b(?:probe|probing|probes|fish|fishing|scrape|scraping|guess|guessing|brute-?forc(?:e|ing)|iterate|iterating|walk|walking|harvest(?:ing)?) (?:for |through |over )?(?:[a-z]+ ){0,2}(?:ids|uuids|valid ids|resources|accounts|usernames|emails|urls|invoice ids|order ids|object ids|sequential ids|numbers|names|slugs|handles)\b/,
  // "we must never let a reseller find out who is a subscriber", "do not allow the partner to learn which accounts we hold", "the
  // key's holder should learn nothing about what else the tenant stores": what exists is kept from this caller, said as what they learn.
  /\b(?:never|not) (?:let|allow) (?:an? |the |any |our |their )?(?:[a-z-]+ ){0,2}(?:to )?(?:find out|learn|know|discover|work out|figure out|tell|see) (?:who|whether|which|if|what)\b|\b(?:should|must|may|can|is to|are to|will) (?:learn|know|find out|discover|see) nothing (?:about|of) (?:what|which|whether|who)\b/,
  // "management want nobody outside pilot tenants to know it exist": the same kept as a wish.
  /\b(?:want|wants|wanted|need|needs|prefer|prefers)(?: [a-z-]+){0,2} (?:nobody|no one|no-one)(?: [a-z-]+){0,4} to (?:know|learn|find out|discover)(?: that| about)? (?:it|they|this|the [a-z-]+)(?: [a-z-]+)? (?:exists?|existed|is there|is real)\b/,
  // "nobody outside the organising promoter can find out it is happening": the thing's very existence kept from them.
  /\b(?:nobody|no one|no-one)(?: [a-z-]+){0,4} (?:can|could|should|may|must|is (?:allowed|supposed) to)(?: ever| even)? (?:find out|learn|know|discover|hear)(?: that| about)? (?:it|they|this|the [a-z-]+) (?:is|are|was|were|exists?|existed)(?: happening| taking place| there| real)?\b/,
  // "we neither confirm nor deny restricted theses": the glomar answer.
  /\bneither confirm(?:s|ed|ing)? nor deny\b|\b(?:never|not|won't|will not|cannot|can not|do not|does not) confirm or deny\b/,
  // "she'd rather it looked like nothing is there", "we want it to appear as if nothing was there": absence wished for.
  /\b(?:rather|prefer\w*|want\w*|wish\w*|should|must|needs? to|has to|have to|like) (?:it |that it |if it |them |the [a-z-]+ )?(?:to )?(?:look|looked|looks|appear|appeared|appears|seem|seemed|seems) (?:like|as if|as though) (?:there (?:is|was|were) nothing|nothing (?:is|was|were) (?:there|here)|nothing exists|nothing existed|it (?:is|was|were)n't there|it (?:is|was) not there)\b/,
  // "managers should see exactly what they'd see if nothing had been loaded", "it should look as if nothing was loaded":
  // what the caller gets must be what absence would give.
  /\b(?:should|must|needs? to|has to|have to|are to|is to) (?:see|get|receive|find) (?:exactly |just |precisely )?(?:what|the same (?:thing |answer |response )?as what) (?:they|he|she|you|it) (?:would|'d|will|could) (?:see|get|receive|find) if (?:nothing|it|they|the [a-z-]+(?: [a-z-]+)?) (?:had been|has been|was|were|did not|does not|had not been|was not|were not|never) (?:loaded|there|created|uploaded|published|exist|existed|been created)\b|\b(?:should|must|needs? to|has to|have to) (?:look|appear|seem) (?:like|as if|as though) nothing (?:was|were|had been|has been) (?:loaded|created|uploaded|published|there)\b/,
  // "authors must never learn who reviews", "members should not find out which cases are open" (a duty: not "we can
  // not know who the user is", which is what the server itself cannot tell).
  /\b(?:must|should|may|are to|is to) (?:never|not) (?:even )?(?:be able to )?(?:learn|know|find out|discover|guess|work out|figure out) (?:who|which|whether)\b/,
  // "lenders should not be able to tell a customer shopped around elsewhere": what a customer did elsewhere is kept from them.
  /\b(?:must|should|may|are to|is to) (?:never|not) (?:even )?be able to (?:tell|learn|see|know|find out|work out|figure out) (?:that )?(?:a|the|our|this) (?:customer|client|user|member|patient|applicant|borrower|buyer)s? (?:[a-z]+ ){0,2}(?:elsewhere|with (?:another|other|a different|someone else)|to (?:another|other|a different))\b/,
  // "we cannot tip them off that an investigation exists".
  /\btip(?:ping)? (?:them|him|her|anyone|the [a-z-]+) off\b/,
  /\bsecurity through obscurity\b|\bstealth\b|\bside[- ]channel\b|\binformation disclosure\b|\binfo leak\b/,
  /\bsecurity[- ]sensitive\b/,
  // "team channels are visible to the team's members and nobody else", "listed to staff but no one else": for
  // everyone else it is not there to see, so a refusal must not show them it exists.
  /\b(?:visible|discoverable|listed|findable)(?: only)? to (?:[a-z'-]+ ){1,6}(?:and|but) (?:nobody|no one|noone|not (?:to )?anyone) else\b/,
  PRIVACY_FIRST,
  // (Not "the server does not know if it is permanent", "… but cannot determine whether the removal is permanent": what the
  // server itself does not know hides nothing.)
  /(?<!\b(?:server|servers|we|i|it|api|app|system|backend) (?:do |does |did )?)\b(?:do not|does not|did not|not|never|should not|must not|cannot) (?:even )?(?:want (?:[a-z]+ )?to |let (?:(?:an?|the|any|our|their) )?(?:[a-z]+ )?|allow (?:(?:an?|the|any|our|their) )?(?:[a-z]+ )?to )?(?:be able to |be allowed to |get to )?(?:even )?(?:learn|know|find out|discover|tell|confirm|reveal|guess|infer|see|work out|figure out|deduce|determine)(?: [a-z]+){0,2} (?:whether|if|that|which)\b(?![^.;?]{0,50}\b(?:permanent\w*|for good|temporar\w*|comes? back|restor\w*)\b)/,
  // "we never acknowledge private repos to non-members", "we do not admit to having it".
  /\b(?:never|not|do not|does not|will not|must not|should not) (?:to )?(?:ever )?(?:acknowledge|admit|disclose)\w*\b/,
  /\b(?:404|not found)(?: [a-z0-9]+){0,5} (?:for|because of|due to|out of) (?:security|privacy)\b/,
  /\b(?:tells?|reveals?|confirms?|(?<!\b(?:the|a|an|our|their|his|her|each|every|tv|new) )shows?|leaks?|gives? away|proves?)(?: to)? (?:them|the attacker|attackers|people|the caller|callers|anyone|everyone)? ?(?:that )?(?:the |it |this |such an? )?(?:[a-z]+ )?(?:is real|exists|is valid|is there)\b/,
];

/** "confirming valid invoice numbers": hinted like REMOVED_HINTED. */
const HIDE_HINTED: readonly Hinted[] = [
  // "order numbers are sequential and we don't want competitors counting", "ids are incremental, rivals could
  // estimate our volume": ids that can be walked, and a worry about what walking them tells. One answer for all.
  [
    /\b(?:sequential\w*|incremental\w*|increment(?:s|ed|ing)?|auto-?increment\w*|consecutive\w*|predictable|guessable|monotonic\w*)\b/,
    /\b(?:sequential\w*|incremental\w*|increment(?:s|ed|ing)?|auto-?increment\w*|consecutive\w*|predictable|guessable|monotonic\w*)\b[\s\S]{0,160}\b(?:count\w*|enumerat\w*|estimat\w*|guess\w*|scrap(?:e|es|er|ers|ing)|harvest\w*|infer\w*|work out|figure out|deduce|how many|volume|competitors?|rivals?)\b/,
  ],
  // Not "after the leak", "a key leak", "a widget leaking internal hostnames": a leak of credentials or data says nothing about existence.
  [/\bleak/, /\b(?<!\b(?:after|since|before|during|from) the )(?<!\b(?:the|a|an|our|their|this|that) (?=leaked [a-z]))(?<!\b(?:key|token|secret|credentials?|password|memory|data) )(?<!\b(?:link|links|url|urls|file|files|doc|docs|document|documents|video|videos|photo|photos|image|images|export|dump|report|screenshot|email|emails|invite|preview)(?: (?:was|were|got|has been|had been|have been|is|been))? )(?:leak|leaks|leaking|leaked|leakage)\b(?! (?:keys?|tokens?|secrets?|credentials?|passwords?|api keys?)\b)(?! (?:the |our |their |its |some |all )?(?:[a-z-]+ ){0,2}(?:hostnames?|host names?|emails?|email addresses|ip addresses|ips|pii|personal data|internal data|phone numbers|stack traces?|source code|secrets?|api keys?|tokens?|credentials?|passwords?|versions?|headers?|salaries|addresses)\b)/],
  [
    /\b(?:valid|real|existing|live) /,
    /\b(?:confirm\w*|reveal\w*|disclos\w*|expos\w*|validat(?:es|ing))\b (?:which |that |the )?(?:valid|real|existing|live) (?:[a-z-]+ ){0,2}(?:ids?|numbers?|accounts?|emails?|usernames?|urls?|resources?|records?|invoices?|orders?|users?|customers?)\b/,
  ],
  // "we want ids not enumerable", "must be indistinguishable": a remediation that asks for one answer for both.
  [/enumerab|indistinguishab/, /\b(?:non-?|un)enumerable\b|\bnot (?:be )?enumerable\b|\bindistinguishable\b/],
  // "nobody should know report r-77 exists": the same with an id made of letters and digits.
  [/\b(?:nobody|no one|noone)\b/, /\b(?:nobody|no one|noone)(?: [a-z]+){0,2} (?:should|must|may|can|is supposed to) (?:even )?(?:know|learn|find out|see)(?: that)?(?: [a-z0-9'/._-]+){0,4} (?:exists?|is there|is real)\b/],
];

const HIDE_NOT_NEEDED_HINTED: readonly Hinted[] = [
  // "she can see the report, she just cannot approve it", "he can open the project fine": the caller already sees the thing
  // refused an action on, so its existence is nothing to hide from them (not "if she can see the report …", not "… but not the payroll").
  [/\bcan (?:already |still |clearly |even )?(?:see|view|open|read)\b/, /(?<!\b(?:if|when|would|otherwise|then|so that|because|whether)\b[^.;,]{0,50})(?:\b(?:he|she|they|the (?!(?:attackers?|outsiders?|scrapers?|bots?|competitors?|public|world)\b)[a-z-]+)|\b(?:signed|logged) in,? and) can (?:already |still |clearly |even )?(?:see|view|open|read) (?:the|that|this|it)(?: [a-z-]+){0,2}?(?: (?:fine|just fine|itself|too|already))?(?=\s*(?:[.;,!?)]|$|but (?!not\b)|and\b))/],
  // "they can see reports in the menu", "project 9 appears in their list": the caller already sees it exists. ("the job is already
  // visible to them in the list", "already listed to her on the dashboard": the same, said of the caller with "already" or "to them".)
  [/\b(?:see|sees|shows?|showing|appears?|appearing|listed|visible)\b/, /\b(?:can|could|do|does|still|already) (?:still |already |even )?(?:see|sees|find|spot|view) (?:it|them|that|this|[a-z0-9-]+(?: [a-z0-9-]+){0,2}) (?:in|on|under|from) (?:the|their|his|her|our|its|a|each|every) (?:[a-z-]+ )?(?:menu|menus|list|lists|listing|nav|navigation|navbar|sidebar|ui|dashboard|console|catalog|catalogue|directory|index|app|overview|search results?|tab bar|picker|dropdown|tree|sitemap|switcher|selector|chooser|drawer|toolbar|home ?page)\b|\b(?:shows?|showing|appears?|appearing|(?:is|are) (?:already |still |clearly )?(?:listed|visible)) (?:up )?(?:to (?:them|him|her|the (?:user|caller|member|client)s?) )?(?:in|on) (?:the |their |his |her |our |its )?(?:[a-z-]+ )?(?:menu|list|listing|nav|navigation|sidebar|catalog|catalogue|directory|console|dashboard|overview|picker|dropdown|switcher|selector|chooser|drawer|toolbar|home ?page)\b/],
  // "the movie shows up greyed-out in their search results", "it is listed in her library": the caller's own view lists it.
  [
    /\b(?:shows? up|showing up|appears?|appearing|listed|visible)\b/,
    /\b(?:shows? up|showing up|appears?|appearing|is listed|are listed|is visible|are visible)\b(?: [a-z-]+){0,2} (?:in|on) (?:their|his|her|the user's|the caller's) (?:own )?(?:[a-z-]+ ){0,2}(?:search results|results|search|list|listing|menu|catalog|catalogue|library|feed|nav|navigation|sidebar|dashboard|home ?page|inbox|drive|store)\b/,
  ],
  // "revealing that the export existed leaks nothing", "confirming it was there gives away nothing", "no harm in telling them it
  // existed": telling the caller it is (or was) there is said to cost nothing, so there is nothing to hide from them (RFC 9110
  // §15.5.4's 404 is for a server that wants to hide existence). Said of the act of telling, not of a code ("a 404 leaks nothing").
  [
    /\b(?:nothing|no harm|no risk|harmless|not an? (?:leak|risk|problem|issue|concern))\b/,
    /\b(?:revealing|confirming|telling|showing|admitting|acknowledging|disclosing|exposing)\b[^.;?]{0,60}? (?:leaks|reveals|gives away|exposes|discloses|costs|harms|hurts|risks) (?:us |them |anyone )?(?:nothing|no secrets?|no information|no data)\b|\b(?:revealing|confirming|telling|showing|admitting|acknowledging|disclosing)\b[^.;?]{0,60}? (?:is|would be|will be|was) (?:harmless|no risk|not (?:a|an) (?:leak|risk|problem|issue|concern))\b|\bno (?:harm|risk|danger) in (?:revealing|confirming|telling|showing|admitting|acknowledging|disclosing)\b/,
  ],
  // "not hiding anything here", "nothing to conceal": hiding disclaimed without a subject.
  [/\b(?:hiding|concealing)\b/, /\b(?:not|never|no need to|no point (?:in )?) ?(?:hiding|concealing) (?:anything|it|this|that|them|its existence)\b/],
  // "the workspace shows up in the directory for everyone", "appears in the public list": seen by all.
  [/\b(?:everyone|everybody|anyone|all|public)\b/, /\b(?:shows? up|showing up|appears?|appearing|is listed|are listed|listed|visible|shown|displayed)\b[^.;]{0,40}\b(?:for|to) (?:everyone|everybody|anyone|all(?: users| members| employees| staff)?)\b|\b(?:shows? up|appears?|listed|visible|shown) (?:in|on) (?:the |our |a )?public (?:list|directory|catalog|page|site|docs|index|listing)\b|\b(?:everyone|everybody|anyone|all users) (?:can|could) see (?:it|them|that|this|the [a-z-]+)\b/],
  // "the system show that files exist to all doctors", "the app shows to everyone that reports exist": the service itself
  // tells everyone it is there (not "a 403 would show it exists to anyone": a disclosure feared).
  [/\b(?:everyone|everybody|anyone|all)\b/, /(?<=\b(?:system|app|application|ui|site|website|portal|dashboard|platform|interface|directory|catalog|catalogue|menu|homepage|search|we) )(?:shows?|showed|displays?|displayed|lists?|listed|tells?|told)(?: (?:to|for) (?:everyone|everybody|anyone|all)\b(?: [a-z-]+){0,3})? (?:that )?(?:the |its |their |our )?(?:[a-z-]+ ){0,3}(?:exists?|is there|are there)\b(?:(?<=\b(?:to|for) (?:everyone|everybody|anyone|all)\b[^.;]{0,60})| (?:to|for) (?:everyone|everybody|anyone|all)\b)/],
  // "the endpoint is in the public api docs", "announced in the release notes": its existence is published.
  [/\b(?:docs|documentation|reference|changelog|release notes|blog|status page)\b/, /\bin (?:the|our) (?:public )?(?:api |reference |developer |admin |user )?(?:docs|documentation|api reference|reference|changelog|release notes|guide|handbook|manual|wiki)\b|\b(?:announced|documented|listed|published|described) (?:in|on) (?:the |our |a )?(?:public )?(?:[a-z-]+ )?(?:docs|documentation|changelog|release notes|blog|blog post|api reference|reference|status page)\b/],
  // The two below are costly (a lookbehind at every word): the words they need come first.
  // "members can see the billing tab is there", "every employee can see that the payroll tab exists": seen by the callers themselves
  // (not "if we send 403 the user can see it exists": a disclosure feared, read by HIDE).
  [/\bsee\b/, /(?<!\b(?:if|when|would|otherwise|then|so that|because)\b[^.;,]{0,50})\b(?:(?:the|every|each|all|any) [a-z-]+|(?!(?:nobody|noone|one|nothing|attackers?|outsiders?|they|it|we|i|you|which|that|this|who)\b)[a-z-]+)(?: (?:of|in) (?:the |our |their |this |that )?[a-z-]+)? (?:can|could)(?: all| already| still| even| clearly)? see\b(?: that)?(?: (?!(?:not|never|no|whether|if)\b)[a-z0-9'/._-]+){0,5} (?:exists?|exist|is there|are there)\b/],
  // "carlos has the link and knows the deck exists", "owner knows it existed obviously": a named caller who knows it, told as a fact (not "if we send 403, he knows it exists").
  [/\bkn(?:ows|ew)\b/, /(?<!\b(?:if|when|would|otherwise|then|so that|because|or)\b[^.;]{0,60})\b(?!(?:nobody|noone|one|attackers?|outsiders?|scrapers?|bots?|competitors?|everyone|anyone|who|which|that|it|we|i|you)\b)[a-z]+ (?:already )?(?:knows|knew)\b(?: that)? (?:it|they|the [a-z-]+) (?:exists?|existed|is there|are there|was there|were there)\b/],
];

const HIDE_NOT_NEEDED: readonly RegExp[] = [
  // "every listing has a private remarks sub-resource, so whether it exists reveals nothing": its existence is no secret.
  /\b(?:whether|that|if) (?:it|they|the [a-z-]+(?: [a-z-]+)?) exists? (?:reveals|tells|leaks|gives away|says|discloses) (?:nothing|no secret)\b|\bexistence (?:reveals|tells|leaks|gives away|says|discloses) nothing\b/,
  // "we answer every unauthenticated request to that namespace identically, valid id or not, before any lookup happens": the answer
  // cannot tell what exists from what does not, so nothing is left to hide by choosing the code.
  /\b(?:answer|answers|answered|treat|treats|treated|handle|handles|handled|respond to|responds to|reject|rejects) (?:every|all|each|any) (?:[a-z-]+ ){0,5}(?:identically|the same way|alike|uniformly)\b|\bbefore (?:any|the) (?:lookup|db lookup|database lookup|existence check|record lookup) (?:happens|is done|runs|takes place)\b/,
  // "an auditor just read the pallet, so there is no question of hiding that it exists": hiding ruled out in so many words.
  /\bno (?:question|need|point|reason) (?:of|to|for) (?:hid(?:e|ing)|conceal\w*)\b/,
  // "every path returns the same challenge regardless of whether the course exists; nothing about existence leaks": nothing to hide.
  /\bnothing (?:about (?:its |the |their )?existence|about whether (?:it|they|the [a-z-]+) exists?) (?:leaks|is leaked|is revealed|gets out)\b|\b(?:same|identical) (?:challenge|answer|response|401) (?:for every|regardless of|whatever|no matter)\b/,
  // "that path is linked from our public sitemap and described in published procurement documents": anyone can learn it is there.
  /\b(?:linked|listed|described|documented|advertised|mentioned|named|shown|published) (?:from|in|on|by) (?:our |the |a |their )?(?:public(?:ly available)?|published|open)\b/,
  // "a repo she already knows exists", "the viewer already knows the dashboard exists", "the app already tells them it exists":
  // nothing left to hide from them.
  /\balready (?:knows?|knew|sees?|saw|can see|has seen|have seen|is aware|(?:tells?|told|shows?|showed|lists?|listed) (?:them|him|her|you|(?:the |our )?(?:users?|callers?|customers?|members?|viewers?|clients?)))\b(?: that)?(?: (?!(?:not|never|no|whether|if)\b)[a-z0-9'/._-]+){0,5} (?:exists?|exist|existed|is there|are there|was there|were there)\b/,
  // "caller in the test was the same rep who owned + deleted the record": the one asking made or removed it, so its existence is no secret
  // from them.
  /\b(?:caller|requester|requestor|client|user|account|person asking)(?: [a-z-]+){0,3} (?:was|is|were|are) the (?:same )?(?:[a-z-]+ )?(?:owner|creator|author|uploader|one|person|[a-z]+) who (?:owned|created|deleted|removed|purged|erased|uploaded|made|wrote)\b/,
  // "the consent covers the account, so the account is already disclosed to that app": what the caller has been shown already is no
  // secret from it (RFC 9110 §15.5.4's 404 hides what the server wishes to keep from this caller).
  /\b(?:is|are|was|were|has been|have been|had been) already (?:been )?(?:disclosed?|revealed|exposed|shown|known|visible) to (?:that|the|this|them|him|her|it|their|its|our|every|each)\b|\balready (?:disclosed?|revealed|exposed|shown) to (?:that|the|this|them|him|her|it)\b/,
  // "a blocked user is allowed to know that the account exists", "members are permitted to see the channel is there": the caller's
  // right to know of it, granted outright, so its existence is nothing to hide from them (RFC 9110 §15.5.4's 404 has no use).
  // (Not "nobody outside the board is allowed to know it exists", nor "is not allowed to …"; the look back runs only after "allowed to".)
  /\b(?:is|are) (?:allowed|permitted|entitled|free) to (?<!\b(?:nobody|no one|noone|none|no [a-z-]+)\b[^.;,!?]{0,50})(?:know|learn|see|be told|find out)(?: about)?(?: that)? (?:it|they|he|she|this|that|the [a-z-]+(?: [a-z-]+)?|their [a-z-]+|its [a-z-]+|[a-z]+'s [a-z-]+) (?:exists?|existed|is there|are there)\b/,
  // "policy allows applicants to know that notes exist", "our rules let members see the channel is there": the same right, granted
  // by the rules or by us (not "a 403 lets attackers know it exists": a disclosure feared, whose subject is a code or a response).
  /\b(?:policy|policies|(?:the |our )?(?:rules?|policy|terms|spec|contract)|we) (?:explicitly |already |also |do |does )?(?:allows?|lets?|permits?|entitles?) (?:the |our |its |their )?(?:[a-z-]+ )?(?:[a-z-]+s|users?|callers?|them|him|her|everyone|anyone) (?:to )?(?:know|learn|see|be told|find out)(?: about)?(?: that)? (?:it|they|this|that|the [a-z-]+(?: [a-z-]+)?|their [a-z-]+|its [a-z-]+|(?:[a-z-]+ )?[a-z-]+s) (?:exists?|existed|is there|are there)\b/,
  // "the inventory endpoint exists for every player", "every account has one": a thing everyone has, so a caller learns nothing by
  // being told it is there.
  /\b(?:exists?|existed|is there|are there) for (?:every|each|all|any) (?:single )?(?:[a-z-]+ )?(?:players?|users?|customers?|accounts?|members?|tenants?|clients?|employees?|patients?|students?|one|of them)\b|\b(?:every|each) (?:single )?(?:[a-z-]+ )?(?:player|user|customer|account|member|tenant|client|employee|patient|student) (?:has|gets|owns) (?:one|its own|their own|his own|her own)\b/,
  // "we have no policy to hide it", "we do not hide them": hiding disclaimed.
  /\bno (?:[a-z-]+ ){0,2}(?:to|for) (?:hide|hiding|conceal\w*|secrecy)\b|\b(?:we|they|it|you) (?:do not|does not|never|are not|is not) (?:need to |have to |bother to |try to |trying to |going to |out to )?(?:hid(?:e|ing)|conceal\w*)\b/,
  /\b(?:do not|does not|did not) (?:care|mind|worry)\b(?: [a-z']+){0,6} (?:leak|leaks|leaking|reveal|know|knows|exist|exists|existence|disclos|see)/,
  // "we dont care about hiding it", "not worried about concealing the order", "nobody minds keeping it secret": hiding is no concern.
  /\b(?:do not|does not|did not|never) (?:really |even )?(?:care|mind|worry|bother)\b(?: (?:much|about|with|for|if|whether|that|we|it|is|are|it is|they are))* (?:hid(?:e|es|ing|den)|conceal\w*|secre(?:t|cy)|keeping (?:it|them|this|that) (?:secret|hidden|private))\b(?! (?:other|others|anything else|everything else|most|errors?|in general|generally)\b)|\b(?:not|never) (?:really |too |at all )?(?:worried|concerned|bothered|fussed) (?:about|with) (?:hid(?:e|ing)|conceal\w*|secrecy|keeping (?:it|them|this|that) (?:secret|hidden))\b(?! (?:other|others|anything else|everything else|most|errors?|in general|generally)\b)/,
  /\b(?:fine|ok|okay|acceptable|alright|no problem|not a problem|not an issue|no issue|not a concern|no concern|harmless)\b(?: [a-z']+){0,5} (?:know|knows|reveal|revealing|leak|leaking|leaks|see that|exists?|existence)\b/,
  // "the existence of the endpoint is known": of what, said between. "their existence is openly known", "openly listed":
  // known in the open, to everyone, so a 404 would hide nothing (RFC 9110 §15.5.4's 404 is for a server that wishes to hide it).
  /\b(?:existence(?: of (?:the |this |that |our |its |their )?[a-z0-9-]+(?: [a-z0-9-]+)?)?|that it exist(?:s|ed)|the fact (?:that )?it exist(?:s|ed)) (?:is|is not|isn't|was|were|are|has been|have been|had been|(?:has|have|had) always been)(?: always)? (?:obviously |clearly |already |well |plainly |definitely |of course |perfectly |widely |publicly |openly |commonly |generally |freely )?(?:public|not (?:a )?secret|not sensitive|known|fine|ok|okay|harmless|documented|advertised|announced|published|listed|common knowledge|public knowledge)\b/,
  // "the project is public", "documented publicly", "listed publicly in the nav", "known to everyone".
  /\b(?:is|are|was|were) (?:itself |also |already )?public\b|\b(?:documented|listed|announced|known|shown|linked|visible) (?:publicly|to everyone|to all|everywhere)\b|\bpublicly (?:documented|listed|announced|known|visible|linked)\b|\bopenly (?:documented|listed|announced|known|visible|linked)\b(?<!\b(?:not|never) openly [a-z]+)|\bknown (?:to|by) (?:everyone|everybody|all)\b|\beveryone (?:can see|sees|knows)\b/,
  // "everyone in the office knows there is a payroll module", "everybody on the team can see it exists", "everybody know he exist":
  // known to the whole group the caller is in.
  /\b(?:everyone|everybody)(?: (?:in|at|on|of) (?:the |our |their |this |that |her |his )?[a-z-]+(?: [a-z-]+)?)? (?:already )?(?:can see|sees|knows|know)\b(?: that)? (?:there (?:is|are)\b|(?:it|they|he|she|the [a-z-]+(?: [a-z-]+)?) (?:exists?|is there|are there)\b)/,
  /\b(?:is|are|was|were) not (?:confidential|classified|hidden|private)\b|\bnot (?:confidential|classified)\b|\bnot (?:a )?secret\b|\bnot sensitive\b|\bpublic(?:ly)? known\b|\bpublic knowledge\b|\beveryone knows\b/,
  // "i do not see what we would be hiding", "cannot see anything to hide": the asker finds nothing to hide.
  /\b(?:do not|does not|cannot|can not|fail to) see (?:what|anything|much|why)(?: (?:there is|there would be|we|they|it|you|the server|the api))?(?: (?:would|could|might|are|is|were|should|need to))?(?: be)? (?:to )?(?:hid(?:e|ing)|conceal\w*)\b/,
  // "nothing about the member needs hiding", "the order does not need to be hidden": hiding said not to be needed.
  /\bnothing(?: (?:about|of|on) (?:it|them|(?:the|this|that|their|our|his|her) [a-z-]+(?: [a-z-]+)?))? (?:needs|requires|calls for|warrants) (?:hiding|concealing|concealment|secrecy|to be (?:hidden|concealed|kept secret))\b|\b(?:does not|do not|did not) need (?:hiding|concealing|to be (?:hidden|concealed|kept secret))\b/,
  /\b(?:no|do not|does not) need to (?:hide|conceal)\b|\bnothing (?:left |more |really |else |there |here )?to (?:hide|conceal)\b|\bnothing (?:is |needs to be |has to be )?(?:hidden|secret|confidential|concealed)\b/,
  // "so nothing is being hidden from them", "nothing was ever concealed from the partner": hiding disclaimed as an act under way
  // or done, the caller named (RFC 9110 §15.5.4's 404 is for a server that wishes to hide existence; here it does not).
  /\bnothing (?:is|was|gets|got) (?:being |ever |really )?(?:hidden|concealed|kept (?:secret|hidden)) (?:from|to) (?:them|him|her|the (?:[a-z-]+ )?(?:caller|client|partner|user|customer|member|integration|app)s?)\b/,
  // "there is nothing about its existence to conceal from them", "nothing about the project left to hide": hiding disclaimed with
  // what it would hide named between (RFC 9110 §15.5.4's 404 is for a server that wants to hide existence; this one does not).
  /\bnothing (?:about|of|regarding|concerning) (?:it|them|this|that|(?:its|their) existence|(?:the|this|that|their|our|his|her|its) [a-z-]+(?: [a-z-]+)?) (?:left |really |here |there )?to (?:hide|conceal)\b/,
  // "nothing about them is confidential", "none of it is secret": the sensitivity denied for all of it.
  /\b(?:nothing|none)(?: (?:about|of|in|on) (?:it|them|this|that|(?:these|those|the|our|their) [a-z-]+(?: [a-z-]+)?))? (?:is|are|was|were) (?:really |at all |even )?(?:confidential|secret|sensitive|classified|private|hidden)\b/,
  /\b(?:visible|shown|listed|displayed|printed|linked) (?:in|on) (?:the |our |every |each |their )?(?:[a-z-]+ )?(?:ui|app|dashboard|url|urls|list|page|nav|navigation|menu|sidebar|receipts?|emails?|invoices?|docs)\b|\b(?:are|is) (?:on|in) (?:the |our |a )?public (?:page|site|website|profile|list|docs|directory)\b|\b(?:visible|shown|listed|displayed|printed|published) (?:in|on) (?:the |our |a |every |each )?public(?:ly (?:visible|available|accessible))? (?:[a-z-]+ )?(?:page|pages|site|website|profile|list|docs|directory|portal|app|listing)\b/,
  /\b(?:existence|its existence|that it exists|the fact it exists)(?: of (?:the |this |that |our |its )?[a-z-]+(?: [a-z-]+)?)?(?: is| being)? (?:no|not an?|not) (?:secret|concern|issue|problem|sensitive)\b/,
  // "regular users know the admin api exists (it is in the docs)", "agents know vip records exist" (callers of any kind): known already, nothing to
  // hide (not "a 403 lets users know it exists": a disclosure feared).
  // (The verb comes first and the subject is a lookbehind: the regex then starts only at "know"/"see".)
  /\b(?:know|knows|see)\b(?<=(?<!\b(?:lets?|letting|allows?|allowing|helps?|helping|makes?|tells?) )\b(?:users?|everyone|everybody|people|customers?|they|callers?|the public|outsiders|staff|(?!(?:attackers|scrapers|bots|competitors|rivals|adversaries|strangers|hackers|others|does|was|has|this|thus|plus|unless|less|always|perhaps|whereas|also|its|is|as|us|lets|allows|helps|makes|tells|gives)\b)[a-z]{2,}s)(?: (?!(?:not|never|no|cannot|nobody|even|should|must|may|might|shall|to|lets?|letting|allows?|allowing|helps?|makes?|tells?)\b)[a-z]+){0,3} (?:already )?(?:can )?(?:know|knows|see)) (?:that )?(?:the |it |this |our |their )?(?:[a-z-]+ ){0,3}(?:exists?|is there)\b|\b(?:it is|they are|is|are) in (?:the|our) (?:public )?(?:docs|documentation|api reference)\b/,
  // "hiding it buys nothing", "no point in hiding": hiding judged useless.
  /\bhid(?:e|ing) (?:(?:it|them|this|that|the [a-z-]+) )?(?:buys|gains|gets|achieves|helps|protects) (?:us )?(?:nothing|little|anything)\b|\bno (?:point|use|sense|value) (?:in )?hiding\b|\bpointless to hide\b|\b(?:hiding|concealing|concealment|secrecy)\b(?: [a-z'-]+){0,5} (?:is|was|are|were) (?:not|never|no longer) (?:a |an |the |our |any )?(?:real |big |major |particular )?(?:goal|aim|point|concern|requirement|worry|priority|need|factor|consideration)\b|\b(?:hiding|concealing)\b(?: [a-z'-]+){0,5} (?:does not|do not) matter\b|\bhid(?:e|ing) (?:(?:it|them|this|that|the [a-z-]+) )?makes (?:zero|no|little) sense\b/,
  // "hiding is not needed", "concealing it isn't necessary", "secrecy is unnecessary": hiding said to be no requirement.
  /\b(?:hiding|concealing|concealment|secrecy)(?: (?:it|this|that|them|its existence|the [a-z-]+))? (?:is |was |are )?(?:not (?:needed|required|necessary|wanted|a requirement)|unnecessary|unneeded|not called for)\b/,
  // "there is no confidentiality concern about its existence", "no privacy issue with confirming it": what a hiding 404 would guard is
  // said to need no guarding.
  /\bno (?:confidentiality|privacy|secrecy|disclosure|existence|enumeration|sensitivity) (?:concerns?|issues?|risks?|problems?|worries)\b/,
  // "its existence was never a secret": never hidden in the first place.
  /\b(?:was|were|is|are|has|have) never (?:been )?(?:a )?secret\b/,
  // "not a hiding case", "this is no secrecy scenario", "it is not about hiding": the asker files the question outside the case
  // RFC 9110 §15.5.4's 404 is for (a server that wants to hide existence), so hiding is ruled out before the word is read as one.
  /\b(?:not|no|never|nothing) (?:an? |really |really an? )?(?:hiding|concealment|secrecy|enumeration|existence-hiding) (?:case|scenario|situation|question|issue|concern|problem|thing)\b|\b(?:not|nothing|never) (?:really |at all )?(?:about|related to|a matter of) (?:hiding|concealment|concealing|secrecy)\b/,
  // "nobody is hiding it", "no one hides that page": hiding disclaimed with its subject.
  /\b(?:nobody|no one|noone) (?:is |was |are |were )?(?:hiding|hides|hid|concealing|conceals)\b|\b(?:nobody|no one|noone) (?:minds|worries|cares)\b(?: [a-z']+){0,6} (?:know|knows|learn|learns|see|sees|exists?|existence|hid(?:e|ing)|conceal\w*)\b/,
  // "he knows it exists (he sees it in the list)", "logged in and knows it existed": the caller already knows; nothing is hidden
  // from them.
  // "the patient knows the results exist because they were notified", "the uploader knew the file existed": the person asking was told,
  // so nothing is left to hide from them (not "if we send 403 the attacker knows the account exists": a disclosure feared, read by HIDE).
  /(?<!\b(?:if|when|would|otherwise|then|so that|could|can|might|lets?|letting)\b[^.;]{0,50})(?:\b(?:he|she|they|the (?!(?:attackers?|outsiders?|scrapers?|bots?|competitors?|adversary|public|world)\b)[a-z-]+)|\b(?:signed|logged) in,? and) (?:already |does |do |clearly |obviously |certainly )?(?:know|knows|knew|see|sees|saw|is aware|are aware|was aware|were aware)\b(?: (?:perfectly|very|full|fully|quite) well)?(?: that)? (?:it|they|the [a-z-]+(?: [a-z-]+)?|their [a-z-]+|its [a-z-]+) (?:exists?|existed|is there|are there|was there|were there)\b|\b(?:he|she|they|the user|the caller) (?:already |does |do |still |can still |can )?(?:see|sees|saw) (?:it|them) (?:in|on) (?:the|their|his|her) (?:[a-z-]+ )?(?:list|listing|menu|nav|sidebar|dashboard|ui|app|queue|inbox|feed|overview|worklist|search results|history|timeline|account|profile|transcript)\b/,
  /\bno (?:secrecy|hiding|need for secrecy)\b|\bsecrecy (?:is )?not (?:needed|required)\b|\b(?:no one|nobody|noone) cares\b|\b(?:is|are) no secret\b|\bno secret (?:here|there|at all|about (?:it|that|this|them)|that (?:it|they|he|she|the [a-z-]+) (?:exists?|existed|is there|are there))\b|\bno reason to hide\b|\b(?:ids?|names?|lists?|it|they|them|existence|urls?|numbers?)(?: [a-z]+){0,2} (?:is|are) public\b|\bpublic (?:anyway|knowledge|info)\b|\bprinted on\b/,
];

/** "not a member of project infra", "a workspace they do not belong to": the caller is not one of the insiders. */
export const OUTSIDER = /\bnot (?:an? |even an? )?(?:members?|part) of\b|\b(?:was|were|got|has been|have been|had been) (?:removed|kicked|dropped) from the (?:org|organization|organisation|team|workspace|enterprise|company)\b|\bno longer (?:an? )?(?:members?|part) of\b|\b(?:do|does|did) not belong (?:to|in)\b|\boutsiders?\b|\bnot (?:in|on) (?:their|his|her|the) (?:team|project|workspace|org|organization|group)\b/;

const SENSITIVE = /\b(?:private|confidential|sensitive|secret|classified|internal-only|unlisted)\b/;

/** "claim numbers are not sensitive", "it is not really private": the sensitivity is denied right before the word. */
const SENSITIVITY_DENIED =
  /\b(?:not|never|no longer|non|no)(?: (?:really|particularly|very|that|especially|at all|even))?(?: an?)? ?-?$|\b(?:nothing|none)(?: (?:about|of|in|on) [a-z-]+(?: [a-z-]+){0,2})? (?:is|are|was|were)(?: (?:really|at all|even))?$/;

export function affirmedSensitive(text: string): boolean {
  if (!SENSITIVE.test(text)) return false;
  for (const match of text.matchAll(/\b(?:private|confidential|sensitive|secret|classified|internal-only|unlisted)\b/g)) {
    if (!SENSITIVITY_DENIED.test(text.slice(Math.max(0, (match.index ?? 0) - 50), match.index ?? 0).trimEnd())) return true;
  }
  return false;
}

/** "which we promised not to reveal": an obligation of secrecy outweighs "now they know it is there". */
const HIDE_UNWANTED = /\b(?:do not|does not|did not|never) want (?:that |the |any |our |other |an? )?(?:[a-z-]+ ){0,4}(?:to )?(?:know|knowing|learn|learning|see|find out|finding out|discover|realize|notice|count\w*|enumerat\w*|estimat\w*|scrap(?:e|es|ing)|harvest\w*|guess\w*|infer\w*|work out|figure out|prob(?:e|es|ed|ing)|fish(?:es|ed|ing)?|map(?:s|ped|ping)?|scan(?:s|ned|ning)?|pok(?:e|es|ed|ing)|test(?:s|ed|ing)? (?:which|whether|if)|check(?:s|ed|ing)? (?:which|whether|if))\b/;

const HIDE_PROMISED =
  /\b(?:promised|promise|supposed|meant|agreed|committed|need|needed|have|has|had|must|should|want|wanted|trying|tried) (?:not to|never to|to never|to not) (?:reveal|disclose|leak|confirm|expose|acknowledge|tell|show)\b/;

/** "email not confirmed": an unverified account detail, nothing about existence (read before HIDE). */
const UNCONFIRMED_DETAIL =
  /\b(?:email|e-mail|phone|account|address|identity|payment|order|booking|signup|registration|number|kyc|mail)(?: address| number)? (?:is |was |has |yet )?(?:not|never)(?: yet| been)? confirmed\b|\b(?:not|never|has not|have not|had not|did not|does not|do not)(?: yet| even)? confirm(?:ed)? (?:his|her|their|the|its|an?|your|my|our) (?:email|e-mail|phone|account|address|identity|number|mail)(?: address| number)?\b/g;

/**
 * "a tpp must not be able to discover accounts outside its consent, not even that they exist".
 * "rule: tenant data must not be exposed across tenants, existence included", "policy says hide it even from
 * people who know it exists": a stated duty to hide existence. It holds whatever this caller happens to
 * know already (RFC 9110 §15.5.4 lets the server answer 404 for it), so it is read before HIDE_NOT_NEEDED.
 */
const HIDE_MANDATED =
  /\bnot even (?:that |whether |if )?(?:they|it|the [a-z-]+|[a-z]+s) (?:exists?|is there|are there)\b|\bexistence (?:included|too|as well|also|of (?:it|them) included)\b|\b(?:including|incl\.?|not even|even) (?:the |its |their |his |her )?existence\b|\b(?:must|should|may|shall|can) (?:never|not) (?:be )?(?:exposed|revealed|disclosed|leaked|confirmed|shown|visible)\b[^.;?]{0,60}\bexistence\b|\b(?:must|should|may|shall|can|will) (?:never|not) (?:ever )?(?:confirm|reveal|disclose|expose|leak|show|admit|acknowledge)\b[^.;?]{0,20}\bexistence\b|\bexistence\b[^.;?]{0,30}\b(?:must|should|may|shall|can) (?:never|not) (?:be )?(?:exposed|revealed|disclosed|leaked|confirmed|shown|visible)\b|\b(?:hide|hidden|conceal\w*)\b[^.;?]{0,40}\beven (?:from|to|if|when) (?:people|users|callers|those|someone|anyone|they|she|he|them|him|her) (?:who )?(?:already )?(?:know|knows|knew|have seen|has seen|saw)\b/;

/**
 * "competitors could probe which serials are activated", "attackers can check whether an account is registered", "our 403s let
 * outsiders confirm which organisations are customers", "so they are mapping which ids are real": a threat of
 * telling existing things from absent ones, named in the question, is the reason to hide even when the ids themselves are known.
 */
const PROBER = '(?:attackers?|competitors?|rivals?|scrapers?|bots?|outsiders?|anyone|anybody|someone|strangers?|adversar(?:y|ies)|malicious (?:users?|actors?|clients?)|bad actors?)';

const PROBING_THREAT = new RegExp(
  `\\b(?:${PROBER}\\b (?:could|can|might|may|would|will|are able to|is able to|try to|tries to)(?: easily| then| simply)?|(?:lets?|letting|allows?|allowed|allowing|enables?|enabled|enabling|helps?|helped) ${PROBER}(?: to)?) (?:probe|enumerate|map|scan|test|check|find out|learn|work out|tell|discover|infer|confirm) (?:which|whether|if)\\b` +
    // "… so they are mapping which ids are real": the probing told as under way.
    `|\\b(?:${PROBER}|they|he|she) (?:is|are|was|were) (?:already |now |clearly |basically )?(?:probing|enumerating|mapping|scanning|testing|checking|working out|figuring out|discovering|inferring|confirming|finding out) (?:which|whether|if)\\b`,
);

const WHAT_A_CODE_WOULD_TELL = /\b(?:if|when|once) (?:we|the (?:api|server|service|endpoint)|it) (?:return|send|answer|respond with|give|use)s? (?:an? )?(?:401|403|404|410)\b,? (?:then )?(?:the |a |an |they |he |she |them )[^.;]*/g;

/** "we keep only a hashed tombstone to know it existed": what the server records for itself, no disclosure to anyone. */
const OWN_RECORD_OF_IT =
  /\b(?:tombstones?|records?|markers?|rows?|entr(?:y|ies)|logs?|flags?|hash(?:es)?)\b[^.;]{0,20}\b(?:to|so (?:that )?(?:we|it|the [a-z]+) (?:can |will )?) ?(?:know|remember|tell|record)\b(?= (?:that )?(?:it|they|the [a-z-]+|this|that|there) )/g;

/**
 * "only curators can know they exist", "only the board may learn that the file is there": knowing it exists is kept to a few, so it
 * is to be hidden from everyone else (read before HIDE_NOT_NEEDED, whose "curators can know they exist" would take it as known).
 */
const ONLY_INSIDERS_KNOW =
  /\bonly (?:the |our |its |their )?[a-z-]+(?: [a-z-]+)? (?:can|may|should|could|are allowed to|is allowed to|are permitted to|get to|are supposed to|must) (?:even )?(?:know|learn|see|be told|find out)(?: about)?(?: that| whether| if)? (?:it|they|these|those|this|that|the [a-z-]+)(?: [a-z-]+)? (?:exists?|existed|is there|are there)\b/;

export function detectHide(raw: string): boolean | null {
  const unconfirmed = raw.includes('confirm') ? raw.replace(UNCONFIRMED_DETAIL, ' ') : raw;
  const text = unconfirmed.includes('tombstone') || unconfirmed.includes('record') ? unconfirmed.replace(OWN_RECORD_OF_IT, ' ') : unconfirmed;
  if (PROBING_THREAT.test(text)) return true;
  // Cheap gates first: most questions have neither " want " nor " not to "/" never to ".
  if (text.includes(' want ') && HIDE_UNWANTED.test(text)) return true;
  if (/ (?:not|never) to | to (?:never|not) /.test(text) && HIDE_PROMISED.test(text)) return true;
  if (text.includes('existence') || text.includes('even ')) {
    if (HIDE_MANDATED.test(text)) return true;
  }
  if (text.includes('only ') && ONLY_INSIDERS_KNOW.test(text)) return true;
  // "if we return 403, the customer knows the invoice exists": what a code would let them learn is a disclosure feared, not
  // something they already know.
  const unfeared = / (?:if|when|once) /.test(text) ? text.replace(WHAT_A_CODE_WOULD_TELL, ' ') : text;
  if (has(unfeared, ...HIDE_NOT_NEEDED) || hintedMatch(unfeared, HIDE_NOT_NEEDED_HINTED)) return false;
  if (has(text, ...HIDE) || hintedMatch(text, HIDE_HINTED)) return true;
  return null;
}

/** "github answers 404 for private repos": a private resource already behind a 404 is being hidden. */
export function hidesPrivateBehind404(text: string, currentCode: string | null): boolean {
  return currentCode === '404' && SENSITIVE.test(text);
}
