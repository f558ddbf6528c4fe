/**
 * Checks an Azure Storage connection string's shape before anything connects,
 * with the same rules @azure/storage-blob applies when it parses one, so a
 * wrong value is refused at start by name. Messages never repeat the value:
 * it holds an account key or a SAS token.
 */

/** What is wrong with the connection string, or undefined when its shape is usable. */
export function connectionStringProblem(connectionString: string): string | undefined {
  const text = connectionString.trim();
  // Azurite's shorthand; the SDK expands it to the emulator's well-known account on 127.0.0.1:10000.
  if (text.startsWith('UseDevelopmentStorage=true')) return undefined;

  const parts = new Map<string, string>();
  for (const segment of text.split(';').filter((s) => s.trim() !== '')) {
    const equals = segment.indexOf('=');
    if (equals <= 0) return 'must be Key=Value pairs separated by ";", as shown under the storage account\'s Access keys';
    parts.set(segment.slice(0, equals).trim(), segment.slice(equals + 1).trim());
  }

  const blobEndpoint = parts.get('BlobEndpoint');
  if (blobEndpoint !== undefined && !isHttpUrl(blobEndpoint)) return 'has a BlobEndpoint that is not an http(s) URL';

  if (parts.has('DefaultEndpointsProtocol') && parts.has('AccountKey')) {
    if (!parts.get('AccountName')) return 'needs an AccountName';
    if (!isBase64(parts.get('AccountKey') ?? '')) return 'has an AccountKey that is not a base64 key';
    if (blobEndpoint) return undefined;
    if (!['http', 'https'].includes((parts.get('DefaultEndpointsProtocol') ?? '').toLowerCase())) return 'needs DefaultEndpointsProtocol=https (or http)';
    if (!parts.get('EndpointSuffix')) return 'needs EndpointSuffix (e.g. core.windows.net) or a BlobEndpoint';
    return undefined;
  }

  if (blobEndpoint && parts.get('SharedAccessSignature')) return undefined;
  return 'needs DefaultEndpointsProtocol, AccountName and AccountKey, or BlobEndpoint and SharedAccessSignature (or UseDevelopmentStorage=true for Azurite)';
}

function isHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(value) && URL.canParse(value);
}

function isBase64(value: string): boolean {
  return value.length > 0 && value.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(value);
}
