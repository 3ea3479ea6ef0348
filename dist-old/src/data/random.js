"use strict";
/**
 * Seeded pseudo-random numbers for the data generator: the same seed gives the same documents on every
 * machine and every run. sfc32 is small, fast and statistically sound enough for synthetic logs; it is
 * not for secrets.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.Random = exports.WeightedTable = void 0;
exports.fmix32 = fmix32;
exports.hashText = hashText;
exports.hashOf = hashOf;
exports.unitOf = unitOf;
exports.hexOf = hexOf;
exports.uuidOf = uuidOf;
/** murmur3's final avalanche: nearby inputs land far apart. */
function fmix32(x) {
    let h = x >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** 32-bit FNV-1a over the text, finished with fmix32. `start` chains several texts into one hash. */
function hashText(text, start = 0x811c9dc5) {
    let h = start >>> 0;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return fmix32(h);
}
/** A stable 32-bit hash of several parts: the stateless way to make a decision ("is there a deploy on day d?"). */
function hashOf(...parts) {
    let h = 0x811c9dc5;
    for (const part of parts)
        h = hashText(typeof part === 'number' ? `#${part}` : part, h ^ 0x9e3779b9);
    return h;
}
/** hashOf scaled to [0, 1). */
function unitOf(...parts) {
    return hashOf(...parts) / 4294967296;
}
const HEX = '0123456789abcdef';
/** `length` hex digits taken from a chain of hashes of `h`. */
function hexOf(h, length) {
    let out = '';
    let word = fmix32(h ^ 0x5bd1e995);
    for (let i = 0; i < length; i++) {
        if (i > 0 && i % 8 === 0)
            word = fmix32(word + 0x9e3779b9);
        out += HEX[(word >>> ((i % 8) * 4)) & 15];
    }
    return out;
}
/** A version-4-shaped UUID derived from a hash (deterministic, not random). */
function uuidOf(h) {
    const a = hexOf(h, 8);
    const b = hexOf(h + 1, 12);
    const c = hexOf(h + 2, 12);
    const variant = HEX[8 + ((h >>> 3) & 3)] ?? '8';
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${b.slice(9, 12)}-${c}`;
}
/** Cumulative weights with a binary search: picks in O(log n) from a table built once. */
class WeightedTable {
    items;
    cumulative;
    total;
    constructor(entries) {
        const kept = entries.filter(([, weight]) => weight > 0 && Number.isFinite(weight));
        if (kept.length === 0)
            throw new RangeError('a weighted table needs at least one positive weight');
        this.items = kept.map(([item]) => item);
        this.cumulative = new Float64Array(kept.length);
        let sum = 0;
        kept.forEach(([, weight], i) => {
            sum += weight;
            this.cumulative[i] = sum;
        });
        this.total = sum;
    }
    get size() {
        return this.items.length;
    }
    /** The index whose weight interval holds `u` ∈ [0, 1). */
    indexAt(u) {
        const target = u * this.total;
        const c = this.cumulative;
        let lo = 0;
        let hi = c.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if ((c[mid] ?? 0) > target)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }
    at(u) {
        return this.items[this.indexAt(u)];
    }
}
exports.WeightedTable = WeightedTable;
class Random {
    /** The seed and labels this stream was made from: forks derive from it, never from the draws so far. */
    key;
    a;
    b;
    c;
    d;
    constructor(seed, ...labels) {
        this.key = labels.length === 0 ? String(seed) : `${String(seed)}/${labels.join('/')}`;
        this.a = hashText(this.key, 0x9e3779b9);
        this.b = hashText(this.key, 0x243f6a88);
        this.c = hashText(this.key, 0xb7e15162);
        this.d = 1;
        for (let i = 0; i < 12; i++)
            this.uint32();
    }
    /** An independent stream named by labels: stable whatever this stream has drawn already. */
    fork(...labels) {
        return new Random(this.key, ...labels);
    }
    uint32() {
        const t = (((this.a + this.b) | 0) + this.d) | 0;
        this.d = (this.d + 1) | 0;
        this.a = this.b ^ (this.b >>> 9);
        this.b = (this.c + (this.c << 3)) | 0;
        this.c = ((this.c << 21) | (this.c >>> 11)) + t;
        this.c |= 0;
        return t >>> 0;
    }
    /** Uniform in [0, 1). */
    next() {
        return this.uint32() / 4294967296;
    }
    /** Integer in [0, n). */
    int(n) {
        return Math.floor(this.next() * n);
    }
    /** Integer in [min, max], both included. */
    intBetween(min, max) {
        return min + Math.floor(this.next() * (max - min + 1));
    }
    /** Float in [min, max). */
    between(min, max) {
        return min + this.next() * (max - min);
    }
    chance(p) {
        return this.next() < p;
    }
    pick(items) {
        if (items.length === 0)
            throw new RangeError('pick from an empty list');
        return items[Math.floor(this.next() * items.length)];
    }
    weighted(table) {
        return table.at(this.next());
    }
    /** Index in [0, n) skewed towards 0 (a heavy head, a long tail): popular pages, busy users. */
    skewed(n, skew = 2) {
        return Math.floor(n * Math.pow(this.next(), skew));
    }
    /** Standard normal (Box–Muller), scaled. */
    gaussian(mean = 0, sd = 1) {
        const u = 1 - this.next();
        const v = this.next();
        return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
    /** Log-normal around `median`, spread `sigma` (sizes, latencies). */
    logNormal(median, sigma) {
        return median * Math.exp(this.gaussian(0, sigma));
    }
    exponential(mean) {
        return -Math.log(1 - this.next()) * mean;
    }
    /** Poisson: exact (Knuth) for small means, normal approximation above 30. */
    poisson(lambda) {
        if (lambda <= 0)
            return 0;
        if (lambda > 30)
            return Math.max(0, Math.round(this.gaussian(lambda, Math.sqrt(lambda))));
        const limit = Math.exp(-lambda);
        let k = 0;
        let p = this.next();
        while (p > limit) {
            k++;
            p *= this.next();
        }
        return k;
    }
    /** k distinct items, in random order (k capped at the list's length). */
    sample(items, k) {
        const copy = items.slice();
        const n = Math.min(k, copy.length);
        for (let i = 0; i < n; i++) {
            const j = i + this.int(copy.length - i);
            const tmp = copy[i];
            copy[i] = copy[j];
            copy[j] = tmp;
        }
        return copy.slice(0, n);
    }
    shuffle(items) {
        return this.sample(items, items.length);
    }
    hex(length) {
        let out = '';
        while (out.length < length)
            out += this.uint32().toString(16).padStart(8, '0');
        return out.slice(0, length);
    }
}
exports.Random = Random;
//# sourceMappingURL=random.js.map