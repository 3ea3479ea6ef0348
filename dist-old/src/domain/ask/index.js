"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.normalizeQuestion = exports.extractSituation = void 0;
exports.answerQuestion = answerQuestion;
const knowledge_1 = require("../knowledge");
const compose_1 = require("./compose");
const decide_1 = require("./decide");
const facts_1 = require("./facts");
const general_1 = require("./general");
const normalize_1 = require("./normalize");
const retrieval_1 = require("./retrieval");
var facts_2 = require("./facts");
Object.defineProperty(exports, "extractSituation", { enumerable: true, get: function () { return facts_2.extractSituation; } });
var normalize_2 = require("./normalize");
Object.defineProperty(exports, "normalizeQuestion", { enumerable: true, get: function () { return normalize_2.normalizeQuestion; } });
const STATUS_CODES = ['401', '403', '404', '410'];
/** Questions about the codes themselves, where the situation words are only examples. */
const GENERAL_TOPICS = ['definition', 'difference', 'decision', 'swap', 'mistake', 'security'];
/** The codes a behaviour answer should talk about: the situation's code, else the ones written. */
function codesInFocus(s, resolution) {
    const written = s.codes.filter((code) => STATUS_CODES.includes(code));
    // "404 vs 410 for deleted stuff, what is the rule": a question about the rule weighs the codes it names.
    const aboutTheRule = s.topics.includes('decision') || s.topics.includes('difference');
    if (aboutTheRule && written.length >= 2)
        return new Set(written);
    if (resolution.kind === 'reason')
        return new Set([resolution.reason.code]);
    return new Set(written);
}
/**
 * "what is a tenant isolation violation (in terms of status)?": a term to define, named without a code.
 * Its facts may decide a code, but what is asked is the notion, so it gets the nearest knowledge entry.
 */
const TERM_QUESTION = /^what(?: is| are) (?:an? |the )?(?!(?:right|correct|best|proper|better|status|code|response|answer|difference|rule|problem|issue|harm|risk|point|deal|wrong|bad|going|happening|meaning)\b)[a-z][a-z -]{2,50}?(?: in terms of (?:status|status codes?|http|codes?))?\s*\??$/;
function termAnswer(s, resolution) {
    if (s.codes.length > 0 || !TERM_QUESTION.test(s.text))
        return null;
    const entry = (0, retrieval_1.nearestEntry)(s.text);
    if (!entry)
        return null;
    const lead = resolution.kind === 'reason' ? [(0, compose_1.situationLead)(resolution.reason)] : [];
    return (0, compose_1.finish)(null, { sentences: [...lead, entry.text], sources: [...entry.sources] });
}
function answerSituation(s) {
    if (s.empty)
        return (0, compose_1.finish)(null, (0, compose_1.emptyAnswer)());
    const general = (0, general_1.generalAnswer)(s);
    if (general)
        return (0, compose_1.finish)(null, general);
    const resolution = (0, decide_1.resolve)(s);
    const term = termAnswer(s, resolution);
    if (term)
        return term;
    if ((0, decide_1.asksForVerdict)(s, resolution)) {
        switch (resolution.kind) {
            case 'reason': {
                const verdict = resolution.reason.code;
                const lead = (0, compose_1.currentCodeLead)(s.currentCode, verdict);
                const explained = (0, compose_1.explainReason)(resolution.reason, s);
                const why = lead.coversHiding
                    ? { ...explained, sentences: explained.sentences.filter((sentence) => sentence !== compose_1.HIDE_NOTE) }
                    : explained;
                const extra = (0, compose_1.consequenceFor)(verdict, s);
                const parts = [{ sentences: lead.sentence ? [lead.sentence] : [], sources: [] }, why];
                if (extra)
                    parts.push(extra);
                return (0, compose_1.finish)(verdict, {
                    sentences: parts.flatMap((p) => p.sentences),
                    sources: parts.flatMap((p) => p.sources),
                });
            }
            case 'open':
                return (0, compose_1.finish)(null, (0, compose_1.explainOpen)(resolution.fact));
            case 'neighbour':
                return (0, compose_1.finish)(null, (0, compose_1.explainNeighbour)(resolution.code));
            case 'none': {
                const topical = (0, compose_1.explainTopics)(s, codesInFocus(s, resolution));
                if (topical)
                    return (0, compose_1.finish)(null, topical);
                const written = s.codes.filter((code) => STATUS_CODES.includes(code));
                if (written.length === 1) {
                    const defined = (0, compose_1.explainTopics)({ ...s, topics: ['definition'] }, new Set(written));
                    if (defined)
                        return (0, compose_1.finish)(null, defined);
                }
                return (0, compose_1.finish)(null, (0, compose_1.explainOpen)((0, decide_1.openFactWithoutFacts)(s)));
            }
        }
    }
    const onlyWhy = s.topics.includes('why') && !s.topics.some((t) => t !== 'why' && decide_1.QUESTION_TOPICS.includes(t));
    if (onlyWhy && resolution.kind === 'reason') {
        // "github answers 404 for private repos, why?": explain the situation's code without prescribing one.
        const why = (0, compose_1.explainReason)(resolution.reason, s);
        return (0, compose_1.finish)(null, { sentences: [(0, compose_1.situationLead)(resolution.reason), ...why.sentences], sources: why.sources });
    }
    const topical = (0, compose_1.explainTopics)(s, codesInFocus(s, resolution));
    if (topical) {
        // A behaviour question about a concrete situation first names the code that situation calls for.
        const general = s.topics.some((t) => GENERAL_TOPICS.includes(t));
        if (resolution.kind === 'reason' && !general)
            topical.sentences.unshift((0, compose_1.situationLead)(resolution.reason));
        return (0, compose_1.finish)(null, topical);
    }
    if (resolution.kind === 'neighbour')
        return (0, compose_1.finish)(null, (0, compose_1.explainNeighbour)(resolution.code));
    if (resolution.kind === 'open')
        return (0, compose_1.finish)(null, (0, compose_1.explainOpen)(resolution.fact));
    const written = s.codes.filter((code) => STATUS_CODES.includes(code));
    if (written.length > 0) {
        const focus = { ...s, topics: [written.length > 1 ? 'difference' : 'definition'] };
        const defined = (0, compose_1.explainTopics)(focus, new Set(written));
        if (defined)
            return (0, compose_1.finish)(null, defined);
    }
    const entry = (0, retrieval_1.nearestEntry)(s.text);
    if (entry)
        return (0, compose_1.finish)(null, { sentences: [entry.text], sources: [...entry.sources] });
    return (0, compose_1.finish)(null, (0, compose_1.emptyAnswer)());
}
/**
 * Answers a "403 or 404?" question in everyday on-call language. Pure and total: any input, including
 * empty strings, Slack markup and megabytes of pasted logs, gets an answer; it never throws.
 */
function answerQuestion(question) {
    try {
        return answerSituation((0, facts_1.extractSituation)((0, normalize_1.normalizeQuestion)(question)));
    }
    catch {
        // A bug in a pattern must not take the Slack command or the CLI down with it.
        return {
            verdict: null,
            answer: 'I could not read that question. Ask which status code fits a situation (is the caller authenticated? allowed? does the resource exist?), or about caching, retries or SEO for 401/403/404/410.',
            sources: [knowledge_1.SOURCES.guide],
        };
    }
}
//# sourceMappingURL=index.js.map