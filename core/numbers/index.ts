/** Vietnamese counts and rates: reading cells and writing report figures. */
export { readCount, readRate, isDashText } from './parse';
export { splitNoteMark } from './note-mark';
export type { CountProblem, CountReading, RateProblem, RateReading } from './parse';
export { formatCount, formatPercent, formatRatio, ratioPercent, roundHalfUp, printedUnit, sheetNumberText } from './format';
