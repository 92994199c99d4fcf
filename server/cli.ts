/**
 * The catalogue's command-line tool: `npm run catalogue -- <command>`.
 * Run with no command (or `help`) for the list of commands.
 */
import { runCli } from './cli/commands.js';

process.exitCode = await runCli(process.argv.slice(2));
