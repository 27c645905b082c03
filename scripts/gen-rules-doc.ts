/** `npm run docs`: writes docs/rules.md and docs/feed.schema.json from the code. */
import { writeFileSync } from 'node:fs';
import { feedJsonSchema, rulesMarkdown } from '#shared/docs/generate.ts';

writeFileSync('docs/rules.md', rulesMarkdown());
writeFileSync('docs/feed.schema.json', feedJsonSchema());
console.log('wrote docs/rules.md and docs/feed.schema.json');
