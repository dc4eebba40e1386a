/** The command could not run at all (exit code 2): no programme, unreadable folder, bad option. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The data has problems that stop the command (exit code 1). */
export class DataError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'DataError';
  }
}
