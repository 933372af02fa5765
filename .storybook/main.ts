import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Pre-bundle the runtime dependencies up front: when Vite finds one mid-run, it re-optimizes
    // and reloads the page, which fails every story test running at that moment.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        '@radix-ui/react-dialog',
        '@radix-ui/react-dropdown-menu',
        '@hookform/resolvers/zod',
        'react-dropzone',
        'react-hook-form',
        'zod',
        'zod/mini',
      ],
    };
    // Radix modules start with 'use client'; the bundler warns that it ignores the directive in a
    // client-only bundle, which is harmless here.
    viteConfig.build = {
      ...viteConfig.build,
      rollupOptions: {
        ...viteConfig.build?.rollupOptions,
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') {
            return;
          }
          warn(warning);
        },
      },
    };

    return viteConfig;
  },
};

export default config;
