import { parseArgs } from 'node:util';
import { ERRORS } from '../../contracts/errors.js';
import { ConfigError, loadConfig } from '../config.js';
import { ImportError } from '../features/transfer/service.js';
import { AppError } from '../lib/errors.js';
import { COMMANDS, UsageError, type Command, type Io } from './commands.js';

const stdio: Io = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Pejling – lead digital transformation in the public sector.',
    '',
    'Usage: pejling <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "pejling <command> --help" for the options of a command.',
    'Settings come from the environment (PORT, DATA_DIR, DATABASE_URL, …); see the README.',
  ].join('\n');
}

function help(c: Command): string {
  const opts = Object.entries(c.options).map(
    ([name, o]) => `  --${name}${o.type === 'string' ? ' <value>' : ''}`.padEnd(32) + o.description,
  );
  return [
    `Usage: ${c.usage}`,
    '',
    c.summary + '.',
    ...(c.details ? ['', c.details] : []),
    '',
    'Options:',
    ...opts,
    '  --help'.padEnd(32) + 'Show this help',
  ].join('\n');
}

/** Runs one CLI invocation; returns the exit code (0 done, 1 failed, 2 wrong usage). */
export async function runCli(argv: string[], io: Io = stdio, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [first, ...afterFirst] = argv;
  // Two-word commands (`radar import`) take the next word as part of their name.
  const twoWords = afterFirst[0] !== undefined && COMMANDS.some((c) => c.name === `${first} ${afterFirst[0]}`);
  const name = twoWords ? `${first} ${afterFirst[0]}` : first;
  const rest = twoWords ? afterFirst.slice(1) : afterFirst;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${overview()}`);
    return 2;
  }
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${help(command)}`);
    return 2;
  }
  if (args.values.help) {
    io.out(help(command));
    return 0;
  }
  if (args.positionals.length !== command.positionals.length) {
    const wanted = command.positionals.length ? command.positionals.map((p) => `<${p}>`).join(' ') : 'no arguments';
    io.err(`"${name}" takes ${wanted}.\n\n${help(command)}`);
    return 2;
  }
  try {
    const config = loadConfig(env);
    await command.run({ values: args.values as Record<string, string | boolean | undefined>, positionals: args.positionals }, config, io);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n\n${help(command)}`);
      return 2;
    }
    if (err instanceof ConfigError || err instanceof ImportError) {
      io.err(err.message);
      return err instanceof ConfigError ? 2 : 1;
    }
    if (err instanceof AppError) {
      const field = err.fields?.[0]?.path ? ` (${err.fields[0].path})` : '';
      io.err(`${ERRORS[err.code].en}${field}`);
      return 1;
    }
    io.err(`Failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
