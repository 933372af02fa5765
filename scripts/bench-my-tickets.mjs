// Measures main-thread long tasks of <MyTickets> over 10,000 tickets in headless Chromium.
//
// Builds a one-component page with Vite (production React, no Storybook code in the page), serves
// it on 127.0.0.1, and drives four steps: first page, status filter, search, and "Load more" ten
// times. A PerformanceObserver of type 'longtask' records every task over 50 ms. Prints, per step,
// the longest task, the number of tasks over 50 ms over all runs, how many of those contain the
// memory client's own work, and the median time until the result shows. The memory client runs
// on the page's main thread with a 20 ms latency, and filters and sorts all 10,000 tickets on
// every request, which a real backend does on its own machine.
//
// Usage:
//   npm run bench                       build the page and measure (3 runs)
//   node scripts/bench-my-tickets.mjs --runs 5 --cpu-throttle 4
//   node scripts/bench-my-tickets.mjs --url http://127.0.0.1:6103
//       measure the story "MyTickets/Benchmark › Ten Thousand Tickets" of a running Storybook
//       instead: development React plus Storybook's own DOM observers, so slower
// Options: --runs N (default 3); --cpu-throttle F (Chrome DevTools CPU slowdown, default 1).
// Chromium comes from CHROMIUM_PATH, else /usr/bin/chromium.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';

const STORY_ID = 'mytickets-benchmark--ten-thousand-tickets';
const TICKET_COUNT = 10_000;
const projectRoot = dirname(dirname(fileURLToPath(import.meta.url)));
const LOAD_MORE_ROUNDS = 10;

/**
 * CSS selectors for the controls. Role and label locators compute accessible names in the page,
 * which would add Playwright's own long tasks to the measurement.
 */
const selectors = {
  status: "[data-slot='my-tickets-toolbar'] select",
  search: "[data-slot='my-tickets-toolbar'] input[type='search']",
  loadMore: "[data-slot='my-tickets-load-more'] button",
};

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);

  return index === -1 ? fallback : process.argv[index + 1];
}

const runs = Number(option('runs', '3'));
const cpuThrottle = Number(option('cpu-throttle', '1'));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves a static directory on 127.0.0.1 and resolves with its base URL and the server. */
function serveStatic(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    let file = normalize(join(root, path));

    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }

    try {
      if (statSync(file).isDirectory()) {
        file = join(file, 'index.html');
      }

      response.writeHead(200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });

  return new Promise((resolveServer) => {
    server.listen(0, '127.0.0.1', () => {
      resolveServer({ server, url: `http://127.0.0.1:${server.address().port}` });
    });
  });
}

/** Source of the page: a "Mount" button that renders MyTickets over 10,000 memory tickets. */
function benchPageSource() {
  const src = (path) => JSON.stringify(join(projectRoot, 'src', path));

  return `
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createDemoTickets, createMemoryTicketClient } from ${src('client/memory/index.ts')};
import { MyTickets } from ${src('my-tickets/index.ts')};
import ${src('styles/index.css')};

// A 20 ms latency puts each response in its own task, as a network response would arrive.
// Without it, the memory client's work would run inside the task of the click that requested it.
const client = createMemoryTicketClient({
  supportActivity: false,
  latency: 20,
  tickets: createDemoTickets(${TICKET_COUNT}, { now: new Date('2026-11-20T12:00:00Z'), seed: 11 }),
});

// Records when each list response was computed, to tell long tasks that include the memory
// client's own work (filtering and sorting 10,000 tickets) from the component's.
const listMyTickets = client.listMyTickets.bind(client);

window.__listResponses = [];
client.listMyTickets = async (query, options) => {
  const page = await listMyTickets(query, options);

  window.__listResponses.push(performance.now());

  return page;
};

function Page() {
  const [mounted, setMounted] = useState(false);

  return mounted ? (
    <MyTickets client={client} role="admin" locale="en-US" />
  ) : (
    // The button uses the components' font and button styles, as a host page would already
    // have loaded them; otherwise the first font load would count against the first page.
    <div data-rst="">
      <button type="button" data-slot="button" data-bench="mount" onClick={() => setMounted(true)}>
        Mount
      </button>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<StrictMode><Page /></StrictMode>);
`;
}

/** Builds the bench page with Vite into `outDir`. */
async function buildBenchPage(outDir) {
  const root = mkdtempSync(join(tmpdir(), 'rst-bench-src-'));

  try {
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html lang="en"><body><div id="root"></div>' +
        '<script type="module" src="./main.tsx"></script></body></html>',
    );
    writeFileSync(join(root, 'main.tsx'), benchPageSource());
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      mode: 'production',
      resolve: {
        alias: {
          react: join(projectRoot, 'node_modules/react'),
          'react-dom': join(projectRoot, 'node_modules/react-dom'),
        },
      },
      oxc: { jsx: { runtime: 'automatic' } },
      server: { fs: { allow: [projectRoot, root] } },
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Records long tasks from the first byte of the page on. */
function observeLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Resolves once the list is idle and shows a result other than `previousAnnouncement`; with
 * `undefined`, any idle list with enough rows counts.
 */
async function waitForListResult(page, previousAnnouncement, minimumRows = 1) {
  await page.waitForFunction(
    ([previous, rows]) => {
      const list = document.querySelector("[data-slot='my-tickets-list']");
      const status = list?.querySelector("[role='status']");
      const count = list?.querySelectorAll("[data-slot='my-tickets-row']").length ?? 0;
      const ready =
        list &&
        list.getAttribute('data-state') === 'ready' &&
        !list.hasAttribute('aria-busy') &&
        !list.querySelector("[data-slot='my-tickets-load-more'] [aria-disabled]") &&
        status &&
        (previous === undefined || status.textContent !== previous) &&
        count >= rows;

      if (ready && window.__resultAt === undefined) {
        window.__resultAt = performance.now();
      }

      return ready;
    },
    [previousAnnouncement, minimumRows],
    { polling: 'raf', timeout: 30_000 },
  );
}

async function announcement(page) {
  return page.evaluate(
    () =>
      document.querySelector("[data-slot='my-tickets-list'] [role='status']")?.textContent ?? null,
  );
}

async function rowCount(page) {
  return page.locator("[data-slot='my-tickets-row']").count();
}

/** Runs one step and returns its long tasks and the time until its result showed. */
async function measure(page, name, action, resultStart) {
  const startedAt = await page.evaluate(() => {
    window.__resultAt = undefined;

    return performance.now();
  });
  const actedAt = (await action()) ?? startedAt;

  // Tasks that follow the result, such as effects after the paint, belong to the step too.
  await page.waitForTimeout(300);

  return page.evaluate(
    ([from, acted, step]) => {
      const tasks = window.__longTasks.filter((task) => task.start >= from);
      const responses = window.__listResponses ?? [];
      const withClient = tasks.filter((task) =>
        responses.some((at) => at >= task.start && at <= task.start + task.duration),
      );

      return {
        step,
        maxTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
        tasksOver50: tasks.length,
        tasksWithClient: withClient.length,
        resultMs: window.__resultAt - acted,
      };
    },
    [startedAt, resultStart === 'action' ? actedAt : startedAt, name],
  );
}

async function runOnce(browser, pageUrl) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });

  await page.addInitScript(observeLongTasks);

  if (cpuThrottle > 1) {
    const session = await page.context().newCDPSession(page);

    await session.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  }

  await page.goto(pageUrl);
  await page.locator("[data-bench='mount']").waitFor({ timeout: 60_000 });
  // Lets the loader's work (building 10,000 tickets) and Storybook's start-up settle.
  await page.waitForTimeout(1000);

  const results = [];

  results.push(
    await measure(page, 'first page', async () => {
      await page.click("[data-bench='mount']");
      await waitForListResult(page, null, 20);
    }),
  );

  results.push(
    await measure(page, 'filter: resolved', async () => {
      const previous = await announcement(page);

      await page.locator(selectors.status).selectOption('resolved');
      await waitForListResult(page, previous);
    }),
  );

  results.push(
    await measure(
      page,
      'search: "export" (typed)',
      async () => {
        const previous = await announcement(page);

        await page.locator(selectors.search).pressSequentially('export', { delay: 40 });

        const lastKeyAt = await page.evaluate(() => performance.now());

        await waitForListResult(page, previous);

        return lastKeyAt;
      },
      'action',
    ),
  );

  results.push(
    await measure(page, 'clear filter and search', async () => {
      await page.locator(selectors.status).selectOption('all');
      await page.locator(selectors.search).fill('');
      // The emptied search reloads the list once more after its 300 ms debounce, so the step
      // waits for that reload rather than for the first result.
      await page.waitForTimeout(350);
      await waitForListResult(page, undefined, 20);
    }),
  );

  for (let round = 1; round <= LOAD_MORE_ROUNDS; round += 1) {
    const before = await rowCount(page);

    const result = await measure(page, `load more #${round}`, async () => {
      const previous = await announcement(page);

      await page.locator(selectors.loadMore).click();
      await waitForListResult(page, previous, before + 1);
    });

    if (round === 1 || round === LOAD_MORE_ROUNDS) {
      results.push({
        ...result,
        step: `${result.step} (${before} → ${await rowCount(page)} rows)`,
      });
    }
  }

  await page.close();

  return results;
}

function formatMaxTask(milliseconds) {
  return milliseconds === 0 ? 'none' : Math.round(milliseconds);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);

  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const storybookUrl = option('url', undefined);
  let pageUrl = `${storybookUrl}/iframe.html?id=${STORY_ID}&viewMode=story`;
  let server;
  let buildDir;

  if (!storybookUrl) {
    buildDir = mkdtempSync(join(tmpdir(), 'rst-bench-'));
    console.log('Building the bench page with Vite …');
    await buildBenchPage(buildDir);

    let url;

    ({ server, url } = await serveStatic(buildDir));
    pageUrl = `${url}/index.html`;
  }

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

  try {
    const allRuns = [];

    for (let run = 1; run <= runs; run += 1) {
      allRuns.push(await runOnce(browser, pageUrl));
    }

    const rows = allRuns[0].map((first, index) => {
      const samples = allRuns.map((results) => results[index]);

      return {
        step: first.step,
        // The Long Tasks API reports only tasks over 50 ms, so "none" means every task was shorter.
        'max long task (ms)': formatMaxTask(Math.max(...samples.map((sample) => sample.maxTaskMs))),
        'runs with a task > 50 ms': `${samples.filter((sample) => sample.tasksOver50 > 0).length}/${runs}`,
        'tasks > 50 ms (all runs)': samples.reduce((sum, sample) => sum + sample.tasksOver50, 0),
        'of which with memory client': samples.reduce(
          (sum, sample) => sum + sample.tasksWithClient,
          0,
        ),
        'time to result, median (ms)': Math.round(median(samples.map((sample) => sample.resultMs))),
      };
    });

    console.log(
      `\nMyTickets, 10,000 tickets, ${runs} runs, ${cpus().length} CPU cores, ` +
        `load average ${loadavg()[0].toFixed(1)}, CPU throttle ${cpuThrottle}x, ${storybookUrl ? 'Storybook story, development' : 'Vite page, production'} React`,
    );
    console.table(rows);
  } finally {
    await browser.close();
    server?.close();

    if (buildDir) {
      rmSync(buildDir, { recursive: true, force: true });
    }
  }
}

await main();
