// The Snowball stemmers of @nlpjs ship without type declarations; stemming.ts runs their generated programs.
declare module '@nlpjs/lang-en-min/src/stemmer-en.js' {
  /** A Snowball program: set the word, run the algorithm, read the stem. */
  export interface SnowballProgram {
    setCurrent(word: string): void;
    innerStem(): void;
    getCurrent(): string;
  }
  export default class StemmerEn implements SnowballProgram {
    setCurrent(word: string): void;
    innerStem(): void;
    getCurrent(): string;
  }
}
declare module '@nlpjs/lang-fr/src/stemmer-fr.js' {
  import type { SnowballProgram } from '@nlpjs/lang-en-min/src/stemmer-en.js';
  export default class StemmerFr implements SnowballProgram {
    setCurrent(word: string): void;
    innerStem(): void;
    getCurrent(): string;
  }
}
declare module '@nlpjs/lang-es/src/stemmer-es.js' {
  import type { SnowballProgram } from '@nlpjs/lang-en-min/src/stemmer-en.js';
  export default class StemmerEs implements SnowballProgram {
    setCurrent(word: string): void;
    innerStem(): void;
    getCurrent(): string;
  }
}
