// Type-checks the TypeScript snippets of README.md against the source, so the quick start
// cannot drift from the API. Each ```ts or ```tsx block whose first line is a `// name.ts`
// comment becomes that file; package imports point at src/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const outDir = '.readme-snippets';
const readme = readFileSync('README.md', 'utf8');
const blocks = [...readme.matchAll(/```tsx?\n\/\/ ([\w.-]+\.tsx?)\n([\s\S]*?)```/g)];

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir);

for (const [, fileName, code] of blocks) {
  const source = code
    .replace(/from 'react-support-tickets(\/[\w-]+)?'/g, (_, subpath) =>
      subpath === '/memory-client' ? "from '../src/client/memory'" : "from '../src'",
    )
    .replace("import 'react-support-tickets/styles.css';", "import '../src/styles/index.css';");

  writeFileSync(`${outDir}/${fileName}`, source);
}

writeFileSync(
  `${outDir}/tsconfig.json`,
  JSON.stringify({ extends: '../tsconfig.json', include: ['.', '../src'] }),
);

try {
  execFileSync('npx', ['--no-install', 'tsc', '--noEmit', '-p', outDir], { stdio: 'inherit' });
  console.log(`README snippets type-check: ${blocks.length} files`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
