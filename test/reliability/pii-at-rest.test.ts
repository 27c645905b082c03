/**
 * Personal data at rest: an end-to-end run with ads full of valid resident ID numbers, bank cards,
 * SSNs and NI numbers; afterwards every stored item, every alert and every log line (the local stack's
 * and everything the functions wrote to stdout/stderr) is searched for the identifiers: none may
 * appear unmasked, with or without separators.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#shared/local/stack.ts';
import {
  postFeed,
  scanTable,
  startTestStack,
  TOKENS,
  waitForDrain,
  waitForResults,
} from '#test/helpers/local-stack.ts';
import { cleanAd } from '#test/reliability/ads.ts';

/** A GB 11643 resident ID with a correct check character. */
function residentId(region: string, birth: string, seq: string): string {
  const body = `${region}${birth}${seq}`;
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (W[i] as number), 0);
  return body + ('10X98765432'[sum % 11] as string);
}
/** A Luhn-valid card number from a prefix. */
function card(prefix: string, length: number): string {
  let n = prefix;
  while (n.length < length - 1) n += String((n.length * 7) % 10);
  for (let c = 0; c < 10; c++) {
    const s = n + c;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let d = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}

const IDS = [
  residentId('430102', '19900307', '123'),
  residentId('320505', '19851122', '456'),
  residentId('110105', '20010101', '789'),
];
const CARDS = [card('622848', 19), card('621700', 16), card('453201', 16)];
const SSNS = ['219-09-9991', '078-05-1121', '512-44-7789'];
const NINOS = ['QQ 12 34 56 C', 'AB123456D'];
const SECRETS = [...IDS, ...CARDS, ...SSNS, ...NINOS];

const ads = [
  {
    ...cleanAd('demo-platform-a', 'pii-1', '430104', '长沙'),
    description: `上月入职员工张伟，身份证号${IDS[0]}，工资卡${CARDS[0]}，请财务核对。`,
  },
  {
    ...cleanAd('demo-platform-a', 'pii-2', '320505', '苏州'),
    description: `录用名单：李娜 ${IDS[1]}；王强 ${IDS[2]}，工资发到 ${CARDS[1]}。`,
  },
  {
    ...cleanAd('demo-platform-a', 'pii-3', '430104', '长沙'),
    title: 'Warehouse associate',
    description: `New hire John Smith, SSN ${SSNS[0]}, card ${CARDS[2]}. Maria Lopez SSN ${SSNS[1]}; Tom Reed ${SSNS[2]}.`,
    location: { country: 'US', city: 'Austin' },
    language: 'en',
  },
  {
    ...cleanAd('demo-platform-a', 'pii-4', '430104', '长沙'),
    title: 'Care assistant',
    description: `Our new carer Jane Doe (NI number ${NINOS[0]}) starts Monday; her colleague's NI is ${NINOS[1]}.`,
    location: { country: 'GB', city: 'Leeds' },
    language: 'en',
  },
];

let stack: LocalStack;
const logs: string[] = [];
const restore: (() => void)[] = [];

beforeAll(async () => {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      logs.push(String(chunk));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => {
      stream.write = write;
    });
  }
  stack = await startTestStack({
    logger: { log: (level, msg, fields) => logs.push(JSON.stringify({ level, msg, ...fields })) },
  });
  await postFeed(stack, TOKENS.platformA, ads);
  await waitForDrain(stack);
  await waitForResults(
    stack,
    TOKENS.platformA,
    ads.map((a) => a.adId),
  );
}, 60_000);
afterAll(async () => {
  await stack?.stop();
  for (const r of restore) r();
});

const digitsOnly = (s: string) => s.replace(/[^0-9A-Za-z]/g, '');

describe('personal data at rest', () => {
  it('flags the ads and stores cases for them', async () => {
    const items = await scanTable(stack);
    const heads = items.filter((i) => i.sk === 'CASE');
    expect(heads.length).toBe(ads.length);
  });

  it('stores no identifier unmasked in any item, alert or log line', async () => {
    const items = await scanTable(stack);
    const haystacks = {
      table: JSON.stringify(items),
      alerts: JSON.stringify(stack.alerts.list()),
      logs: logs.join('\n'),
    };
    const leaks: string[] = [];
    for (const [where, text] of Object.entries(haystacks)) {
      const compact = digitsOnly(text);
      for (const secret of SECRETS) {
        if (text.includes(secret) || compact.includes(digitsOnly(secret)))
          leaks.push(`${where}: ${secret.slice(0, 4)}…`);
      }
    }
    console.log(
      `[reliability] personal data at rest: ${SECRETS.length} identifiers, ${items.length} items, ${logs.length} log lines scanned, ${leaks.length} leaks`,
    );
    expect(leaks).toEqual([]);
    expect(haystacks.table.length).toBeGreaterThan(1000);
  });

  it('keeps the chain-of-custody hash of the original ad', async () => {
    const items = await scanTable(stack);
    const versions = items.filter((i) => String(i.sk).startsWith('V#'));
    expect(versions.length).toBeGreaterThanOrEqual(ads.length);
    for (const v of versions) expect(JSON.stringify(v)).toMatch(/[0-9a-f]{64}/);
  });
});
