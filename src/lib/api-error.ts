// The transport throws these and never shows UI; pages decide how to present them.
export type ApiErrorKind =
  | 'network' // the request never reached the API (offline, DNS, CORS, connection refused)
  | 'auth' // HTTP 401: missing, invalid or revoked API key
  | 'forbidden' // HTTP 403 or a FORBIDDEN GraphQL error
  | 'notFound' // NOT_FOUND GraphQL error
  | 'validation' // BAD_USER_INPUT / CONFLICT / GraphQL validation errors
  | 'server'; // HTTP 5xx or any other GraphQL error

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly code: string | null;
  /** Every message the API returned (a GraphQL response may carry several). */
  readonly messages: readonly string[];

  constructor(
    kind: ApiErrorKind,
    messages: readonly string[],
    options: { status?: number | null; code?: string | null; cause?: unknown } = {},
  ) {
    super(messages.join('\n') || defaultMessage(kind), { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status ?? null;
    this.code = options.code ?? null;
    this.messages = messages.length > 0 ? messages : [defaultMessage(kind)];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function defaultMessage(kind: ApiErrorKind): string {
  switch (kind) {
    case 'network':
      return 'Could not reach the FiftyOne API.';
    case 'auth':
      return 'The API key was refused.';
    case 'forbidden':
      return 'You do not have permission to do this.';
    case 'notFound':
      return 'Not found.';
    case 'validation':
      return 'The request was refused.';
    case 'server':
      return 'The FiftyOne API failed to answer.';
  }
}

/** A short title for an error state: what kind of failure this was. */
export function errorTitle(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong';
  switch (error.kind) {
    case 'network':
      return 'Cannot reach the FiftyOne API';
    case 'auth':
      return 'Your API key was refused';
    case 'forbidden':
      return 'Not allowed';
    case 'notFound':
      return 'Not found';
    case 'validation':
      return 'Request refused';
    case 'server':
      return 'The FiftyOne API returned an error';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
