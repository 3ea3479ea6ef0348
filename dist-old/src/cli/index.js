#!/usr/bin/env node
"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
const dotenv_1 = require("dotenv");
const program_1 = require("./program");
(0, dotenv_1.config)({ quiet: true });
// Each command loads only what it uses: the Slack app, the demo and the Elasticsearch client are
// required when a command needs them, so `status-triage ask` and `--help` start without them.
(0, program_1.runCli)(process.argv.slice(2), {
    env: process.env,
    io: { stdout: (text) => void process.stdout.write(text), stderr: (text) => void process.stderr.write(text) },
    services: async (config, logger) => (await Promise.resolve().then(() => __importStar(require('./services')))).buildCliServices(config, logger),
    ask: async () => (await Promise.resolve().then(() => __importStar(require('../services/ask')))).createAskService(),
    demo: async (config, logger, io, env) => (await Promise.resolve().then(() => __importStar(require('./demo')))).runDemo(config, logger, io, env),
    serve: async (config, logger) => (await Promise.resolve().then(() => __importStar(require('../main')))).serve(config, logger),
})
    .then((code) => {
    process.exitCode = code;
})
    .catch((error) => {
    process.stderr.write(`status-triage failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
});
//# sourceMappingURL=index.js.map