/**
 * Aho–Corasick automaton: finds every occurrence of many strings in one pass
 * over the text, in time linear in the text's length whatever the number of
 * strings. Patterns and text are compared by UTF-16 code unit.
 *
 * The trie lives in typed arrays: the root has a direct table (it is visited
 * for almost every character), other states keep their few edges in a linked
 * list. Long literal signatures make tries of hundreds of thousands of
 * states, and one object per state made building slow and memory-hungry.
 */
export class AhoCorasick {
  private readonly root = new Int32Array(0x10000); // code → state, 0 = none
  private firstEdge: Int32Array;
  private edgeNext: Int32Array;
  private edgeCode: Uint16Array;
  private edgeTarget: Int32Array;
  private edges = 0;
  private states = 1;
  private readonly fail: Int32Array;
  /** Pattern ending exactly at each state, or -1. */
  private readonly ownOutput: Int32Array;
  /** Nearest state on the fail chain that has an output (dictionary suffix link), or -1. */
  private readonly outputLink: Int32Array;

  constructor(readonly patterns: readonly string[]) {
    let capacity = 1;
    for (const p of patterns) capacity += p.length;
    this.firstEdge = new Int32Array(capacity).fill(-1);
    this.edgeNext = new Int32Array(capacity);
    this.edgeCode = new Uint16Array(capacity);
    this.edgeTarget = new Int32Array(capacity);
    const own = new Int32Array(capacity).fill(-1);

    const rootChildren: number[] = [];
    patterns.forEach((pattern, index) => {
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        let target = this.step(state, code);
        if (target === -1) {
          target = this.states++;
          if (state === 0) {
            this.root[code] = target;
            rootChildren.push(target);
          } else {
            const edge = this.edges++;
            this.edgeCode[edge] = code;
            this.edgeTarget[edge] = target;
            this.edgeNext[edge] = this.firstEdge[state]!;
            this.firstEdge[state] = edge;
          }
        }
        state = target;
      }
      if (pattern.length && own[state] === -1) own[state] = index;
    });

    this.fail = new Int32Array(this.states);
    this.ownOutput = own.subarray(0, this.states);
    this.outputLink = new Int32Array(this.states).fill(-1);
    // Breadth-first, so a state's fail target is final before its children need it.
    const order = new Int32Array(this.states);
    order.set(rootChildren);
    let tail = rootChildren.length;
    for (let head = 0; head < tail; head++) {
      const state = order[head]!;
      for (let edge = this.firstEdge[state]!; edge !== -1; edge = this.edgeNext[edge]!) {
        const code = this.edgeCode[edge]!;
        const child = this.edgeTarget[edge]!;
        let f = this.fail[state]!;
        let target = this.step(f, code);
        while (target === -1 && f !== 0) {
          f = this.fail[f]!;
          target = this.step(f, code);
        }
        const failTo = target === -1 || target === child ? 0 : target;
        this.fail[child] = failTo;
        this.outputLink[child] = this.ownOutput[failTo]! !== -1 ? failTo : this.outputLink[failTo]!;
        order[tail++] = child;
      }
    }
  }

  /** The state reached from `state` by `code`, or -1. */
  private step(state: number, code: number): number {
    if (state === 0) return this.root[code] || -1;
    for (let edge = this.firstEdge[state]!; edge !== -1; edge = this.edgeNext[edge]!) {
      if (this.edgeCode[edge] === code) return this.edgeTarget[edge]!;
    }
    return -1;
  }

  /**
   * Calls `found(patternIndex, end)` for each occurrence, `end` being the
   * index just after it. Returning false from `found` stops the scan.
   */
  scan(text: string, found: (pattern: number, end: number) => boolean | void): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let target = this.step(state, code);
      while (target === -1 && state !== 0) {
        state = this.fail[state]!;
        target = this.step(state, code);
      }
      state = target === -1 ? 0 : target;
      for (let s = this.ownOutput[state] !== -1 ? state : this.outputLink[state]!; s !== -1; s = this.outputLink[s]!) {
        if (found(this.ownOutput[s]!, i + 1) === false) return;
      }
    }
  }
}
