/**
 * Aho–Corasick automaton: finds every occurrence of many strings in one pass
 * over the text, in time linear in the text's length whatever the number of
 * strings. Patterns and text are compared by UTF-16 code unit.
 */
export class AhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: Int32Array;
  /** Pattern ending exactly at each state, or -1. */
  private readonly ownOutput: Int32Array;
  /** Nearest state on the fail chain that has an output (dictionary suffix link), or -1. */
  private readonly outputLink: Int32Array;

  constructor(readonly patterns: readonly string[]) {
    const own: number[] = [-1];
    patterns.forEach((pattern, index) => {
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        let target = this.next[state]!.get(code);
        if (target === undefined) {
          target = this.next.length;
          this.next.push(new Map());
          own.push(-1);
          this.next[state]!.set(code, target);
        }
        state = target;
      }
      if (pattern.length && own[state] === -1) own[state] = index;
    });

    const size = this.next.length;
    this.fail = new Int32Array(size);
    this.ownOutput = Int32Array.from(own);
    this.outputLink = new Int32Array(size).fill(-1);
    // Breadth-first, so a state's fail target is final before its children need it.
    const queue: number[] = [];
    for (const child of this.next[0]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, child] of this.next[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.next[f]!.has(code)) f = this.fail[f]!;
        const target = this.next[f]!.get(code);
        const failTo = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failTo;
        this.outputLink[child] = this.ownOutput[failTo]! !== -1 ? failTo : this.outputLink[failTo]!;
        queue.push(child);
      }
    }
  }

  /**
   * Calls `found(patternIndex, end)` for each occurrence, `end` being the
   * index just after it. Returning false from `found` stops the scan.
   */
  scan(text: string, found: (pattern: number, end: number) => boolean | void): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let target = this.next[state]!.get(code);
      while (target === undefined && state !== 0) {
        state = this.fail[state]!;
        target = this.next[state]!.get(code);
      }
      state = target ?? 0;
      for (let s = this.ownOutput[state] !== -1 ? state : this.outputLink[state]!; s !== -1; s = this.outputLink[s]!) {
        if (found(this.ownOutput[s]!, i + 1) === false) return;
      }
    }
  }
}
