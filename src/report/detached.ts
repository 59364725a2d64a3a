/**
 * A copy of what a run keeps of a file's report past the file's analysis. A string taken from a
 * Dockerfile (an image name, a message that quotes the file) is, in V8, a slice or a join of
 * pieces of the file's text, and keeps that whole text alive: a corpus run keeping such strings
 * kept every file's text to the end. The copy holds the characters alone.
 */
export function detached<T>(value: T): T {
  return structuredClone(value);
}
