import { describe, expect, it } from 'vitest';
import { type AdInput, validateAd } from '#shared/feed/schema.ts';
import { contactKey, contactsOf, employerOf } from '#shared/signals/contacts.ts';

const ad = (a: Partial<AdInput>) => {
  const v = validateAd({ platform: 'p', adId: 'a1', title: '招聘', description: '招聘', ...a });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.ad;
};

describe('contactsOf', () => {
  it('reads contact fields and contacts written in the text, canonical and masked', () => {
    const a = ad({
      description: '有意者加微信：kk88991 或致电 138-1234-5678，简历发 Job.Team@Gmail.com',
      contact: { phone: '+86 138 1234 5678', im: 'vx: kk88991' },
    });
    const cs = contactsOf(a);
    expect(cs.map((c) => `${c.kind}:${c.value}`).sort()).toEqual([
      'email:job.team@gmail.com',
      'im:kk88991',
      'phone:13812345678',
    ]);
    const phone = cs.find((c) => c.kind === 'phone');
    expect(phone?.field).toBe('contact.phone');
    expect(phone?.masked).not.toContain('1234 5678');
    const email = cs.find((c) => c.kind === 'email');
    expect(email && a.description.slice(email.start, email.end)).toBe('Job.Team@Gmail.com');
    expect(email?.masked).toBe('J*******@Gmail.com');
  });

  it('hashes contacts into store keys: equal for equal contacts, never the number itself', () => {
    const k = contactKey({ kind: 'phone', value: '13812345678' });
    expect(k).toBe(contactKey({ kind: 'phone', value: '13812345678' }));
    expect(k).not.toContain('13812345678');
    expect(k).not.toBe(contactKey({ kind: 'phone', value: '13812345679' }));
  });
});

describe('employerOf', () => {
  it('prefers the credit code, then a normalised name, else the ad itself', () => {
    expect(employerOf(ad({ employer: { creditCode: '91110108mA01NK6T3N', name: 'X' } }))).toBe(
      'code:91110108MA01NK6T3N',
    );
    expect(employerOf(ad({ employer: { name: '北京恒达物流有限公司' } }))).toBe(
      employerOf(ad({ employer: { name: '北京恒达物流公司' } })),
    );
    expect(employerOf(ad({ employer: { name: 'Acme Inc.' } }))).toBe(employerOf(ad({ employer: { name: 'ACME' } })));
    expect(employerOf(ad({}))).toBe('anon:p:a1');
  });

  it('without a name, takes the same website or the same profile as the same employer', () => {
    const profile = 'ABC Supply is the largest wholesale distributor of roofing in the nation, since 1982.';
    const one = ad({ adId: 'a1', employer: { profile } });
    const two = ad({ adId: 'a2', employer: { profile: `  ${profile.toUpperCase()} ` } });
    expect(employerOf(one)).toMatch(/^profile:/);
    expect(employerOf(one)).toBe(employerOf(two));
    expect(employerOf(one)).not.toBe(employerOf(ad({ adId: 'a3', employer: { profile: `${profile} Also HVAC.` } })));
    expect(employerOf(ad({ employer: { website: 'https://www.acme.com/jobs?id=1' } }))).toBe(
      employerOf(ad({ adId: 'a9', employer: { website: 'acme.com' } })),
    );
    // a profile too short to tell companies apart does not identify one
    expect(employerOf(ad({ employer: { profile: 'We are hiring.' } }))).toBe('anon:p:a1');
  });
});

describe('IM handles in the text', () => {
  const ims = (description: string) =>
    contactsOf(ad({ description }))
      .filter((c) => c.kind === 'im')
      .map((c) => c.value);
  it('reads channel names only as words, and LINE only with an id or a colon', () => {
    expect(ims('Experience in online marketing and hotline support; line manager: Sarah')).toEqual([]);
    expect(ims('Ask the qqueen of sales; the tgv team')).toEqual([]);
    expect(ims('Add me on Telegram @jobsnow88 or LINE ID: thaijobs99')).toEqual(['jobsnow88', 'thaijobs99']);
    expect(ims('加微信 kk88991，QQ 12345678')).toEqual(['kk88991', '12345678']);
  });
});
