"use strict";
/** "Did you mean …" for service names: close by edit distance or sharing a prefix/substring. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.levenshtein = levenshtein;
exports.suggestNames = suggestNames;
/** Edits (insertions, deletions, substitutions) that turn `a` into `b`. */
function levenshtein(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}
/** Up to `max` known names close to `wanted` (a substring match counts as one edit), closest first. */
function suggestNames(wanted, known, max = 3) {
    const target = wanted.toLowerCase();
    return known
        .map((name) => {
        const lower = name.toLowerCase();
        const distance = levenshtein(target, lower);
        const related = lower.includes(target) || target.includes(lower);
        return { name, score: related ? Math.min(distance, 1) : distance };
    })
        .filter(({ score, name }) => score <= Math.max(2, Math.floor(name.length / 3)))
        .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
        .slice(0, max)
        .map(({ name }) => name);
}
//# sourceMappingURL=suggest.js.map