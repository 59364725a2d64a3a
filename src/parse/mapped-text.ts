/**
 * A string assembled from pieces of the source (continuation lines joined, comment lines
 * dropped, heredoc bodies appended) that still knows where each of its characters came from, so
 * that anything found in it can be reported at its real line and column.
 */
export interface Segment {
  /** Offset in the assembled text. */
  readonly at: number;
  /** Offset in the source where this piece starts. */
  readonly source: number;
  readonly length: number;
}

export class MappedText {
  constructor(
    readonly text: string,
    private readonly segments: readonly Segment[],
  ) {}

  static fromSource(source: string, start: number, end: number): MappedText {
    return new MappedText(source.slice(start, end), [{ at: 0, source: start, length: end - start }]);
  }

  static empty(sourceOffset: number): MappedText {
    return new MappedText('', [{ at: 0, source: sourceOffset, length: 0 }]);
  }

  /** Source offset of a text offset; offsets past a piece's end map to just after it. */
  toSource(offset: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.at <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo]!;
    return seg.source + Math.min(offset - seg.at, seg.length);
  }

  /** Source offset just past the character before a text end offset. */
  toSourceEnd(end: number): number {
    return end === 0 ? this.toSource(0) : this.toSource(end - 1) + 1;
  }

  /** Sub-range of this text, keeping the mapping. */
  slice(start: number, end = this.text.length): MappedText {
    const out: Segment[] = [];
    for (const seg of this.segments) {
      const s = Math.max(start, seg.at);
      const e = Math.min(end, seg.at + seg.length);
      if (e > s || (seg.length === 0 && seg.at >= start && seg.at <= end)) {
        out.push({ at: s - start, source: seg.source + (s - seg.at), length: Math.max(0, e - s) });
      }
    }
    if (out.length === 0) out.push({ at: 0, source: this.toSource(start), length: 0 });
    return new MappedText(this.text.slice(start, end), out);
  }

  /** This text followed by others, each keeping its own mapping. */
  concat(...others: MappedText[]): MappedText {
    let text = this.text;
    // A copy by slice and segments written out in full: a spread array and a spread segment are
    // shapes of their own to V8, which deoptimise the look-ups in every mapped text.
    const segments = this.segments.slice();
    for (const other of others) {
      for (const seg of other.segments) segments.push({ at: seg.at + text.length, source: seg.source, length: seg.length });
      text += other.text;
    }
    return new MappedText(text, segments);
  }

  /** Text with no source of its own (a joining line break), placed at a source offset. */
  static synthetic(text: string, sourceOffset: number): MappedText {
    return new MappedText(text, [{ at: 0, source: sourceOffset, length: 0 }]);
  }

  /** The same text without leading and trailing white space. */
  trim(): MappedText {
    const text = this.text;
    let s = 0;
    let e = text.length;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    return s === 0 && e === text.length ? this : this.slice(s, e);
  }
}

/** Builds a MappedText piece by piece. */
export class MappedTextBuilder {
  private text = '';
  private readonly segments: Segment[] = [];

  constructor(private readonly source: string) {}

  append(start: number, end: number): void {
    if (end <= start) return;
    this.segments.push({ at: this.text.length, source: start, length: end - start });
    this.text += this.source.slice(start, end);
  }

  /** Adds text that has no source of its own, mapped to a source offset (e.g. a line break). */
  appendSynthetic(text: string, sourceOffset: number): void {
    this.segments.push({ at: this.text.length, source: sourceOffset, length: 0 });
    this.text += text;
  }

  build(fallbackOffset: number): MappedText {
    if (this.segments.length === 0) return MappedText.empty(fallbackOffset);
    return new MappedText(this.text, this.segments);
  }
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}
