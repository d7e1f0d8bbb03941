/**
 * A catalog of another language has the zh-CN catalog's shape with any words: every key the
 * zh-CN text has, no other (object literals are checked for excess keys), all strings.
 */
export type DeepStrings<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]>;
};
