/**
 * Start-up could not reach conversation storage. The message names the
 * variables to check and why it failed (an HTTP status or a network error
 * code), never the connection string itself: it holds the account key.
 */
export class StorageUnreachableError extends Error {
  readonly variable = 'AZURE_STORAGE_CONNECTION_STRING';

  constructor(container: string, reason: string, timeoutMs: number) {
    super(
      `Conversation storage is unreachable: could not open blob container "${container}" within ${timeoutMs / 1000} s (${reason}). ` +
        'Check AZURE_STORAGE_CONNECTION_STRING and AZURE_STORAGE_CONTAINER, and that this host can reach the storage account.',
    );
    this.name = 'StorageUnreachableError';
  }
}

/** A short, secret-free reason: "HTTP 403 AuthorizationFailure", "ECONNREFUSED", "no answer in time". */
export function reasonFor(error: unknown): string {
  if (!(error instanceof Error)) return 'unexpected error';
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return 'no answer in time';
  const { statusCode, code } = error as Error & { statusCode?: unknown; code?: unknown };
  const codeText = typeof code === 'string' && /^[\w.-]{1,60}$/.test(code) ? code : undefined;
  if (typeof statusCode === 'number') return [`HTTP ${statusCode}`, codeText].filter(Boolean).join(' ');
  return codeText ?? 'network error';
}
