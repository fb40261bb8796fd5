/**
 * Results handed out in the order their tasks were admitted, whatever order the workers finish them in,
 * so a scan's output is the same on every run. Admission waits while too many tasks are not yet handed
 * out or too many bytes are in the workers: that bounds both the memory of the queue and of the results
 * waiting for a slow task before them.
 */
export class OrderedResults<T> {
  private admitted = 0;
  private emitted = 0;
  private bytesInFlight = 0;
  private readonly finished = new Map<number, T>();
  private waiters: Array<() => void> = [];

  constructor(
    private readonly maxPending: number,
    private readonly maxBytes: number,
    private readonly emit: (result: T) => void,
  ) {}

  /**
   * Waits for room, then reserves the next place. `bytes` counts until the result is given to the
   * returned function; a task larger than `maxBytes` is admitted alone.
   */
  async admit(bytes: number): Promise<(result: T) => void> {
    while (
      this.admitted - this.emitted >= this.maxPending ||
      (this.bytesInFlight > 0 && this.bytesInFlight + bytes > this.maxBytes)
    ) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    const place = this.admitted++;
    this.bytesInFlight += bytes;
    return (result) => {
      this.bytesInFlight -= bytes;
      this.finished.set(place, result);
      this.flush();
    };
  }

  /** Resolves once every admitted result has been handed out. */
  async drained(): Promise<void> {
    while (this.emitted < this.admitted) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private flush(): void {
    let result = this.finished.get(this.emitted);
    while (result !== undefined) {
      this.finished.delete(this.emitted);
      this.emitted++;
      this.emit(result);
      result = this.finished.get(this.emitted);
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
