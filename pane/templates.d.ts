/** Report templates are bundled as text (esbuild's text loader). */
declare module '*.mustache' {
  const text: string;
  export default text;
}
