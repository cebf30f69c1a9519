/** What a CLI command may touch besides the project: output streams, environment, cwd. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
}
