import { ExchangePanel } from '../exchange/ExchangePanel';
import { MergePanel } from '../merge/MergePanel';

/** Team work: codebook and project exchange, and merging coders' projects. */
export function TeamView() {
  return (
    <div className="main-view team-view">
      <ExchangePanel />
      <MergePanel />
    </div>
  );
}
