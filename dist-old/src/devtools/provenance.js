"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RUN_LENGTH = void 0;
exports.copiedRuns = copiedRuns;
exports.main = main;
const node_fs_1 = require("node:fs");
const knowledge_1 = require("../domain/knowledge");
/**
 * The provenance guard: the product's knowledge is written in its own words, so no run of seven words
 * from the seed text may stand in it. The seed is not part of the repository (a clone never has it), so
 * this is a separate check that CI runs with the seed's path, not a test in `npm test`.
 */
exports.RUN_LENGTH = 7;
function words(text) {
    return text.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean);
}
/** Every `id: run` where an entry repeats a run of `runLength` consecutive words of the seed. */
function copiedRuns(seedText, entries, runLength = exports.RUN_LENGTH) {
    const seed = words(seedText);
    const runs = new Set();
    for (let i = 0; i + runLength <= seed.length; i += 1)
        runs.add(seed.slice(i, i + runLength).join(' '));
    const copied = [];
    for (const entry of entries) {
        const text = words(entry.text);
        for (let i = 0; i + runLength <= text.length; i += 1) {
            const run = text.slice(i, i + runLength).join(' ');
            if (runs.has(run))
                copied.push(`${entry.id}: ${run}`);
        }
    }
    return copied;
}
/** `npm run check:provenance -- <seed file>`: exit 0 when nothing is copied, 1 otherwise or when the seed is missing. */
function main(argv) {
    const seedPath = argv[0];
    if (!seedPath) {
        process.stderr.write('usage: npm run check:provenance -- <path to the seed text>\n');
        return 1;
    }
    if (!(0, node_fs_1.existsSync)(seedPath)) {
        process.stderr.write(`provenance check: the seed text is not at ${seedPath}; the check cannot run\n`);
        return 1;
    }
    const copied = copiedRuns((0, node_fs_1.readFileSync)(seedPath, 'utf8'), knowledge_1.KNOWLEDGE);
    if (copied.length > 0) {
        process.stderr.write(`provenance check: ${copied.length} run(s) of ${exports.RUN_LENGTH} words copied from the seed:\n${copied.map((c) => `  ${c}`).join('\n')}\n`);
        return 1;
    }
    process.stdout.write(`provenance check: ${knowledge_1.KNOWLEDGE.length} knowledge entries, no run of ${exports.RUN_LENGTH} words copied from the seed\n`);
    return 0;
}
if (require.main === module)
    process.exitCode = main(process.argv.slice(2));
//# sourceMappingURL=provenance.js.map