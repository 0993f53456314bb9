// Side by side on one seeded data set: LiveCommerce.Rules against json-rules-engine and json-logic-js.
// Run through ./compare.sh (which installs the npm packages with `npm ci` first).
//   node compare.mjs [--count 100000] [--seed 20230301]
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { generate } from './generate.mjs';
import { jsonRulesEngine, jsonLogicJs, handWrittenJs } from './engines.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const count = Number(arg('--count', '100000'));
const seed = Number(arg('--seed', '20230301'));
const file = join(here, 'data', `shared-base-${count}-${seed}.jsonl`);
mkdirSync(join(here, 'data'), { recursive: true });
await generate(count, file, seed);
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0);
const applications = lines.map((l) => JSON.parse(l));
const version = (p) => JSON.parse(readFileSync(join(here, 'node_modules', p, 'package.json'), 'utf8')).version;
console.error(`${applications.length} applications in ${file}`);

// Our library (and the C# hand-written ifs) on the same file, in Release.
console.error('dotnet: building and timing LiveCommerce.Rules ...');
const project = join(here, '..', 'LiveCommerce.Rules.Benchmarks');
const dotnet = execFileSync('dotnet', ['run', '-c', 'Release', '--project', project, '--', 'compare', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 })
  .split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));

/** Median ns per evaluation over `rounds` passes after a warm-up pass (the same procedure as the C# side). */
async function time(evaluate, rounds) {
  let sink = 0;
  for (const a of applications) sink += (await evaluate(a)).length;
  const per = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (const a of applications) sink += (await evaluate(a)).length;
    per.push(Number(process.hrtime.bigint() - start) / applications.length);
  }

  per.sort((x, y) => x - y);
  return sink >= 0 ? per[Math.floor(rounds / 2)] : NaN;
}

async function failures(evaluate) {
  const counts = { eligible: 0 };
  for (const a of applications) {
    const failed = await evaluate(a);
    if (failed.length === 0) counts.eligible++;
    for (const id of failed) counts[id] = (counts[id] ?? 0) + 1;
  }

  return counts;
}

const js = [
  [`json-rules-engine ${version('json-rules-engine')} (failureResults)`, jsonRulesEngine(), 3],
  [`json-logic-js ${version('json-logic-js')} (one expression per clause)`, jsonLogicJs(), 5],
  ['JavaScript hand-written ifs', handWrittenJs(), 5],
];
const rows = [...dotnet];
for (const [engine, evaluate, rounds] of js) {
  console.error(`node: timing ${engine} ...`);
  rows.push({ engine, applications: applications.length, nsPerEvaluation: await time(evaluate, rounds), failures: await failures(evaluate) });
}

// Every engine must reach the same verdicts: compare the per-clause failure counts with our full report's.
const ours = rows.find((r) => r.engine === 'LiveCommerce.Rules full report');
const canonical = (c) => JSON.stringify(Object.keys(c).sort().map((k) => [k, c[k]]));
for (const r of rows.filter((x) => x.failures)) {
  r.agrees = canonical(r.failures) === canonical(ours.failures) ? 'yes' : `NO: ${canonical(r.failures)}`;
}

const fmt = (ns) => (ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(1)} ns`);
console.log(`${applications.length} shared-base applications (seed ${seed}), ${ours.failures.eligible} eligible; ${os.cpus()[0].model}, ${os.cpus().length} logical cores; node ${process.version}; .NET: see the machine line in benchmarks/README.md`);
console.log(`Failures per clause (our full report): ${JSON.stringify(ours.failures)}`);
console.log('');
console.log('| engine | time per evaluation | evaluations per second | ratio to LiveCommerce.Rules full report | same verdicts |');
console.log('|---|---:|---:|---:|---|');
for (const r of rows) {
  const ratio = r.nsPerEvaluation / ours.nsPerEvaluation;
  const ratioText = ratio >= 1 ? `${ratio.toFixed(ratio >= 10 ? 0 : 2)}× slower` : `${(1 / ratio).toFixed(2)}× faster`;
  console.log(`| ${r.engine} | ${fmt(r.nsPerEvaluation)} | ${Math.round(1e9 / r.nsPerEvaluation).toLocaleString('en-US')} | ${r === ours ? '1 (reference)' : ratioText} | ${r.agrees ?? 'not compared'} |`);
}
