import { apiDocumentFileName } from '../build-api-documents.ts';

/** An OpenAPI or AsyncAPI document served beside the pages. */
export interface DocsDownload {
  label: string;
  /** `sendbird.openapi.json`. */
  file: string;
}

/** The OpenAPI 3.1 and AsyncAPI 3.0 documents of one vendor (`vendorId`), or of every vendor (undefined). */
export function apiDownloads(vendorName: string, vendorId: string | undefined): DocsDownload[] {
  return (['openapi', 'asyncapi'] as const).map((kind) => ({
    label: `${kind === 'openapi' ? 'OpenAPI 3.1' : 'AsyncAPI 3.0'}, ${vendorName}`,
    file: apiDocumentFileName(kind, vendorId),
  }));
}
