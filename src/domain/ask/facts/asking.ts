import { clauseBefore, matchesOf } from '../match';
import { CODE_BY_MEANING, CODE_NAME } from './vocabulary';

/** Whether a question asks which code fits a case, and which code it names, observes or proposes. */

export const ASKS_WHICH: readonly RegExp[] = [
  // "i need the status code: …", "tell me the right code for …", "give me a status".
  /\b(?:i need|we need|need|give me|tell me|get me|looking for|suggest|recommend)(?: (?:the|a|an|right|correct|proper|http|best))* (?:status|status code|code|http code|http status|response code|verdict)\b/,
  /\b(?:which|what) (?:status|status code|http status|http code|code|response|response code|error|error code|one|number|http response|answer|reply)\b/,
  /\b\d{3} ?(?:or|vs|\/|\||,|versus|and not|not) ?(?:a |an )?\d{3}\b/,
  /\b(?:should|shall|must|would|do|does|can|could|may) (?:we|i|it|this|that|they|you|he|she|the [a-z-]+|our [a-z-]+|my [a-z-]+|a [a-z-]+|these|those)(?: [a-z-]+)? (?:return|send|respond|reply|answer|give|throw|use|be|get|see|receive|emit|serve)\b/,
  new RegExp(`\\b(?:return|send|respond with|reply with|use|give|throw|answer with|pick|choose|emit|serve) (?:a |an |the )?${CODE_NAME}(?: or| vs| instead| here| for| when| if|\\?|$)`),
  new RegExp(`\\bis (?:a |an |the |returning |sending )?${CODE_NAME}(?: [a-z]+)? (?:right|correct|ok|okay|fine|appropriate|acceptable|wrong|the right|the correct|proper|valid|legit|better|best|allowed|accurate|a good idea|a bad idea|reasonable|the way to go|what we want|semantically correct)\\b(?! to (?:say|explain|tell|describe|give|state|mention|reveal|show|include|carry|contain)\\b)`),
  // Not "is it ok for a 403 to include a message": that asks what the code's response may carry.
  /\b(?:is|was) (?:that|this|it) (?:right|correct|ok|okay|wrong|appropriate|fine|legit|valid|acceptable|the right (?:call|code|choice)|a bug|intended|expected)\b(?! for (?:an? |the )?\d{3}(?: responses?| errors?)? to\b)/,
  /\b(?:right|correct|proper|appropriate|best|better|expected|semantically correct|accurate|standard|recommended) (?:status|code|response|status code|http code|http status|answer|choice|error|one|thing to return)\b/,
  /\bwhat (?:do|should|would|shall|must|can) (?:we|i|you|it|the [a-z-]+|this|they) (?:return|send|respond|reply|answer|give|throw|use)\b/,
  /\bhow (?:should|do|would) (?:we|i|it|the [a-z-]+|this) (?:respond|answer|reply)\b/,
  /\bwhat to (?:return|send|respond|use|answer)\b/,
  // "what should the API say?": the server's answer asked for (not what a body or message says: that is a part).
  /\bwhat (?:do|does|should|would|shall|must|will) (?:we|it|the (?:api|server|service|svc|endpoint|gateway|backend|proxy|app)) say\b/,
  // Chat shorthand: "code pls", "status?", "correct response?", "what should svc return", "we answer what?".
  // Not "… through status codes", "… about the response": there the word is the topic, not the request.
  /(?<!\b(?:through|about|of|with|in|for|by|via|on|between|across|using|from) (?:the |these |those |our |their |all |different |http |its )?(?:status |http |error )?)\b(?:code|codes|status|status code|response|response code|http code|which one|verdict)(?: (?:now|then|here|today|instead|pls|please))?\s*[?.!]*$/,
  // "status code pls, someone set it to 403 and i think thats wrong": the request standing alone at the start of a sentence (its
  // "pls" is gone by now), then a remark.
  /(?:^|[.!?] )(?:http |the )?(?:status code|status|code|response code|http code)(?: (?:pls|plz|please))? ?[,;:] /,
  /(?:^|[.;,!?] ?)(?:which|what)\s*[?.!]*$/,
  // "the delete request gets?", "calls to it receive?": the object of the verb is the code asked for.
  /\b(?:gets?|receives?|sees?|returns?|responds? with|answers? with|gives?)\s*(?:(?:\.{2,}|…)\s*\??|\?)\s*$/,
  /\bwhat (?:do|should|would|shall|must|can|does|will) (?:[a-z-]+ ){1,3}(?:return|send|respond|reply|answer|give|throw|get|see|emit|show|receive)\b/,
  /\bsend(?:s|ing)? back\b|\b(?:return|send|answer|give|respond|reply)(?:s|ed)?(?: with| back)? (?:what|which)\b|\bshould (?:it )?be\s*\?/,
  // "keep 403 or switch?", "stay with 404 or change it": today's code put up to be kept or replaced.
  new RegExp(`\\b(?:keep|stay with|stick with|leave) (?:the |our |it (?:at|as) )?(?:${CODE_NAME}|it|that|this)(?: as it is)? or (?:switch|change|move|go)\\b`),
  // "we return 500 atm. fix it to what", "change that to what?": today's code put up for replacement.
  /\b(?:fix|change|switch|set|turn|make) (?:it|that|this|them|the (?:status|code|response)) (?:in)?to what\b/,
  new RegExp(`\\b${CODE_NAME} ?\\?`),
  // "should be 403 yes?", "it is 403, no?", "403 yeah?", "correct is 403, isnt it?": a code put up with a tag for agreement.
  new RegExp(`\\b${CODE_NAME},? (?:yes|yeah|yep|yea|ya|no|nope|right|correct|true|ok|okay|isn'?t it|is it not|innit|eh|or not|yes or no|na|nah|agree|agreed|confirm)\\s*[?!]`),
  // "… bots still fetch the old pages, 404 or not": the same weighing as the last words, without a question mark.
  new RegExp(`\\b${CODE_NAME},? or not\\s*[.!]*$`),
  // "410 ok?", "403 right?", "is 404 fine here?": a code put up for review.
  new RegExp(`\\b${CODE_NAME} (?:(?:is |seems |sounds |looks )?(?:ok|okay|right|correct|fine|good|legit|wrong|appropriate|proper|valid|accurate)(?: here| then| for (?:this|that|it|them))?) ?\\?`),
  new RegExp(`\\bor (?:should (?:it|we|this) be |is it |rather |maybe )?(?:a |an )?${CODE_NAME}\\b`),
  new RegExp(`\\b(?:should|would|could) (?:it|this|that) (?:rather |instead |really )?be (?:a |an )?${CODE_NAME}\\b`),
  /\b(?:which|what) (?:fits|applies|is right|is correct|is better|is best|one)\b|\b(?:fits|applies) (?:better|best)\b/,
  /\bwhat (?:instead|else|then)\b|\bwhat should (?:we|i) do\b|\bbetter (?:code|status|option|answer)\b/,
  // "status for the client?", "code to the caller?".
  /\b(?:status|code|response|status code|http code) (?:for|to) (?:the |this |that |these |those |our |a |an )?(?:client|clients|caller|callers|user|users|request|requests|them|him|her|it|this|that|customer|customers|browser|app|link|url|page)(?: (?:now|then|here|today|instead))?\s*[?.!]*$/,
];

const CURRENT_CODE = new RegExp(
  `\\b(?:returns?|returning|returned|sends?|sending|sent|responds?|responding|responded|gives?|giving|throws?|throwing|answers?|answering|emits?|serves?|serving)(?: back)?(?: with)?(?: an?| the)? (\\d{3}|forbidden|not found|unauthorized|gone)\\b`,
);

const OBSERVED_CODE = /\b(?:get|gets|getting|got|see|sees|seeing|receive|receives|receiving|hit|hits|hitting)(?: back)? (?:an? |the )?(\d{3})\b/;

/** "is 403 correct here?", "should it be a 404?": the code the question puts up for review. */
const PROPOSED_CODE =
  /\b(?:is|isn't|is not) (?:a |an |the |returning |sending )?(\d{3}|forbidden|not found|unauthorized|gone) (?:[a-z]+ )?(?:right|correct|ok|okay|fine|appropriate|acceptable|wrong|proper|valid|legit|accurate)\b|\b(?:should|shouldn't|should not) (?:it|this|that) (?:rather |really )?be (?:a |an )?(\d{3})\b/;

const CODE_OF_NAME: Readonly<Record<string, string>> = { forbidden: '403', 'not found': '404', unauthorized: '401', gone: '410' };

/** "403 forbidden", "404 not found": the code's name is not a description of the situation. */
export function stripCodeNames(text: string): string {
  const named = text.replace(
    /\b(forbidden|not found|unauthori[sz]ed|gone)( ?(?:or|vs|\/|versus|and) ?)(forbidden|not found|unauthori[sz]ed|gone)\b/g,
    (_whole, a: string, joint: string, b: string) => `${CODE_OF_NAME[a.replace('unauthorised', 'unauthorized')] ?? a}${joint}${CODE_OF_NAME[b.replace('unauthorised', 'unauthorized')] ?? b}`,
  );
  return named
    .replace(/\b403 forbidden\b|\bforbidden \(?403\)?/g, '403')
    .replace(/\b404 not found\b|\bnot found \(?404\)?/g, '404')
    .replace(/\b401 unauthori[sz]ed\b|\bunauthori[sz]ed \(?401\)?/g, '401')
    .replace(/\b410 gone\b|\bgone \(?410\)?/g, '410')
    // Pasted code that raises a refusal ("raise permissiondenied()", "throw new forbiddenerror()"): what the code answers, not a fact.
    .replace(/\b(?:raise|raises|throw|throws|abort)\s+(?:new\s+)?[a-z_.]*(?:permission_?denied|forbidden|access_?denied|not_?authori[sz]ed|unauthori[sz]ed)[a-z_]*\s*(?:\(\))?/g, ' responds ')
    // "our api returns 403 permission denied": the response's own message, not a fact of the case.
    .replace(/(\b(?:return(?:s|ed|ing)?|send(?:s|ing)?|sent|answer(?:s|ed|ing)?|respond(?:s|ed|ing)? with|giv(?:es|ing)) 4\d\d) ['"`]?(?:permission denied|access denied|accessdenied|access_denied|permissiondenied|permission_denied|not allowed|not permitted|no permission|insufficient permissions?)\b['"`]?/g, '$1')
    .replace(
      /\b(returns?|returning|returned|respond(?:s|ing|ed)? with|send(?:s|ing)?|sent|give(?:s)?|giving|throw(?:s|ing)?|answer(?:s|ing)? with) (?:an? )?(not found|forbidden|unauthori[sz]ed|gone)\b/g,
      (_whole, verb: string, name: string) => `${verb} ${CODE_OF_NAME[name.replace('unauthorised', 'unauthorized')] ?? name}`,
    );
}

const RULE_QUESTION = /\bwhat(?: is|'s) the (?:general )?(?:rule|rules|rule of thumb|guidance|convention|principle|best practice)\b(?! (?:engine|says))/;

/**
 * Questions about a practice or a reason, not a case: "is it wrong to use 403 for missing login",
 * "why should we not send 404 when …", "which error goes in www-authenticate for …". They may describe
 * a situation, but what they ask for is a judgement, a reason or a header value, not the code. So is a code's rule asked
 * under a doubt about its deciding fact, in one question and no case told: "can we use 410 when we are not sure the removal
 * is permanent?", "if we are not sure it is removed forever, we can still use 410?" (RFC 9110 §15.5.11 answers it: then 404).
 */
export const PRACTICE_QUESTION =
  /\bwhat(?: is|'s| are) the (?:benefits?|advantages?|point|upsides?|downsides?|drawbacks?|gains?|value) (?:of|in|with) (?:using |returning |sending |answering )?(?:an? )?\d{3}\b|^what(?: is|'s) (?:wrong|bad|the problem|the harm|the risk|the downside) (?:with|in|about|of)\b|^(?:(?:is it|would it be|is it ever|isn't it|is that) )?(?:ever |really |always )?(?:ok|okay|fine|wrong|bad|acceptable|allowed|legit|legal|correct|right|a good idea|a bad idea|good practice|bad practice|common|standard)(?: for (?:a|an|any) (?:server|api|service|endpoint|app|site|website|web server|backend|gateway|proxy))? to (?:keep |still |just |always )?(?:use|using|return|returning|send|sending|answer|answering|give|giving|respond(?:ing)? with|reply(?:ing)? with) (?:a |an )?\d{3}\b|^(?:can|could|may) (?:we|i|you|one|a server|an api) (?:still |ever |really |also )?(?:use|send|return|give|answer|answer with) (?:an? )?(?:401|403|404|410) (?:when|if|while|even if|even when|as long as) (?=[^.?!;]*\b(?:not sure|not certain|unsure|uncertain|do not know|not known|unclear|might|maybe|perhaps|possibly)\b)[^.?!;]*\?\s*$|^(?:if|when|even if|while) (?=[^.?!;]*\b(?:not sure|not certain|unsure|uncertain|do not know|not known|unclear|might|maybe|perhaps|possibly)\b)[^.?!;]*, (?:can|could|may) (?:we|i|you|one) (?:still |ever |really |also )?(?:use|send|return|give|answer|answer with) (?:an? )?(?:401|403|404|410)\s*\?\s*$|^(?:if|when|even if|while) (?=[^.?!;]*\b(?:not sure|not certain|unsure|uncertain|do not know|not known|unclear|might|maybe|perhaps|possibly)\b)[^.?!;]*, (?:we|i|you|one) (?:can|could|may) (?:still |ever |really |also )?(?:use|send|return|give|answer|answer with) (?:an? )?(?:401|403|404|410)\s*\?\s*$/;

const REASON_QUESTION =
  /^why (?:should|shouldn't|should not|would|do|does|is|are|must|can't|cannot|not|use|return|send|pick|choose|prefer|answer)\b(?![^?]{0,80}(?:\b(?:and|so|then)|,) (?:what|which)\b)|^why\b(?=[^?]{0,80}\b(?:should|must|ought to)(?: not)? (?:return|send|answer|use|give|be)\b)(?![^?]{0,80}\b(?:and|so|then) (?:what|which)\b)/;

const HEADER_VALUE_QUESTION = /\b(?:should|must|do|does|can|may|need|needs) (?:the |our |a |an |that |this |its )?(?:[a-z-]+ )?(?:www-authenticate|challenge|header)(?: header| challenge)? (?:to )?(?:include|contain|carry|have|list)\b[^?]{0,30}\berror\b|\b(?:do|does|should|must|can|may) (?:we|i|you|it|they|the server|the api) (?:put|include|add|set|send)\b[^?]{0,30}\berror(?: code| value)?\b[^?]{0,30}\b(?:in|into|inside) (?:the |our |a )?(?:bearer )?(?:challenge|header|www-authenticate)\b|^(?:what|which) (?:(?:http |response |http response )?headers?|http header)\b|^what (?:happens|will happen|would happen|could happen)\b|\b(?:which|what) (?:error|error code|value|error value)\b[^?]{0,60}\bwww-authenticate\b|\bwww-authenticate\b[^?]{0,60}\b(?:which|what) (?:error|value)\b/;

/** "401 means not logged in, right?", "the 403 code is for missing roles?": a claim about the code, checked. */
const CLAIM_ABOUT_A_CODE =
  /^(?:so )?(?:the |a |an |http )?\d{3}(?: code| status| status code| response)? (?:means?|is for|is about|is only for|stands for|signals?|indicates?|implies|says)\b/;

/**
 * "the 401 is called unauthorized, so it means no permission?", "isn't 401 the code for not authorized?":
 * a reading of the code's name, checked. Unanchored, so behind a hint (most questions have none of these words).
 */
export const CLAIM_READING_HINT = /\b(?:so|then|thus|therefore|called|named)\b|^(?:is not|is) /;

export const CLAIM_READING = /\b\d{3}\b[^.?!;]{0,40}\b(?:so|then|thus|therefore) (?:it|this|that|the code) (?:means?|implies|is about|is for|signals?|indicates?)\b|\b\d{3}\b (?:is )?(?:called|named)\b|^(?:is not|is) (?:the )?\d{3} (?:the|a) (?:code|status|status code|response) (?:for|that means)\b/;

function claimsAboutACode(text: string): boolean {
  return CLAIM_ABOUT_A_CODE.test(text) || (CLAIM_READING_HINT.test(text) && CLAIM_READING.test(text));
}

/**
 * "if we return 410 instead of 404, does google drop them faster?": the code is the premise; what is asked
 * is a consequence of it (crawlers, clients, caches), not which code to send.
 */
export const CONSEQUENCE_OF_A_CODE =
  /^(?:if|when|once|after) (?:we|you|i|they|the [a-z-]+|our [a-z-]+) (?:[a-z]+ ){0,2}(?:return|returns|send|sends|answer|answers|use|uses|switch|switches|change|changes|serve|serves|respond|responds)\b[^?]{0,80}?,? (?:does|do|will|would|can|could|is|are) (?!(?:we|i)\b)/;

/** "does rfc 9110 require 410 whenever …", "is 410 mandatory per the spec": what the rules oblige. */
export const SPEC_REQUIREMENT =
  /\b(?:rfcs?|spec|specs|specification|standard|http|9110)\b[^?]{0,30}\b(?:require|requires|mandate|mandates|force|forces|oblige|obliges|demand|demands)\b|\b(?:required|mandatory|obligatory|compulsory)\b[^?]{0,30}\b(?:per|by|under|according to|in) (?:the )?(?:rfcs?|spec|specs|standard|http)\b/;

/**
 * "the token expired; why is 401 and not 403 the rule?", "we send 410 now, what will the crawler do next?",
 * "… why do our dashboards show it as an auth error?": the question a case is told for is about a reason,
 * what a client or crawler does, or what something means, not which code to send. Read on the last part
 * that asks (its last sentence with a question mark, else its last sentence); a code asked there as well
 * ("why … , what should it be?") keeps it a which-code question. So is "… for discontinued pages. what does 410 communicate that
 * 404 does not?": what one code tells beyond another is their meanings compared (RFC 9110 §15.5.5, §15.5.11), asked after a case.
 */
const OTHER_QUESTION =
  /^(?:so |and |but |ok |okay )?(?:why\b|how come\b|how (?:does|do|did|will|would|can|could|should) (?:the |our |a |an |their |its |that )?(?:client|clients|crawler|crawlers|browser|browsers|library|client library|sdk|app|apps|google|googlebot|user|users|caller|callers|monitoring|dashboards?|cdn|cache|proxy)\b|what (?:will|would|does|do|did) (?:the |our |a |an |its |their |that )?(?:client|clients|crawler|crawlers|browser|browsers|library|client library|sdk|app|google|googlebot|user|users|caller|callers|cdn|cache)\b(?:[^?]{0,40}\b(?:do|see|show|make of|think)\b)|what happens\b|what does (?:it|that|this) (?:mean|tell|say)\b|what (?:does|do|would|will) (?:an? |the )?(?:401|403|404|410)(?: [a-z]+)?(?: response| status| code)? (?:communicate|convey|signal|tell|say|express|indicate|add)\b[^?]{0,40}\b(?:that|which) (?:an? |the )?(?:401|403|404|410)\b(?: [a-z]+)? (?:does not|do not|would not|will not|cannot|can not)\b|what does (?:the )?(?:spec|rfc|standard)(?: ?\d{4})? say (?:must|should|has to|is required|about)\b|what (?:will|would|does|do|did) (?:he|she|they) (?:see|get to see)\b|explain\b(?: to me)? (?:why|how)\b|who (?:decides|should decide|gets to decide|is responsible for deciding|owns the decision|makes the call|chooses|signs off)\b)/;

/**
 * "if we return 404 instead of 403 to hide things, how do we still monitor real denials?": how the service is run
 * once a code is chosen (monitoring, alerting, debugging), asked after a clause that names the code as the premise.
 */
const HOW_TO_OPERATE =
  /^(?:so |and |but )?how (?:do|can|should|would|could|will) (?:we|i|you|they|ops|teams?|sres?) (?:still |then |also |now |even )?(?:monitor|track|measure|alert on|audit|debug|detect|count|spot|observe|trace|tell apart)\b/;

/** A code asked for by name: "which status", "401 or 403", a sentence of its own that is only "status?". */
const CODE_NAMED_ASK = /\b(?:which|what) (?:http )?(?:status|code|status code)\b|\b(?:401|403|404|410) or (?:an? )?(?:401|403|404|410)\b|^\s*(?:so |and )?(?:http )?(?:status|code|status code|response code)(?: (?:then|pls|please))?\s*[?.]?\s*$/;

const CODE_ASKED_TOO =
  /\b(?:which|what) (?:http )?(?:status|code|one|response)\b|\b(?:401|403|404|410) or (?:an? )?(?:401|403|404|410)\b|\b(?:should|must) (?:we|it|they|the [a-z-]+) (?:return|send|answer|respond|be)\b|\bwhat should (?:it|that|this|they) be\b|\b(?:should|shouldn't|should not|isn't|is not|wouldn't|would not|would) (?:it|that|this|we|they) (?:not )?(?:be|use|send|return|get) (?:an? )?(?:401|403|404|410)\b|\b(?:should|must) be (?:an? )?(?:401|403|404|410)\b|\b(?:401|403|404|410)\b[^?]{0,20}\b(?:right|correct|instead|imo|agree)\b|\bwhat(?:'s| is) (?:correct|right)\b|\bwhich (?:is|one is) (?:right|correct)\b/;

/**
 * "what should we send back in the WWW-Authenticate header?", "which header do we send with the 403?", "what
 * should the response body say?": a part of the response asked for, not its code.
 */
const PART_ASKED =
  /\b(?:which|what) (?:(?:http |response |http response )(?:headers?|body)\b|header|headers|body|message|cache-control|field|fields|value|json|text|claim|claims|error message|error body)\b|\b(?:send|return|include|put|say|contain|set)\b[^?.]{0,25}\b(?:in|with|inside) (?:the |a |its |that |this )?(?:www-authenticate|headers?|body|response body|message|challenge|json)\b|\bwhat should (?:the )?(?:response |error )?(?:body|message|json|page) (?:say|contain|look like)\b|\bwhat cache-control\b|\b(?:need|needs|have|has|use|uses|get|gets|carry|carries|return|returns|send|sends) (?:the |an? )?(?:same|identical|different|matching) (?:body|headers?|message|payload|response body|error body|json|error message|page|timing)\b|\bwhat should the (?:client|sdk|app|browser|ui|frontend) (?:send|do|show)\b|\bhow should (?:the )?(?:ui|frontend|app|client|we) (?:explain|show|word|phrase|display)\b|^(?:does|do|will|would|can|is|are) (?:the |a |our |their )?(?:proxy|cdn|cache|browser|client|crawler|google|googlebot)\b|\bwhere (?:does|do|should|must|would) (?:the |an? |that |this )?[^ ?]+(?: [^ ?]+){0,2} (?:actually |really )?(?:go|belong|live|sit)\b/;

/** "why would we return 410 for /promo? … what should it be": a reason asked first, the code asked last. */
export function lastAsksForCode(parts: readonly string[]): boolean {
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1] ?? '';
  return CODE_ASKED_TOO.test(last) && !PART_ASKED.test(last);
}

/** The question's sentences, split once for the readings of what is asked (asksAnotherQuestion, lastAsksForCode). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;:])\s+/).filter((p) => p.trim() !== '');
}

/**
 * "… they now answer 410. does a search crawler drop those urls faster than with a 404?", "could a CDN still
 * store that 410?", "may the response body explain why?", "is a server allowed to answer 404 for something
 * that exists?", "what is this weakness called?": a yes-or-no question about what a crawler, cache or client
 * does, about a part of the response, or about what a server may do in general, or the name of something,
 * asked after a case: a fact is asked, not this case's code. Read like OTHER_QUESTION, on the part that asks;
 * a code asked there by name keeps it a which-code question (asksAnotherQuestion checks that first).
 */
const FACT_ASKED_AFTER_A_CASE =
  /^(?:so |and |but |ok |okay |also )?(?:(?:does|do|did|will|would|can|could|may|might|is|are) (?:the |a |an |our |their |its |any |most |some |that |this )?(?:search |http |shared |reverse |upstream |downstream |intermediate )?(?:crawler|crawlers|search engines?|engines|google|googlebot|bing|indexers?|cdn|cdns|caches?|proxy|proxies|browsers?|clients?|sdks?|client librar(?:y|ies)|librar(?:y|ies))\b|(?:does|do|will|would|can|could|may|might|must) (?:the |a |an |our |that |this |its )?(?:response |error |401 |403 |404 |410 )?(?:body|message|payload|page|response body|error body)\b|is (?:a |the |any )?(?:server|origin|api|service) (?:actually |even |ever |really |technically )?(?:allowed|permitted|free|supposed) to\b|what (?:is|'s) (?:this|that|it|the) (?:class of |kind of |type of )?(?:weakness|vulnerability|attack|flaw|leak|issue|bug)(?: class)? called\b|what do (?:you|we|people|security folks) call (?:this|that|it)\b|is (?:the |that |its )?(?:bearer )?(?:error|error code|error value)(?: code)? (?:also |still |then )?(?:invalid_token|insufficient_scope|invalid_request)\b)/;
/** "our SEO contractor asks whether search engines treat it differently": the same, told as somebody's question. */
const FACT_ASKED_FOR_SOMEBODY =
  /\b(?:asks?|asked|asking|wonders?|wondering|wants to know|want to know) (?:us |me )?(?:whether|if) (?:the |a |an |our |their |any |most |some )?(?:search |http |shared )?(?:crawler|crawlers|search engines?|google|googlebot|bing|cdn|cdns|caches?|proxy|proxies|browsers?|clients?)\b/;

/** A code in an if-clause, then what would change or happen because of it. */
const OUTCOME_OF_A_PREMISED_CODE =
  /\b(?:if|when|once|after) [^,?]{0,80}\b(?:401|403|404|410)\b[^,?]{0,40}, (?:then )?(?:what (?:changes|would change|will change|does (?:that|it|this) change|is (?:the )?(?:impact|effect|difference|consequence))|how (?:does|do|will|would) (?:that|this|it) (?:change|affect|impact))\b/;

export function asksAnotherQuestion(parts: readonly string[]): boolean {
  const last = parts[parts.length - 1] ?? '';
  const asked = [...parts].reverse().find((p) => p.includes('?')) ?? last;
  // "why not 401? which code do we send": a last sentence that asks for the code, question mark or not.
  // "when the token expired, why is 401 the rule?": the question may follow a clause of its own.
  const afterClause = (asked.split(/, | - /).pop() ?? asked).trim();
  // "do i put error_description in the header? and is it 401 or 403": a later sentence of its own asks the code by name.
  if (last !== asked && CODE_NAMED_ASK.test(last)) return false;
  // A part of the response asked for ("what should we send back in the WWW-Authenticate header?") is not
  // its code, unless the code is asked by name too.
  // "scope insufficient - which code. also what header": a part asked beside a code asked by name in another sentence
  // follows the verdict; it does not replace the code asked for.
  const codeAskedElsewhere = parts.some((p) => p !== asked && CODE_NAMED_ASK.test(p) && !PART_ASKED.test(p));
  if ((PART_ASKED.test(asked.trim()) || PART_ASKED.test(afterClause)) && !CODE_NAMED_ASK.test(asked) && !codeAskedElsewhere) return true;
  if ((HOW_TO_OPERATE.test(asked.trim()) || HOW_TO_OPERATE.test(afterClause)) && !CODE_NAMED_ASK.test(afterClause)) return true;
  // "if a retired page answers 410 instead of 404, what changes for search engines?": the code is the premise of an if-clause
  // and what follows from it is asked, not which code to send.
  if (OUTCOME_OF_A_PREMISED_CODE.test(asked) && !CODE_NAMED_ASK.test(afterClause)) return true;
  if (CODE_ASKED_TOO.test(asked) || CODE_ASKED_TOO.test(last) || CODE_PROPOSED_AS_FIX.test(last)) return false;
  if (FACT_ASKED_AFTER_A_CASE.test(asked.trim()) || FACT_ASKED_AFTER_A_CASE.test(afterClause) || FACT_ASKED_FOR_SOMEBODY.test(asked)) return true;
  return OTHER_QUESTION.test(asked.trim()) || OTHER_QUESTION.test(afterClause);
}

/** "why do we return 403 here … shouldn't it be 401", "isn't that a 403": the code the asker proposes instead. */
export const CODE_PROPOSED_AS_FIX = /\b(?:this|it|that) should be (?:an? )?(?:401|403|404|410)\b|\bshould be (?:an? )?(?:401|403|404|410) (?:imo|no|right|instead|agree)\b|\bi(?:'d| would) expect (?:an? )?(?:401|403|404|410)\b|\b(?:should|must) not (?:it|that|this) be (?:an? )?(?:401|403|404|410)\b|\b(?:is not|isn't|isnt) (?:that|it|this) (?:an? )?(?:401|403|404|410)\b|\b(?:should|shouldn't|should not) (?:we|it) (?:not )?(?:use|send|return) (?:an? )?(?:401|403|404|410)\b/;

export function notAboutACase(text: string): boolean {
  return CONSEQUENCE_OF_A_CODE.test(text) || SPEC_REQUIREMENT.test(text) || claimsAboutACode(text) || CODE_BY_MEANING.test(text) || RULE_QUESTION.test(text) || PRACTICE_QUESTION.test(text) || REASON_QUESTION.test(text) || HEADER_VALUE_QUESTION.test(text);
}

/** Right after a code: another one weighed against it ("404 or 401", "403 vs 404", "403/404"). */
const WEIGHED_AFTER = /^ ?(?:or|vs|versus|\/) ?(?:an? )?(?:\d{3}|forbidden|not found|unauthori[sz]ed|gone)\b/;

const PROPOSAL = /\b(?:should|would|could|can|do|does|shall|must|may|to|or|if|whether|might)\b/;

export function detectCurrentCode(text: string): string | null {
  for (const pattern of [CURRENT_CODE, OBSERVED_CODE]) {
    for (const match of matchesOf(text, pattern)) {
      const code = match[1];
      if (!code || PROPOSAL.test(clauseBefore(text, match.index ?? 0, 4))) continue;
      // "we give 404 or 401?", "we answer 404 or 401": two codes weighed, neither is what the service does today.
      if (WEIGHED_AFTER.test(text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 16))) continue;
      return CODE_OF_NAME[code] ?? code;
    }
  }
  const match = PROPOSED_CODE.exec(text);
  const proposed = match?.[1] ?? match?.[2];
  return proposed ? (CODE_OF_NAME[proposed] ?? proposed) : null;
}
