/**
 * What makes a good place to break a caption line, as data (English). Subtitle style guides
 * (BBC, Netflix) break after a clause ends and before a conjunction or preposition, and never
 * leave an article or preposition hanging at the end of a line.
 */
export interface LineBreakRules {
  /** Characters that end a clause; a line may end after a word ending in one of them. */
  clauseEndings: readonly string[];
  /** Closing quotes and brackets looked through when finding a word's last character. */
  closers: readonly string[];
  /** Opening quotes and brackets looked through when finding a word's first letters. */
  openers: readonly string[];
  /** Words a new line reads well starting with: conjunctions and prepositions (lower case). */
  breakBeforeWords: readonly string[];
  /** Words that belong with the next one and should not end a line (lower case). */
  keepWithNextWords: readonly string[];
  /**
   * Costs in squared font sizes (ems), the unit of the balance cost: a bonus of 8 accepts lines
   * about 2 ems (four or five letters) longer or shorter each than perfect balance.
   */
  weights: {
    afterClauseEnding: number;
    beforeBreakWord: number;
    keepWithNext: number;
  };
}

const CONJUNCTIONS = [
  'and',
  'but',
  'or',
  'nor',
  'so',
  'yet',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'when',
  'whenever',
  'where',
  'if',
  'unless',
  'until',
  'since',
  'than',
  'that',
  'which',
  'who',
  'whose',
  'whether',
  'once',
];

const PREPOSITIONS = [
  'about',
  'above',
  'across',
  'after',
  'against',
  'along',
  'among',
  'around',
  'as',
  'at',
  'before',
  'behind',
  'below',
  'beneath',
  'beside',
  'between',
  'beyond',
  'by',
  'despite',
  'down',
  'during',
  'except',
  'for',
  'from',
  'in',
  'inside',
  'into',
  'like',
  'near',
  'of',
  'off',
  'on',
  'onto',
  'out',
  'outside',
  'over',
  'past',
  'per',
  'through',
  'throughout',
  'to',
  'toward',
  'towards',
  'under',
  'underneath',
  'unlike',
  'up',
  'upon',
  'via',
  'with',
  'within',
  'without',
];

const DETERMINERS = [
  'a',
  'an',
  'the',
  'my',
  'your',
  'his',
  'her',
  'its',
  'our',
  'their',
  'this',
  'these',
  'those',
  'every',
  'each',
  'no',
];

export const ENGLISH_LINE_BREAK_RULES: LineBreakRules = {
  clauseEndings: ['.', ',', ';', ':', '!', '?', '…', '—', '–'],
  closers: ['"', "'", '”', '’', ')', ']', '»'],
  openers: ['"', "'", '“', '‘', '(', '[', '«', '¿', '¡'],
  breakBeforeWords: [...CONJUNCTIONS, ...PREPOSITIONS],
  keepWithNextWords: [...DETERMINERS, ...CONJUNCTIONS, ...PREPOSITIONS],
  weights: { afterClauseEnding: 8, beforeBreakWord: 4, keepWithNext: 6 },
};
