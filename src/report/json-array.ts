/**
 * The text `JSON.stringify(document, null, 2)` gives for a document that ends with one array,
 * written an item at a time: for the formats whose findings are a list (GitLab, rdjson), so that
 * a run can write each file's items as it is analysed.
 */

export interface JsonArrayWriter {
  items(values: readonly unknown[]): void;
  end(): void;
}

/**
 * `before` is the document's text up to the array, `after` the text that follows it (its
 * closing brackets and the final line break); `depth` is how many brackets hold the array's
 * items (1 for a document that is the array).
 */
export function jsonArrayWriter(write: (text: string) => void, before: string, after: string, depth: number): JsonArrayWriter {
  const pad = '  '.repeat(depth);
  let count = 0;
  return {
    items(values) {
      let text = '';
      for (const value of values) {
        text += `${count === 0 ? `${before}[\n` : ',\n'}${pad}${JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`)}`;
        count++;
      }
      if (text !== '') write(text);
    },
    end() {
      write(count === 0 ? `${before}[]${after}` : `\n${'  '.repeat(depth - 1)}]${after}`);
    },
  };
}
