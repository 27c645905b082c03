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
});
