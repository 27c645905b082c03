/**
 * Closed-loop HTTP load: `clients` concurrent clients, each sending one feed after another to
 * `POST /v1/feeds` until the time is up, over Node's fetch (undici, keep-alive connections by default).
 * Records every request's latency and every error: a non-202 answer, a network error, or an ad of the
 * feed that was not accepted. Returns which ads each platform had accepted.
 */

export interface LoadClient {
  /** Platform name the ads carry. */
  platform: string;
  token: string;
}

export interface LoadOptions {
  url: string;
  /** One entry per concurrent client. */
  clients: readonly LoadClient[];
  seconds: number;
  /** Builds the n-th feed of a client (its ads must carry unique adIds). */
  feed: (client: LoadClient, clientIndex: number, n: number) => { adId: string }[];
}

export interface LoadRun {
  seconds: number;
  requests: number;
  /** Milliseconds per request, in completion order. */
  latenciesMs: number[];
  /** `platform NUL adId` of every ad the API said it accepted. */
  accepted: Set<string>;
  /** One line per failed request or rejected ad (capped), and the total count. */
  errors: { count: number; samples: string[] };
}

export const adKey = (platform: string, adId: string) => `${platform}\u0000${adId}`;

const MAX_SAMPLES = 20;

interface Receipt {
  accepted?: unknown;
  rejected?: { adId?: string; errors?: unknown }[];
}

export async function runLoad(o: LoadOptions): Promise<LoadRun> {
  const run: LoadRun = {
    seconds: 0,
    requests: 0,
    latenciesMs: [],
    accepted: new Set(),
    errors: { count: 0, samples: [] },
  };
  const fail = (what: string) => {
    run.errors.count++;
    if (run.errors.samples.length < MAX_SAMPLES) run.errors.samples.push(what);
  };
  const started = performance.now();
  const deadline = started + o.seconds * 1000;

  const client = async (c: LoadClient, ci: number) => {
    for (let n = 0; performance.now() < deadline; n++) {
      const ads = o.feed(c, ci, n);
      const t0 = performance.now();
      let status = 0;
      let receipt: Receipt | undefined;
      try {
        const res = await fetch(`${o.url}/v1/feeds`, {
          method: 'POST',
          headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(ads),
        });
        status = res.status;
        const text = await res.text();
        try {
          receipt = JSON.parse(text) as Receipt;
        } catch {
          receipt = undefined;
        }
      } catch (err) {
        run.requests++;
        run.latenciesMs.push(performance.now() - t0);
        fail(`client ${ci} feed ${n}: network error ${(err as Error).name}: ${(err as Error).message}`);
        continue;
      }
      run.requests++;
      run.latenciesMs.push(performance.now() - t0);
      if (status !== 202 || !receipt) {
        fail(`client ${ci} feed ${n}: HTTP ${status}`);
        continue;
      }
      const rejected = new Set<string>();
      for (const r of receipt.rejected ?? []) {
        rejected.add(String(r.adId));
        fail(`client ${ci} feed ${n}: ad ${r.adId} rejected ${JSON.stringify(r.errors)}`);
      }
      const acceptedHere = ads.filter((a) => !rejected.has(a.adId));
      if (receipt.accepted !== acceptedHere.length)
        fail(`client ${ci} feed ${n}: accepted ${String(receipt.accepted)} of ${ads.length}`);
      for (const a of acceptedHere) run.accepted.add(adKey(c.platform, a.adId));
    }
  };

  await Promise.all(o.clients.map((c, i) => client(c, i)));
  run.seconds = (performance.now() - started) / 1000;
  return run;
}

/** The q-quantile (0–1) of the values, nearest-rank; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}
