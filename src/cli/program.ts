import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { Config, Env, loadConfig } from '../config';
import { ENVIRONMENT_NAME_RULE, isEnvironmentName, isServiceName, SERVICE_NAME_RULE } from '../domain/serviceName';
import type { TriageStatus } from '../domain/types';
import { DEFAULT_WINDOW, isWindowName, WINDOWS } from '../domain/window';
import { AppError, asAppError, describeError, ErrorCode } from '../errors';
import { createLogger, Logger } from '../logging';
import type { AskService, TriageService } from '../services/types';
import type { CheckReport } from '../services/check';
import type { WatchOnceAlert } from '../services/watch';
import { renderAskText, renderCheckText, renderTriageText, renderWatchText } from './render';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** What the commands need, built lazily so `--help` and bad input never touch settings or the network. */
export interface CliServices {
  config: Config;
  logger: Logger;
  triage: TriageService;
  ask: AskService;
  /** One detection tick without posting (`watch --once`). */
  watchOnce: () => Promise<{ alerts: WatchOnceAlert[] }>;
  /** Do these logs fit? (`check`) */
  check: () => Promise<CheckReport>;
}

export interface CliDeps {
  env: Env;
  io: CliIo;
  services: (config: Config, logger: Logger) => Promise<Omit<CliServices, 'config' | 'logger'>>;
  /**
   * `ask` alone, when given: it needs no settings and no cluster, so it neither reads them nor loads a
   * client (half a second of the CLI's start). Without it, `ask` comes with the other services.
   */
  ask?: () => Promise<AskService>;
  /** Long-running commands (serve, demo) live outside the pure dispatcher. */
  serve?: (config: Config, logger: Logger) => Promise<void>;
  demo?: (config: Config, logger: Logger, io: CliIo, env: Env) => Promise<void>;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

const statusArg = z.enum(['403', '404']).transform((s) => Number(s) as TriageStatus);

function usageError(message: string): AppError {
  return new AppError(ErrorCode.BadInput, message, {
    hint: `usage: status-triage triage <403|404> <service> [${WINDOWS.join('|')}] [--env E] [--at <ISO time>] [--json] [--explain]`,
  });
}

export async function runCli(argv: string[], deps: CliDeps): Promise<number> {
  const { io } = deps;
  let exitCode = EXIT_OK;
  let built: CliServices | null = null;
  const needServices = async (): Promise<CliServices> => {
    if (built) return built;
    const config = loadConfig(deps.env);
    // A terminal tool stays quiet unless asked: warnings and errors only, on stderr.
    const logger = createLogger({ level: deps.env.LOG_LEVEL ? config.logLevel : 'warn' });
    built = { config, logger, ...(await deps.services(config, logger)) };
    return built;
  };

  const program = new Command('status-triage')
    .description('Triage HTTP 403 and 404 incidents from Elasticsearch access logs')
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });

  program
    .command('triage')
    .description('rank the likely causes of a service\'s 403s or 404s, with evidence and remediation')
    .argument('<status>', '403 or 404')
    .argument('<service>', 'service name as logged in service.name')
    .argument('[window]', `one of ${WINDOWS.join(', ')}`, DEFAULT_WINDOW)
    .option('--env <environment>', 'only this environment (service.environment)')
    .option('--at <time>', 'evaluate as of this ISO time instead of now')
    .option('--json', 'print the JSON object only')
    .option('--explain', 'under each cause, every rival that raised or lowered it (not only the largest)')
    .action(async (statusText: string, serviceText: string, windowText: string, options: { env?: string; at?: string; json?: boolean; explain?: boolean }) => {
      const status = statusArg.safeParse(statusText);
      if (!status.success) throw usageError(`status must be 403 or 404, not "${statusText.slice(0, 20)}"`);
      if (!isServiceName(serviceText)) throw usageError(`service must be a service name (${SERVICE_NAME_RULE})`);
      const window = windowText.toLowerCase();
      if (!isWindowName(window)) throw usageError(`window must be one of ${WINDOWS.join(', ')}`);
      if (options.env !== undefined && !isEnvironmentName(options.env)) throw usageError(`--env must be an environment name (${ENVIRONMENT_NAME_RULE})`);
      let at: Date | undefined;
      if (options.at !== undefined) {
        at = new Date(options.at);
        if (Number.isNaN(at.getTime())) throw usageError(`--at must be an ISO time such as 2026-11-24T03:00:00Z`);
      }
      const { triage } = await needServices();
      const result = await triage.triage({ status: status.data, service: serviceText, window, environment: options.env ?? null, at });
      io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${renderTriageText(result, { explain: options.explain === true })}\n`);
    });

  program
    .command('ask')
    .description('answer a "403 or 404?" question')
    .argument('<question...>', 'the question, quoted')
    .option('--json', 'print the JSON object only')
    .action(async (words: string[], options: { json?: boolean }) => {
      const question = words.join(' ').trim();
      if (question === '') throw new AppError(ErrorCode.BadInput, 'ask needs a question', { hint: 'e.g. status-triage ask "token expired: 401 or 403?"' });
      const ask = deps.ask ? await deps.ask() : (await needServices()).ask;
      const result = ask.ask(question);
      io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${renderAskText(result)}\n`);
    });

  program
    .command('watch')
    .description('detect spikes for WATCH_SERVICES and WATCH_STATUSES (prints them; the Slack app posts them)')
    .option('--once', 'run one detection tick and exit')
    .option('--json', 'print JSON only')
    .action(async (options: { once?: boolean; json?: boolean }) => {
      const { config, watchOnce } = await needServices();
      const tickOnce = async (): Promise<void> => {
        const report = await watchOnce();
        if (options.json) io.stdout(`${JSON.stringify(report, null, options.once ? 2 : 0)}\n`);
        else io.stdout(`${renderWatchText(report.alerts, new Date())}\n`);
      };
      await tickOnce();
      if (options.once) return;
      // A terminal watcher: tick until interrupted; a failed tick is reported and the loop goes on.
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          tickOnce().catch((error: unknown) => io.stderr(`${describeError(error)}\n`));
        }, config.watch.intervalMs);
        process.once('SIGINT', () => {
          clearInterval(timer);
          resolve();
        });
      });
    });

  program
    .command('check')
    .description('do these logs fit? the fields found, the causes that can be judged, a ready .env block')
    .option('--json', 'print the JSON object only')
    .action(async (options: { json?: boolean }) => {
      const { check } = await needServices();
      const report = await check();
      io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderCheckText(report)}\n`);
      if (report.problems.length > 0) {
        io.stderr(`these logs cannot be triaged: ${report.problems.join('; ')}\n`);
        exitCode = EXIT_FAILURE;
      }
    });

  program
    .command('serve')
    .description('run the Slack app (Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT)')
    .action(async () => {
      if (!deps.serve) throw new AppError(ErrorCode.Internal, 'serve is not available in this build');
      const { config, logger } = await needServices();
      await deps.serve(config, logger);
    });

  program
    .command('demo')
    .description('load sample incidents into a local Elasticsearch and triage them')
    .action(async () => {
      if (!deps.demo) throw new AppError(ErrorCode.Internal, 'demo is not available in this build');
      const config = loadConfig(deps.env);
      await deps.demo(config, createLogger({ level: 'warn' }), io, deps.env);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT_OK; // --help, --version
      io.stderr(`${error.message.replace(/^error: /, '')}\nrun "status-triage --help" for usage\n`);
      return EXIT_USAGE;
    }
    const appError = asAppError(error);
    io.stderr(`${describeError(appError)}\n`);
    if (appError.code === ErrorCode.Internal && built) (built as CliServices).logger.error({ err: appError.cause }, 'internal error');
    exitCode = appError.code === ErrorCode.BadInput ? EXIT_USAGE : EXIT_FAILURE;
  }
  return exitCode;
}
