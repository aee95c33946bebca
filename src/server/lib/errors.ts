import type { ErrorCode, TFieldError } from '../../contracts/errors.js';

/** An error the caller can act on: a stable code from the catalogue, optionally per field. */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly fields?: TFieldError[],
    public readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = (): AppError => new AppError('not_found');
export const forbidden = (): AppError => new AppError('forbidden');
