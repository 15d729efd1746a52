/** The reason the suite cannot run; the CLI prints it on one line and exits 2. */
export class SetupError extends Error {}
