"use strict";
/**
 * The sampling settings a triage runs with (settings `TRIAGE_SAMPLING`), apart from the code that builds
 * and reads samples (./sampling): the settings are read by every command, and this file pulls in no
 * Elasticsearch client, so `status-triage ask` starts without loading one.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_PROBABILITY = exports.DEFAULT_SAMPLE_DOCS = void 0;
exports.DEFAULT_SAMPLE_DOCS = 10_000;
/** Elasticsearch takes a probability below 0.5 or exactly 1; above this, reading everything costs about the same. */
exports.MAX_PROBABILITY = 0.45;
//# sourceMappingURL=samplingPolicy.js.map