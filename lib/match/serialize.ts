/**
 * The compiled dictionary in a form that survives extension messaging (JSON): typed arrays as
 * base64 strings, the alias text as it is. The background compiles once per knowledge-base
 * version; each page decodes instead of recompiling.
 */
import type { CompiledDictionary } from './dictionary';

export interface SerializedDictionary {
  aliasText: string;
  aliasStart: string;
  aliasEntityStart: string;
  aliasEntities: string;
  aliasFlags: string;
  aliasContext: string;
  aliasCapital: string;
  aliasCity: string;
  rootHash: string;
  rootChild: string;
  rootMask: number;
  slotParent: string;
  slotHash: string;
  slotChild: string;
  mask: number;
  nodeStart: string;
  nodeAliases: string;
}

function toBase64(view: ArrayBufferView): string {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

interface Base64Decoding {
  fromBase64?: (text: string) => Uint8Array;
}

function fromBase64(text: string): Uint8Array {
  // Native where the browser has it (Chromium 140+, Firefox 133+): a 100k-alias dictionary is
  // ten megabytes, far too much for a loop on the page's main thread.
  const native = (Uint8Array as unknown as Base64Decoding).fromBase64;
  if (native) return native.call(Uint8Array, text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const int32 = (text: string) => new Int32Array(fromBase64(text).buffer);

export function serializeDictionary(dict: CompiledDictionary): SerializedDictionary {
  return {
    aliasText: dict.aliasText,
    aliasStart: toBase64(dict.aliasStart),
    aliasEntityStart: toBase64(dict.aliasEntityStart),
    aliasEntities: toBase64(dict.aliasEntities),
    aliasFlags: toBase64(dict.aliasFlags),
    aliasContext: toBase64(dict.aliasContext),
    aliasCapital: toBase64(dict.aliasCapital),
    aliasCity: toBase64(dict.aliasCity),
    rootHash: toBase64(dict.rootHash),
    rootChild: toBase64(dict.rootChild),
    rootMask: dict.rootMask,
    slotParent: toBase64(dict.slotParent),
    slotHash: toBase64(dict.slotHash),
    slotChild: toBase64(dict.slotChild),
    mask: dict.mask,
    nodeStart: toBase64(dict.nodeStart),
    nodeAliases: toBase64(dict.nodeAliases),
  };
}

export function deserializeDictionary(data: SerializedDictionary): CompiledDictionary {
  return {
    aliasText: data.aliasText,
    aliasStart: int32(data.aliasStart),
    aliasEntityStart: int32(data.aliasEntityStart),
    aliasEntities: int32(data.aliasEntities),
    aliasFlags: new Uint16Array(fromBase64(data.aliasFlags).buffer),
    aliasContext: fromBase64(data.aliasContext),
    aliasCapital: fromBase64(data.aliasCapital),
    aliasCity: int32(data.aliasCity),
    rootHash: int32(data.rootHash),
    rootChild: int32(data.rootChild),
    rootMask: data.rootMask,
    slotParent: int32(data.slotParent),
    slotHash: int32(data.slotHash),
    slotChild: int32(data.slotChild),
    mask: data.mask,
    nodeStart: int32(data.nodeStart),
    nodeAliases: int32(data.nodeAliases),
  };
}
