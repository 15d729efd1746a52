import { closeSync, existsSync, openSync, unlinkSync, writeFileSync } from 'node:fs';
import { SetupError } from '../model/setup-error.js';
import type { Report } from '../model/types.js';
import { formatHtmlReport } from './html.js';
import { formatJunitReport } from './junit.js';

/** Where each report goes, by its flag. */
export interface ReportPaths {
  json?: string;
  junit?: string;
  html?: string;
}

interface FormatOptions {
  /** `unconfirmed` counts as a failure (--strict). */
  strict?: boolean;
}

const FORMATS: Record<keyof ReportPaths, (report: Report, options: FormatOptions) => string> = {
  json: (report) => `${JSON.stringify(report, null, 2)}\n`,
  junit: formatJunitReport,
  html: formatHtmlReport,
};

function reason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return error.message;
  }
}

/**
 * Proves each report path can be written before the first request: a run that cannot save its
 * report should stop at once, not after minutes of checks. Leaves no file behind.
 */
export function assertReportPathsWritable(paths: ReportPaths): void {
  for (const [flag, path] of Object.entries(paths)) {
    if (!path) continue;
    const existed = existsSync(path);
    try {
      closeSync(openSync(path, 'a'));
      if (!existed) unlinkSync(path);
    } catch (error) {
      throw new SetupError(
        `cannot write --${flag} ${path}: ${reason(error as NodeJS.ErrnoException)}`,
      );
    }
  }
}

/** Writes every requested report; a failure is a SetupError naming the file. */
export function writeReports(
  report: Report,
  paths: ReportPaths,
  options: FormatOptions = {},
): void {
  for (const [flag, path] of Object.entries(paths) as [keyof ReportPaths, string | undefined][]) {
    if (!path) continue;
    try {
      writeFileSync(path, FORMATS[flag](report, options));
    } catch (error) {
      throw new SetupError(
        `cannot write --${flag} ${path}: ${reason(error as NodeJS.ErrnoException)}`,
      );
    }
  }
}
