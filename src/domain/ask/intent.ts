/**
 * Is a status code being asked for? facts.ts lists the usual ways ("which status", "403 or 404?",
 * "what should we return"); this module catches the rest by shape rather than by phrase:
 *
 * - a question word followed, within the same sentence, by a verb of answering ("what should /sync be
 *   returning", "what comes back", "what should we have returned", "what does the spec want");
 * - a test case or formula left blank ("THEN status = ?", "-> ?", "status for: …", "expected code");
 * - a review of a code already in the question ("RIGHT OR WRONG?", "nit or real bug?", "fix to?",
 *   "should this be different?"), which needs a code or a reply verb nearby to count.
 *
 * The patterns read normalized text (lowercase, contractions spelled out).
 */

/** Verbs and phrases of a server answering a request, or of a client receiving the answer. */
const REPLY =
  '(?:return(?:s|ed|ing)?|send(?:s|ing)?|sent|respond(?:s|ed|ing)?|reply|replies|answer(?:s|ed|ing)?|give(?:s|n)?|get|gets|receive|emit|serve|throw|expect(?:ed)?|want|comes? back|goes back|go back|come out|be returning|be sending|have returned|have sent|should be|hand(?:s|ed)? (?:back|out)|spits? out|go with|settle on)';
const QUESTION_WORD = '(?:what|which)';

const SHAPES: readonly RegExp[] = [
  // "what should /sync be returning to them", "what comes back", "which do we give them".
  // A verb after "if"/"when" belongs to the situation ("what happens if a page returns 200"), not the question.
  new RegExp(`\\b${QUESTION_WORD}\\b(?! happens?\\b)(?:(?!\\b(?:if|when|whenever|once|after)\\b)[^.?!;]){0,50}\\b${REPLY}\\b`),
  // "… 403 leaks that Y is real. respond with": the reply left blank.
  /(?:^|[.;:!?] )(?:respond|reply|answer|return) with\s*[?.!:]*$/,
  // "THEN status = ?", "-> ?", "=> ?", "status: ?".
  /(?:=|->|=>|:)\s*\?/,
  /\bthen (?:the )?(?:status|code|response)\b/,
  // "… might roll it back. status for /v1/*": the code asked for a path.
  /(?:^|[.;:!?] )(?:status|code|status code|response|http status)(?: code)? for \/\S*\s*[?.!]*$/,
  /^(?:status|code|response|verdict) for\b|\bexpected (?:status|code|response|result|http status|status code)\b|(?:[.;:!?] )(?:status|code|status code|response) for (?:the|this|that|a|an|such an?|his|her|their) [a-z0-9 /-]{3,40}\s*[?.!]*$/,
  // "404 or something better", "410 or a more precise code": a code weighed against one not named.
  /\b[1-5]\d\d or (?:something|anything|smth) (?:better|else|more (?:precise|specific|accurate|correct))\b|\bor (?:a |an )?(?:better|more (?:precise|specific|accurate|correct|fitting)) (?:code|status|response|one)\b/,
  // "return res.status(???) … what goes in ???": a code line whose status is a placeholder to fill (one is written).
  /\bwhat (?:goes|should go|belongs|would go|do (?:we|i) put|should (?:we|i) put|to put)(?: (?:in|into|inside|there|here|in place of))\b(?<=(?:\?\?\?|_{3,}|\bxxx\b|<(?:status|code)>)[\s\S]*)/,
  // "assume 404 but double checking", "pretty sure it is 410, sanity check", "leaning 403, can you confirm": a code
  // the asker already has in mind, put up to be checked, as the last thing said (not "i think 404 means not found,
  // to be sure, what does 410 mean?": the check is of a definition, and another question follows).
  /\b(?:assume|assuming|assumed|think|thinking|guess|guessing|sure|leaning|going with|gut says|instinct says|my bet is|planning on|planning to (?:use|return|send))\b[^.?!;]{0,25}\b(?:401|403|404|410)\b(?! (?:means?|is for|are for|stands? for|is defined|is used for))[^.?!;:]{0,40}\b(?:double[- ]?check\w*|sanity[- ]?check\w*|(?:want(?:ing)?|need|just) to (?:confirm|check|verify|be sure|make sure)|can (?:you|someone|somebody|anyone) (?:confirm|verify|check)(?: (?:it|this|that))?|confirm|just checking|making sure|to be sure|to be safe)\s*[?.!]*$/,
  // "if (!key) return reply(???) … what should replace ???": the placeholder to be replaced by a code.
  /\bwhat (?:should|would|must|do (?:we|i)|to|can (?:we|i)) (?:replace|fill in|fill|substitute)\b(?<=(?:\?\?\?|_{3,}|\bxxx\b|<(?:status|code)>)[\s\S]*)/,
  // "what should it have been", "what would it be then": the code is the missing predicate.
  /\bwhat (?:should|would|must|ought) (?:it|that|this|they|the (?:status|code|response|answer)) (?:have )?(?:been|be)\b(?: (?:then|instead|here|now))?\s*[?.!]*$/,
  // "the correct one?", "so?" after a description.
  /(?:^|[.;,] )so\s*\?\s*$/,
  // "… might be re-seeded tomorrow. a client calling them now gets", "the partner calling it today receives": the reply left blank
  // at the end, after the one who receives it.
  /\b(?:now|today|then|currently|still|should|would|will) (?:gets?|receives?|sees?|get back|gets back)\s*(?:\.{2,}|…|\?|:|-+|_+)?\s*$/,
];

/** Review questions: only a question about a code when a code or an answering verb is in the text. */
/**
 * "bob says 410, ann says 404 … who is right?": a code a colleague proposed, judged (not "dev says a 403 response
 * must include a body", a claim about what a code carries). "someone wants 401 here. what is correct per rfc 6750?": the
 * proposal judged against the spec, which asks this case's code as "what does the rfc say" does (not the spec's rule alone).
 */
export const COLLEAGUES_WEIGHED =
  /\bwho is (?:right|correct|wrong)\b(?<=\b(?:says?|said|wants?|thinks?|suggests?|prefers?|votes? for)(?: (?:it|this|that) (?:should be|is))? (?:an? )?(?:401|403|404|410)\b(?! (?:response|responses|status|page|body|means|is|are|must|should|delists?|says))[\s\S]*)|(?:\bwhat (?:does|do) (?:the )?(?:rfcs?|specs?|standards?)(?: ?\d{4})? (?:actually )?say|\bwhat is (?:actually |really )?(?:correct|right)(?: here)? (?:per|under|according to|by) (?:the )?(?:rfcs?|specs?|standards?)(?: ?\d{4})?)\b(?<=\b(?:wants?|thinks?|suggests?|prefers?|votes? for|insists on|pushes for)(?: (?:it|this|that) (?:should be|is))? (?:an? )?(?:plain |just |a plain )?(?:401|403|404|410)\b(?! (?:response|responses|status|page|body|means|is|are|must|should|delists?|says))[\s\S]*)/;

const REVIEW: readonly RegExp[] = [
  /\bright or wrong\b|\bwrong or right\b|\b(?:nit|bug|intended|expected|on purpose)(?: or (?:a )?(?:real |actual )?(?:bug|nit|intended|expected|fine))\b/,
  // "should not it be a different code", "should this not be another status".
  /\b(?:should|would|could)(?: not)? (?:this|that|it|they|we) (?:not )?(?:be )?(?:an? )?(?:different|changed|something else|another|other)\b|\bshould be something else\b|\bsomething else\s*\?/,
  /\b(?:fix|change|switch|update) (?:it |this |that )?to\s*\??\s*$/,
  /\b(?:is|was) (?:this|that|it) (?:a )?(?:bug|mistake|wrong)\b|\bi think (?:that|this|it) is (?:the|a|our) (?:bug|mistake|problem)\b/,
  COLLEAGUES_WEIGHED,
  // "colleague says 401, thoughts", "dev wants 403 here, wdyt?": a proposed code put up for opinions, as the last thing said.
  /\b(?:says?|said|wants?|suggests?|suggested|proposes?|proposed|thinks?|prefers?|votes? for|pushes for|insists on)\b[^.?!;]{0,20}\b(?:401|403|404|410)\b[^.?!;:]{0,15}?[,.;:-]?\s*(?:any )?(?:thoughts|opinions?|wdyt|what do (?:you|u|people|others) think|agree|do you agree|is (?:he|she|they) right)\s*\??\s*$/,
  // "we return 401 today. right?"
  /(?:^|[.;,!] ?)(?:right|correct|ok|okay|wrong|fine|sound right|makes sense)\s*\?\s*$/,
];
const CODE_OR_REPLY = new RegExp(`\\b[1-5]\\d\\d\\b|\\b${REPLY}\\b|\\bstatus(?:es)?\\b`);

/** True when the question, by its shape, asks which status code to answer with. */
export function asksForCodeByShape(text: string): boolean {
  if (SHAPES.some((shape) => shape.test(text))) return true;
  return REVIEW.some((shape) => shape.test(text)) && CODE_OR_REPLY.test(text);
}
