/** One measured figure of `npm run bench`. */
export interface BenchResult {
  name: string;
  unit: 'ms';
  median: number;
  p95?: number;
  baseline?: number;
  ratio?: number;
  target?: string;
}
