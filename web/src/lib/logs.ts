// Every log line the web app writes has a stable name, so it can be searched for in the
// browser console and, later, forwarded to a collector without rewording.
export const logs = {
  invalidDocument(path: string, problems: string): void {
    console.error('[invalid-document]', path, problems);
  },
  pendingWritesKept(): void {
    console.warn('[pending-writes-kept]', 'offline records not yet sent: device cache kept');
  },
  unexpectedError(where: string, error: unknown): void {
    console.error('[unexpected-error]', where, error);
  },
};
