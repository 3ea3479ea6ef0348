#!/usr/bin/env node
import { config as loadDotenv } from 'dotenv';
import { runCli } from './program';

loadDotenv({ quiet: true });

// Each command loads only what it uses: the Slack app, the demo and the Elasticsearch client are
// required when a command needs them, so `status-triage ask` and `--help` start without them.
runCli(process.argv.slice(2), {
  env: process.env,
  io: { stdout: (text) => void process.stdout.write(text), stderr: (text) => void process.stderr.write(text) },
  services: async (config, logger) => (await import('./services')).buildCliServices(config, logger),
  ask: async () => (await import('../services/ask')).createAskService(),
  demo: async (config, logger, io, env) => (await import('./demo')).runDemo(config, logger, io, env),
  serve: async (config, logger) => (await import('../main')).serve(config, logger),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`status-triage failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
