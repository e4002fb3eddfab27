// `npm test`'s static checks side by side: ESLint, Prettier and the type checker each use one
// core, so on CI's two cores running them together saves most of the slower one's time. Each
// prints its own output when it ends (not interleaved); the run fails if any of them fails.
import { spawn } from 'node:child_process';

const CHECKS = [
  ['eslint', ['.', '--max-warnings=0']],
  ['prettier', ['--check', '.']],
  ['tsc', ['--noEmit']],
] as const;

function run(command: string, args: readonly string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const output: Buffer[] = [];
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      process.stdout.write(`\n> ${command} ${args.join(' ')}: ${ok ? 'passed' : 'FAILED'}\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(ok);
    };
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      finish(false);
    });
    child.on('close', (code: number | null) => finish(code === 0));
  });
}

const results = await Promise.all(CHECKS.map(([command, args]) => run(command, args)));
process.exit(results.every(Boolean) ? 0 : 1);
