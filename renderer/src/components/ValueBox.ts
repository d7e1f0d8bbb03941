/**
 * Holds what a form's resolver checks against (the live reads of the records around it), set by
 * an effect once they arrive and read by the resolver when she types: a value outside React's
 * render, so kept outside it (a ref may not be handed to a function called in render).
 */
export class ValueBox<T> {
  private value: T;
  constructor(initial: T) {
    this.value = initial;
  }
  get = (): T => this.value;
  set(next: T): void {
    this.value = next;
  }
}
