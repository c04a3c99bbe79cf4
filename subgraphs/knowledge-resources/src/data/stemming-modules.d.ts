// The Snowball stemmers of @nlpjs ship without type declarations; stemming.ts uses only `stemWord`.
declare module '@nlpjs/lang-en-min/src/stemmer-en.js' {
  export default class StemmerEn { stemWord(word: string): string }
}
declare module '@nlpjs/lang-fr/src/stemmer-fr.js' {
  export default class StemmerFr { stemWord(word: string): string }
}
declare module '@nlpjs/lang-es/src/stemmer-es.js' {
  export default class StemmerEs { stemWord(word: string): string }
}
