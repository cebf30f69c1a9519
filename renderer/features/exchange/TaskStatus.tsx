import type { ExchangeTask } from './use-exchange-task';

/** The outcome line of an exchange action, announced to screen readers. */
export function TaskStatus({ task }: { task: ExchangeTask }) {
  return (
    <p className={task.error ? 'exchange-status field-error' : 'exchange-status'} role="status">
      {task.error ?? task.message ?? ''}
    </p>
  );
}
