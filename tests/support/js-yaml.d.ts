// js-yaml ships no types; the tests use only load(), which returns untyped data to be checked.
declare module 'js-yaml' {
  const yaml: { load(text: string): unknown };
  export default yaml;
}
