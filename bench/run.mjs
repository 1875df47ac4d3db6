// `npm run bench`: builds the app and the SurveyJS fixture, then prints key=value figures on stdout.
// Progress and build logs go to stderr, so stdout holds only the figures.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { byteFigures } from './lib/bytes.mjs';
import { loadDist } from './lib/dist.mjs';
import { lighthouseFigures, lighthouseRun } from './lib/lighthouse.mjs';
import { serve } from './lib/server.mjs';
import { LOG_SIZES, measureLog } from './lib/log.mjs';
import { measureTransitions } from './lib/transitions.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The app builds into bench/dist/app, not dist/: another process (vite preview, e2e tests) may be
// serving dist/ at the same time, and a rebuild there would swap its hashed files underneath it.
const APP_DIST = path.join(ROOT, 'bench/dist/app');
const SURVEYJS_DIST = path.join(ROOT, 'bench/surveyjs/dist');
const PORTS = { ours: 47391, surveyjs: 47392, bare: 47393 }; // unusual, fixed; serve() fails if taken
const LH_RUNS = 5;

const log = (...args) => console.error('[bench]', ...args);
const print = (prefix, figures) => {
  for (const [key, value] of Object.entries(figures)) console.log(`${prefix}${key}=${value}`);
};

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`))));
  });
}

/**
 * The floor for the first paint: our own build with its scripts taken out, so the same prerendered
 * start page, inline stylesheet and icons, and nothing to run. Our FCP is compared with this page's.
 */
function withoutScripts(files) {
  const bare = new Map([...files].filter(([urlPath]) => !urlPath.endsWith('.js')));
  const html = files
    .get('/index.html')
    .raw.toString('utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  const raw = Buffer.from(html);
  bare.set('/index.html', { raw, gzip: zlib.gzipSync(raw, { level: 9 }), br: zlib.brotliCompressSync(raw) });
  return bare;
}

async function main() {
  log('building the app');
  await run('npx', ['vite', 'build', '--outDir', APP_DIST, '--emptyOutDir']);
  log('building the SurveyJS fixture');
  await run('npx', ['vite', 'build', '--config', 'bench/surveyjs/vite.config.mjs']);

  log('compressing');
  const targets = {
    ours: { prefix: '', files: await loadDist(APP_DIST) },
    surveyjs: { prefix: 'surveyjs_', files: await loadDist(SURVEYJS_DIST) },
  };
  const bare = { prefix: 'bare_', files: withoutScripts(targets.ours.files) };
  for (const t of Object.values(targets)) {
    t.bytes = byteFigures(t.files);
    print(t.prefix, t.bytes);
  }

  const servers = [];
  try {
    for (const [name, t] of Object.entries(targets)) {
      const server = await serve(t.files, PORTS[name]);
      servers.push(server);
      t.url = server.url;
    }
    const bareServer = await serve(bare.files, PORTS.bare);
    servers.push(bareServer);
    bare.url = bareServer.url;

    // A/B interleaved, so a slow spell of this shared VM hits both sides alike (perf-notes pitfall 5).
    const measured = { ...targets, bare };
    for (const t of Object.values(measured)) t.runs = [];
    for (let i = 1; i <= LH_RUNS; i++) {
      for (const [name, t] of Object.entries(measured)) {
        log(`lighthouse ${name} ${i}/${LH_RUNS}`);
        t.runs.push(await lighthouseRun(t.url + '/'));
      }
    }
    for (const t of Object.values(measured)) {
      t.lh = lighthouseFigures(t.runs);
      print(t.prefix, t.lh);
    }

    log('transitions');
    print('', await measureTransitions(targets.ours.url));
    for (const count of LOG_SIZES) {
      log(`contact log with ${count} entries`);
      print('', await measureLog(targets.ours.url, ROOT, count));
    }
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }

  const { ours, surveyjs } = targets;
  print('', {
    ratio_initial_js_gzip: (ours.bytes.initial_js_gzip_bytes / surveyjs.bytes.initial_js_gzip_bytes).toFixed(3),
    ratio_fcp: (ours.lh.lh_fcp_ms_median / surveyjs.lh.lh_fcp_ms_median).toFixed(3),
    // Issue 13's targets: FCP within 15% of the bare page's (≤ 1.15), LCP within 10% of FCP (≤ 1.10).
    ratio_fcp_to_bare: (ours.lh.lh_fcp_ms_median / bare.lh.lh_fcp_ms_median).toFixed(3),
    ratio_lcp_to_fcp: (ours.lh.lh_lcp_ms_median / ours.lh.lh_fcp_ms_median).toFixed(3),
    // The same ratio as the browser observed it (1.000: the first paint is the largest).
    ratio_observed_lcp_to_fcp: (ours.lh.lh_observed_lcp_ms_median / ours.lh.lh_observed_fcp_ms_median).toFixed(3),
  });
}

const started = Date.now();
main().then(
  () => {
    log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
    process.exit(0);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
