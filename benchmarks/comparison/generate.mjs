// Seeded generator of Heilongjiang shared-base applications (JSON Lines), about half of them eligible.
// node generate.mjs <count> <out.jsonl> [seed]
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** mulberry32: a small seeded PRNG, so every run (and every engine) sees the same data set. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CLAUSES = [
  'HLJ-BASE-OPERATOR', 'HLJ-BASE-AREA', 'HLJ-BASE-TENANTS', 'HLJ-BASE-LIVE-ROOMS', 'HLJ-BASE-RETAIL',
  'HLJ-BASE-INVESTMENT', 'HLJ-BASE-AUDIT', 'HLJ-BASE-COMMITMENT', 'HLJ-BASE-NO-DOUBLE-SUPPORT', 'HLJ-BASE-RURAL-PROJECT',
];

const pad = (n) => String(n).padStart(2, '0');

/** One application; eligible ones sit at or above every threshold (boundaries included), the others break 1–3 clauses. */
export function application(rnd, i) {
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (xs) => xs[int(0, xs.length - 1)];
  const boundary = rnd() < 0.1;
  const monthly = [];
  for (let m = 1; m <= 12; m++) {
    monthly.push({ month: `2022-${pad(m)}`, tenants: boundary ? 10 : int(10, 16), liveRooms: boundary ? 10 : int(10, 16) });
  }

  // Investments in hundreds of yuan (exact in binary floating point, so the JavaScript sums are exact too).
  const investments = [];
  const parts = int(1, 3);
  const investmentTotal = boundary ? 5_000_000 : int(50_000, 120_000) * 100;
  let left = investmentTotal;
  for (let k = 0; k < parts; k++) {
    const amount = k === parts - 1 ? left : Math.floor(left / (parts - k) / 100) * 100;
    left -= amount;
    investments.push({ date: `${pick([2021, 2022])}-${pad(int(1, 12))}-${pad(int(1, 28))}`, amount, description: `投资${k + 1}` });
  }

  const a = {
    baseName: `合成基地${i}`,
    city: pick(['哈尔滨市', '齐齐哈尔市', '牡丹江市', '佳木斯市', '大庆市', '绥化市']),
    operator: { name: `合成运营公司${i}`, isLegalEntity: true, operationStartDate: boundary ? '2022-03-01' : `${int(2018, 2021)}-${pad(int(1, 12))}-${pad(int(1, 28))}` },
    buildingArea: boundary ? 2000 : int(2000, 8000) + pick([0, 0.5, 0.25]),
    monthly2022: monthly,
    onlineRetail2022: boundary ? 30_000_000 : int(300_000, 900_000) * 100,
    investments,
    auditReport: { provided: true, firmQualified: true, coversInvestment: true, coversOnlineRetail: true },
    authenticityCommitmentSigned: true,
    previouslySupportedAsProvincialBase: false,
  };
  const rural = int(0, 2);
  if (rural === 1) a.ruralDemonstrationFunding = { funded: false };
  if (rural === 2) a.ruralDemonstrationFunding = { funded: true, nationalAcceptanceDate: boundary ? '2020-10-31' : `20${pick([19, 20])}-${pad(int(1, 10))}-${pad(int(1, 28))}` };

  if (rnd() < 0.5) return a;

  const broken = new Set();
  const howMany = int(1, 3);
  while (broken.size < howMany) broken.add(pick(CLAUSES));
  for (const id of broken) {
    switch (id) {
      case 'HLJ-BASE-OPERATOR':
        if (rnd() < 0.5) a.operator.isLegalEntity = false; else a.operator.operationStartDate = pick(['2022-03-02', '2022-06-15', '2022-12-01']);
        break;
      case 'HLJ-BASE-AREA': a.buildingArea = pick([1999.99, 1999, 1500, 800]); break;
      case 'HLJ-BASE-TENANTS': a.monthly2022[int(0, 11)].tenants = 0; for (const m of a.monthly2022) m.tenants = Math.min(m.tenants, 10); break;
      case 'HLJ-BASE-LIVE-ROOMS': a.monthly2022[int(0, 11)].liveRooms = 9; for (const m of a.monthly2022) m.liveRooms = Math.min(m.liveRooms, 10); break;
      case 'HLJ-BASE-RETAIL': a.onlineRetail2022 = pick([29_999_999.99, 29_999_900, 12_000_000]); break;
      case 'HLJ-BASE-INVESTMENT': a.investments = [{ date: '2021-07-01', amount: pick([4_999_900, 3_000_000]), description: '投资' }]; break;
      case 'HLJ-BASE-AUDIT': a.auditReport[pick(['provided', 'firmQualified', 'coversInvestment', 'coversOnlineRetail'])] = false; break;
      case 'HLJ-BASE-COMMITMENT': a.authenticityCommitmentSigned = false; break;
      case 'HLJ-BASE-NO-DOUBLE-SUPPORT': a.previouslySupportedAsProvincialBase = true; break;
      case 'HLJ-BASE-RURAL-PROJECT': a.ruralDemonstrationFunding = pick([{ funded: true }, { funded: true, nationalAcceptanceDate: '2020-11-01' }, { funded: true, nationalAcceptanceDate: '2021-05-20' }]); break;
    }
  }

  return a;
}

export async function generate(count, file, seed = 20230301) {
  const rnd = prng(seed);
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    if (!out.write(JSON.stringify(application(rnd, i)) + '\n')) await new Promise((r) => out.once('drain', r));
  }

  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [count, file, seed] = process.argv.slice(2);
  if (!count || !file) {
    console.error('usage: node generate.mjs <count> <out.jsonl> [seed]');
    process.exit(3);
  }

  await generate(Number(count), file, seed ? Number(seed) : undefined);
}
