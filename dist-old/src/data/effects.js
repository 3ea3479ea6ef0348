"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.versionBump = versionBump;
exports.applyEffects = applyEffects;
const compose_1 = require("./compose");
const world_1 = require("./world");
function versionBump(effects, t) {
    let bump = 0;
    for (const e of effects)
        if (e.versionBump !== 0 && t >= e.from)
            bump += e.versionBump;
    return bump;
}
function applyEffects(effects, c, rng) {
    const d = c.d;
    for (const e of effects) {
        if (e.status === null || d.t < e.from || d.t >= e.to)
            continue;
        if (!(0, compose_1.isSuccess)(d.status) || d.environment !== 'prod')
            continue;
        if (e.families !== null && (d.family === null || !e.families.has(d.family.key)))
            continue;
        if (e.paths !== null && !e.paths.has(d.path))
            continue;
        if (e.deniedRoles !== null) {
            const roles = d.roles;
            if (roles === undefined || (0, world_1.isAdmin)(roles) || (e.unlessRole !== null && roles.includes(e.unlessRole)))
                continue;
            if (!roles.some((r) => e.deniedRoles?.has(r)))
                continue;
        }
        if (e.status === 403)
            c.forbidden(e.reason, rng);
        else
            c.notFound(rng);
    }
}
//# sourceMappingURL=effects.js.map