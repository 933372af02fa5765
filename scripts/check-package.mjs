// Packs the package as npm would publish it, then checks the tarball with publint and
// @arethetypeswrong/cli. Run `npm run build` first; packing here skips the prepack build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const workDir = mkdtempSync(join(tmpdir(), 'rst-pack-'));

function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return execFileSync(command, args, { stdio: 'inherit', ...options });
}

try {
  const packOutput = execFileSync(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', workDir],
    { encoding: 'utf8' },
  );
  const [{ filename, files }] = JSON.parse(packOutput);
  const tarball = join(workDir, filename);

  console.log(`Packed ${filename} with ${files.length} files`);
  run('tar', ['-xzf', tarball, '-C', workDir]);
  run('npx', ['--no-install', 'publint', join(workDir, 'package'), '--pack', 'false', '--strict']);
  // Subpath exports need Node 16 or later module resolution; node10 cannot see them by design.
  run('npx', [
    '--no-install',
    'attw',
    tarball,
    '--profile',
    'node16',
    '--exclude-entrypoints',
    './styles.css',
  ]);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
