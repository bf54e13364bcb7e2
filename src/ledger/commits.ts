import { SnapError } from '../errors/snap-error.js';

/**
 * What a writer gets when the disk refused its commit: a SNAP 500xx01 (the HTTP layer adds the
 * service code) whose journal diagnostics say why. Nothing of the operation is left in memory
 * (the store rolls it back: storage/unit-of-work.ts).
 */
export class StoreRefusedError extends SnapError {
  constructor(readonly reason: Error) {
    super('InternalServerError');
    this.withDiagnostics({
      store: reason.message,
      ...((reason as NodeJS.ErrnoException).code ? { code: (reason as NodeJS.ErrnoException).code } : {}),
      hint: 'the disk refused to write DATA_FILE: nothing of this call was kept (see GET /health)',
    });
  }
}
