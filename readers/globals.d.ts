/**
 * The one platform API the readers use beside ES: TextDecoder (WHATWG Encoding standard), global in every browser
 * and in Node since 11. Declared here so this project needs neither the DOM's nor Node's types.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array | ArrayBuffer, options?: { stream?: boolean }): string;
}
