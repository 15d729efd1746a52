/** A network failure in words a QA engineer can act on. */
export function describeNetworkError(error: NodeJS.ErrnoException): string {
  if (error.code === 'ECONNREFUSED')
    return `connection refused (${error.message.replace(/^connect ECONNREFUSED /, '')}): is the server running?`;
  return error.message;
}
