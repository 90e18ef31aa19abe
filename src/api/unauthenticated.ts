// What to do when the server says the session is gone. Kept apart from http.ts (axios) so the app shell
// can install the handler at launch without pulling the request layer into the first download.
let handler: (() => void) | null = null

/** Set by the auth feature at launch. */
export function setUnauthenticatedHandler(next: () => void) {
  handler = next
}

export function notifyUnauthenticated() {
  handler?.()
}
