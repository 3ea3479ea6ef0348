"use strict";
/**
 * The one interface the product talks to a search engine through: exactly the calls it makes, on
 * Elasticsearch (8.x, 9.x) or OpenSearch (2.x), each through its own maintained client (see
 * engines/elastic.ts and engines/opensearch.ts). Parameters and answers follow the REST API, which the
 * two engines share for everything here; where the engines differ, the implementations (and
 * `capabilities`) hide it, so nothing outside src/elasticsearch knows which engine answers.
 *
 * Failures are the clients' own errors: errors.ts turns them into one coded error whichever engine
 * threw them (engines/failures.ts recognises both).
 */
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=engine.js.map