// Size budgets: minified and brotli-compressed, with react and react-dom left to the host.

/** Leaves out code that is only loaded by a dynamic import(), to measure what loads up front. */
function withoutDynamicImports(esbuildConfig) {
  esbuildConfig.plugins = [
    ...(esbuildConfig.plugins ?? []),
    {
      name: 'external-dynamic-imports',
      setup(build) {
        build.onResolve({ filter: /.*/ }, (args) =>
          args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
        );
      },
    },
  ];

  return esbuildConfig;
}

const host = ['react', 'react-dom'];

export default [
  {
    name: 'Whole package (every export)',
    path: 'dist/index.js',
    import: '*',
    ignore: host,
    limit: '95 kB',
  },
  {
    name: 'HelpMenu, up front (the ticket form loads on first use)',
    path: 'dist/help-menu.js',
    import: '{ HelpMenu }',
    ignore: host,
    modifyEsbuildConfig: withoutDynamicImports,
    limit: '36 kB',
  },
  {
    name: 'HelpMenu, with the ticket form loaded',
    path: 'dist/help-menu.js',
    import: '{ HelpMenu }',
    ignore: host,
    limit: '78 kB',
  },
  {
    name: 'CreateTicketDialog',
    path: 'dist/create-ticket-dialog.js',
    import: '{ CreateTicketDialog }',
    ignore: host,
    limit: '58 kB',
  },
  {
    name: 'MyTickets',
    path: 'dist/my-tickets.js',
    import: '{ MyTickets }',
    ignore: host,
    limit: '17 kB',
  },
  {
    name: 'createMemoryTicketClient',
    path: 'dist/memory-client.js',
    import: '{ createMemoryTicketClient }',
    ignore: host,
    limit: '10 kB',
  },
  {
    name: 'Stylesheet',
    path: 'dist/styles.css',
    limit: '6 kB',
  },
];
