#!/usr/bin/env node
import { config as loadDotenv } from 'dotenv';
import { serve } from '../main';
import { runDemo } from './demo';
import { runCli } from './program';
import { buildCliServices } from './services';

loadDotenv({ quiet: true });

runCli(process.argv.slice(2), {
  env: process.env,
  io: { stdout: (text) => void process.stdout.write(text), stderr: (text) => void process.stderr.write(text) },
  services: async (config, logger) => buildCliServices(config, logger),
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
