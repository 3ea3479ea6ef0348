#!/usr/bin/env node
import { config as loadDotenv } from 'dotenv';
import { createElasticsearchClient } from '../elasticsearch/client';
import { createAskService } from '../services/ask';
import { createTriageService } from '../services/triage';
import { runWatchOnce } from '../services/watch';
import { serve } from '../main';
import { runDemo } from './demo';
import { runCli } from './program';

loadDotenv({ quiet: true });

runCli(process.argv.slice(2), {
  env: process.env,
  io: { stdout: (text) => void process.stdout.write(text), stderr: (text) => void process.stderr.write(text) },
  services: async (config, logger) => {
    const client = createElasticsearchClient(config.elasticsearch);
    const triage = createTriageService({ client, config, logger });
    return { triage, ask: createAskService(), watchOnce: () => runWatchOnce({ client, config, logger, triage }) };
  },
  demo: runDemo,
  serve,
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`status-triage failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
