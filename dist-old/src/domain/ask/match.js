"use strict";
/**
 * Small matching helpers over normalized text: "does this phrase occur, and is it negated?".
 * Negation is read from the few words before a match, inside the same clause: "not logged in" is
 * negated, "logged in but not an admin" is not (the "not" belongs to "an admin").
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.clauseBefore = clauseBefore;
exports.matchesOf = matchesOf;
exports.has = has;
exports.hasAffirmed = hasAffirmed;
exports.hasNear = hasNear;
exports.statusCodesIn = statusCodesIn;
const NEGATOR = /\b(?:not|no|never|without|cannot|nor|neither|none|lacks?|lacking|missing|before|nobody|un)\b/;
const CLAUSE_BREAK = /[.,;:!?()\n]| but | and | yet | though | although | however | whereas | while | - | -> /;
/** The last `words` words before `index`, cut at the start of the clause. */
function clauseBefore(text, index, words = 4) {
    const before = text.slice(Math.max(0, index - 80), index);
    const parts = before.split(CLAUSE_BREAK);
    const clause = parts[parts.length - 1] ?? '';
    return clause.trim().split(/\s+/).slice(-words).join(' ');
}
// The copies are made once per pattern: building a RegExp on every call cost more than matching it.
const GLOBAL_COPIES = new WeakMap();
const PLAIN_COPIES = new WeakMap();
function globalOf(pattern) {
    if (pattern.flags.includes('g'))
        return pattern;
    let copy = GLOBAL_COPIES.get(pattern);
    if (!copy) {
        copy = new RegExp(pattern.source, `${pattern.flags}g`);
        GLOBAL_COPIES.set(pattern, copy);
    }
    return copy;
}
/** A copy without the global flag, so `test` carries no state between calls. */
function once(pattern) {
    if (!pattern.flags.includes('g'))
        return pattern;
    let copy = PLAIN_COPIES.get(pattern);
    if (!copy) {
        copy = new RegExp(pattern.source, pattern.flags.replace('g', ''));
        PLAIN_COPIES.set(pattern, copy);
    }
    return copy;
}
/** Every match of `pattern` (global or not), without building anything when there is none. */
function matchesOf(text, pattern) {
    if (!once(pattern).test(text))
        return [];
    return text.matchAll(globalOf(pattern));
}
/** Any match at all (negated or not). */
function has(text, ...patterns) {
    return patterns.some((pattern) => once(pattern).test(text));
}
/** A match whose clause does not negate it just before. */
function hasAffirmed(text, ...patterns) {
    for (const pattern of patterns) {
        // Most patterns do not occur at all: one plain test is much cheaper than matchAll, which clones
        // the regex and builds an iterator even when nothing matches.
        if (!once(pattern).test(text))
            continue;
        for (const match of text.matchAll(globalOf(pattern))) {
            if (!NEGATOR.test(clauseBefore(text, match.index ?? 0, 3)))
                return true;
        }
    }
    return false;
}
/** True when any `near` pattern occurs within `span` characters of a match of `anchor`. */
function hasNear(text, anchor, near, span = 45) {
    const nearOnce = once(near);
    if (!once(anchor).test(text))
        return false;
    for (const match of text.matchAll(globalOf(anchor))) {
        const start = Math.max(0, (match.index ?? 0) - span);
        const end = Math.min(text.length, (match.index ?? 0) + match[0].length + span);
        if (nearOnce.test(text.slice(start, end)))
            return true;
    }
    return false;
}
/** Every status code written in the text, in order of appearance, without repeats. */
function statusCodesIn(text) {
    const codes = [];
    for (const match of text.matchAll(/(?<![\d.:])(?<![a-z]\/)([1-5]\d\d)(?!\d)(?!\.\d)/g)) {
        const code = match[1] ?? '';
        if (!codes.includes(code))
            codes.push(code);
    }
    return codes;
}
//# sourceMappingURL=match.js.map