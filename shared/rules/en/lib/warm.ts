/**
 * V8 compiles a regex on its first run and again to machine code once it is hot; for the large word
 * alternations of the English rules that costs milliseconds each. Running every pattern twice at module
 * load moves that cost to cold start, so no ad pays it inside the engine's per-ad time budget.
 */
const SAMPLE =
  'We are hiring a female receptionist aged 25-35, under 30 years old, native English speaker, Christian, able-bodied, not pregnant, single. He will work with our young team. ';

export function warm(...patterns: RegExp[]): void {
  for (const re of patterns) {
    for (let i = 0; i < 2; i++) {
      re.lastIndex = 0;
      if (re.global) while (re.exec(SAMPLE) !== null);
      else re.test(SAMPLE);
    }
    re.lastIndex = 0;
  }
}
