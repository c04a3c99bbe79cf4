// Derives src/data/reference/sdg.json (the 17 goals and 169 targets in English, French and Spanish) from the YAML
// reference copy of open-sdg/sdg-translations (commit 0cda585, MIT) that /work/shared/reference/sdg/ holds. The
// seed reads the JSON, so the subgraph needs neither the YAML nor a parser at run time. Run again only when the
// reference copy changes (yaml is a devDependency of this package):
// npx tsx subgraphs/gcm-objectives/scripts/derive-sdg.ts [reference folder]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const folder = process.argv[2] ?? '/work/shared/reference/sdg';
const LANGUAGES = ['en', 'fr', 'es'] as const;
// NFC: the French copy spells some accents as a letter plus a combining mark, which neither compares nor searches
// equal to the composed letter clients type.
const read = (lang: string, file: string) => parse(readFileSync(`${folder}/${lang}/${file}`, 'utf8').normalize('NFC')) as Record<string, string>;

// Targets sort by goal, then numbered targets before lettered ones (the means of implementation), as in A/RES/70/1.
const order = (part: string) => (/^\d+$/.test(part) ? Number(part) : 1000 + part.charCodeAt(0));

const goals = read('en', 'global_goals.yml');
const byLang = Object.fromEntries(LANGUAGES.map((l) => [l, { goals: read(l, 'global_goals.yml'), targets: read(l, 'global_targets.yml') }]));
const out = {
  source: 'A/RES/70/1 (https://sdgs.un.org/2030agenda); titles in en/fr/es from open-sdg/sdg-translations commit 0cda585 (MIT)',
  goals: Object.keys(goals).filter((k) => k.endsWith('-title')).map((k) => Number(k.split('-')[0])).sort((a, b) => a - b).map((n) => ({
    number: n,
    title: Object.fromEntries(LANGUAGES.map((l) => [l, byLang[l].goals[`${n}-title`]])),
    short: Object.fromEntries(LANGUAGES.map((l) => [l, byLang[l].goals[`${n}-short`]])),
  })),
  targets: Object.keys(byLang.en.targets).map((k) => k.split('-')).sort((a, b) => Number(a[0]) - Number(b[0]) || order(a[1]) - order(b[1])).map(([g, t]) => ({
    code: `${g}.${t}`,
    goal: Number(g),
    title: Object.fromEntries(LANGUAGES.map((l) => [l, byLang[l].targets[`${g}-${t}-title`]])),
  })),
};
for (const item of [...out.goals, ...out.targets]) {
  for (const l of LANGUAGES) if (!item.title[l]) throw new Error(`no ${l} title for ${'code' in item ? item.code : item.number}`);
}
if (out.goals.length !== 17 || out.targets.length !== 169) throw new Error(`expected 17 goals and 169 targets, got ${out.goals.length} and ${out.targets.length}`);
writeFileSync(fileURLToPath(new URL('../src/data/reference/sdg.json', import.meta.url)), `${JSON.stringify(out, null, 1)}\n`);
