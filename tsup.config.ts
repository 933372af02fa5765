import { readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { defineConfig } from 'tsup';

/** Public entries: the index plus one per component, so importing one component costs only its code. */
const clientEntries = {
  index: 'src/index.ts',
  'help-menu': 'src/help-menu/index.ts',
  'create-ticket-dialog': 'src/create-ticket-dialog/index.ts',
  'my-tickets': 'src/my-tickets/index.ts',
  provider: 'src/provider/index.ts',
};

const serverSafeEntries = {
  client: 'src/client/index.ts',
  'memory-client': 'src/client/memory/index.ts',
};

/**
 * Puts `'use client'` back at the top of each component entry, because esbuild drops module
 * directives when it bundles and React Server Components need the directive on the entry file.
 */
async function addUseClientDirective(format: 'esm' | 'cjs') {
  const extension = format === 'esm' ? 'js' : 'cjs';

  await Promise.all(
    Object.keys(clientEntries).map(async (name) => {
      const file = `dist/${name}.${extension}`;
      const code = await readFile(file, 'utf8');

      if (!code.startsWith("'use client'")) {
        await writeFile(file, `'use client';\n${code}`);
      }
    }),
  );
}

/** Bundles the stylesheet and its imports into `dist/styles.css`. */
async function buildStylesheet() {
  await build({
    entryPoints: ['src/styles/index.css'],
    bundle: true,
    outfile: 'dist/styles.css',
    logLevel: 'warning',
  });
}

export default defineConfig({
  entry: { ...clientEntries, ...serverSafeEntries },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  splitting: true,
  treeshake: true,
  clean: true,
  target: 'es2020',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  async onSuccess() {
    await Promise.all([
      addUseClientDirective('esm'),
      addUseClientDirective('cjs'),
      buildStylesheet(),
    ]);
  },
});
