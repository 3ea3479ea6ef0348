"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXIT_USAGE = exports.EXIT_FAILURE = exports.EXIT_OK = void 0;
exports.runCli = runCli;
const commander_1 = require("commander");
const zod_1 = require("zod");
const config_1 = require("../config");
const serviceName_1 = require("../domain/serviceName");
const window_1 = require("../domain/window");
const errors_1 = require("../errors");
const logging_1 = require("../logging");
const render_1 = require("./render");
exports.EXIT_OK = 0;
exports.EXIT_FAILURE = 1;
exports.EXIT_USAGE = 2;
const statusArg = zod_1.z.enum(['403', '404']).transform((s) => Number(s));
function usageError(message) {
    return new errors_1.AppError(errors_1.ErrorCode.BadInput, message, {
        hint: `usage: status-triage triage <403|404> <service> [${window_1.WINDOWS.join('|')}] [--env E] [--at <ISO time>] [--json] [--explain]`,
    });
}
async function runCli(argv, deps) {
    const { io } = deps;
    let exitCode = exports.EXIT_OK;
    let built = null;
    const needServices = async () => {
        if (built)
            return built;
        const config = (0, config_1.loadConfig)(deps.env);
        // A terminal tool stays quiet unless asked: warnings and errors only, on stderr.
        const logger = (0, logging_1.createLogger)({ level: deps.env.LOG_LEVEL ? config.logLevel : 'warn' });
        built = { config, logger, ...(await deps.services(config, logger)) };
        return built;
    };
    const program = new commander_1.Command('status-triage')
        .description('Triage HTTP 403 and 404 incidents from Elasticsearch access logs')
        .exitOverride()
        .showHelpAfterError(false)
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });
    program
        .command('triage')
        .description('rank the likely causes of a service\'s 403s or 404s, with evidence and remediation')
        .argument('<status>', '403 or 404')
        .argument('<service>', 'service name as logged in service.name')
        .argument('[window]', `one of ${window_1.WINDOWS.join(', ')}`, window_1.DEFAULT_WINDOW)
        .option('--env <environment>', 'only this environment (service.environment)')
        .option('--at <time>', 'evaluate as of this ISO time instead of now')
        .option('--json', 'print the JSON object only')
        .option('--explain', 'under each cause, every rival that raised or lowered it (not only the largest)')
        .action(async (statusText, serviceText, windowText, options) => {
        const status = statusArg.safeParse(statusText);
        if (!status.success)
            throw usageError(`status must be 403 or 404, not "${statusText.slice(0, 20)}"`);
        if (!(0, serviceName_1.isServiceName)(serviceText))
            throw usageError(`service must be a service name (${serviceName_1.SERVICE_NAME_RULE})`);
        const window = windowText.toLowerCase();
        if (!(0, window_1.isWindowName)(window))
            throw usageError(`window must be one of ${window_1.WINDOWS.join(', ')}`);
        if (options.env !== undefined && !(0, serviceName_1.isEnvironmentName)(options.env))
            throw usageError(`--env must be an environment name (${serviceName_1.ENVIRONMENT_NAME_RULE})`);
        let at;
        if (options.at !== undefined) {
            at = new Date(options.at);
            if (Number.isNaN(at.getTime()))
                throw usageError(`--at must be an ISO time such as 2026-11-24T03:00:00Z`);
        }
        const { triage } = await needServices();
        const result = await triage.triage({ status: status.data, service: serviceText, window, environment: options.env ?? null, at });
        io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${(0, render_1.renderTriageText)(result, { explain: options.explain === true })}\n`);
    });
    program
        .command('ask')
        .description('answer a "403 or 404?" question')
        .argument('<question...>', 'the question, quoted')
        .option('--json', 'print the JSON object only')
        .action(async (words, options) => {
        const question = words.join(' ').trim();
        if (question === '')
            throw new errors_1.AppError(errors_1.ErrorCode.BadInput, 'ask needs a question', { hint: 'e.g. status-triage ask "token expired: 401 or 403?"' });
        const ask = deps.ask ? await deps.ask() : (await needServices()).ask;
        const result = ask.ask(question);
        io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${(0, render_1.renderAskText)(result)}\n`);
    });
    program
        .command('watch')
        .description('detect spikes for WATCH_SERVICES and WATCH_STATUSES (prints them; the Slack app posts them)')
        .option('--once', 'run one detection tick and exit')
        .option('--json', 'print JSON only')
        .action(async (options) => {
        const { config, watchOnce } = await needServices();
        const tickOnce = async () => {
            const report = await watchOnce();
            if (options.json)
                io.stdout(`${JSON.stringify(report, null, options.once ? 2 : 0)}\n`);
            else
                io.stdout(`${(0, render_1.renderWatchText)(report.alerts, new Date())}\n`);
        };
        await tickOnce();
        if (options.once)
            return;
        // A terminal watcher: tick until interrupted; a failed tick is reported and the loop goes on.
        await new Promise((resolve) => {
            const timer = setInterval(() => {
                tickOnce().catch((error) => io.stderr(`${(0, errors_1.describeError)(error)}\n`));
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
        .action(async (options) => {
        const { check } = await needServices();
        const report = await check();
        io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${(0, render_1.renderCheckText)(report)}\n`);
        if (report.problems.length > 0) {
            io.stderr(`these logs cannot be triaged: ${report.problems.join('; ')}\n`);
            exitCode = exports.EXIT_FAILURE;
        }
    });
    program
        .command('serve')
        .description('run the Slack app (Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT)')
        .action(async () => {
        if (!deps.serve)
            throw new errors_1.AppError(errors_1.ErrorCode.Internal, 'serve is not available in this build');
        const { config, logger } = await needServices();
        await deps.serve(config, logger);
    });
    program
        .command('demo')
        .description('load sample incidents into a local Elasticsearch and triage them')
        .action(async () => {
        if (!deps.demo)
            throw new errors_1.AppError(errors_1.ErrorCode.Internal, 'demo is not available in this build');
        const config = (0, config_1.loadConfig)(deps.env);
        await deps.demo(config, (0, logging_1.createLogger)({ level: 'warn' }), io, deps.env);
    });
    try {
        await program.parseAsync(argv, { from: 'user' });
    }
    catch (error) {
        if (error instanceof commander_1.CommanderError) {
            if (error.exitCode === 0)
                return exports.EXIT_OK; // --help, --version
            io.stderr(`${error.message.replace(/^error: /, '')}\nrun "status-triage --help" for usage\n`);
            return exports.EXIT_USAGE;
        }
        const appError = (0, errors_1.asAppError)(error);
        io.stderr(`${(0, errors_1.describeError)(appError)}\n`);
        if (appError.code === errors_1.ErrorCode.Internal && built)
            built.logger.error({ err: appError.cause }, 'internal error');
        exitCode = appError.code === errors_1.ErrorCode.BadInput ? exports.EXIT_USAGE : exports.EXIT_FAILURE;
    }
    return exitCode;
}
//# sourceMappingURL=program.js.map