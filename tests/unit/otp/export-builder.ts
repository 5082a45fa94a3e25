import { BinaryWriter, WireType } from '@bufbuild/protobuf/wire';
import { Secret } from 'otpauth';

/** One account of a test export; left-out fields are not written at all. */
export interface TestAccount {
  secret?: Uint8Array;
  name?: string;
  issuer?: string;
  algorithm?: number;
  digits?: number;
  type?: number;
  counter?: bigint;
}

/** A test export message, and how to lay it out on the wire. */
export interface TestExport {
  accounts: TestAccount[];
  version?: number;
  batchSize?: number;
  batchIndex?: number;
  batchId?: number;
  /** Write every message's fields last to first. */
  isReversed?: boolean;
  /** Add fields of every wire type that the export does not define. */
  hasUnknownFields?: boolean;
}

type Field = (writer: BinaryWriter) => void;

/** The bytes of a base32 secret. */
export function bytesOf(base32: string): Uint8Array {
  return Secret.fromBase32(base32).bytes;
}

const unknownFields: Field[] = [
  (writer) => writer.tag(20, WireType.Varint).uint64(2n ** 63n),
  (writer) => writer.tag(21, WireType.Bit32).fixed32(7),
  (writer) => writer.tag(22, WireType.Bit64).fixed64(9),
  (writer) => writer.tag(23, WireType.LengthDelimited).string('x'.repeat(200)),
  (writer) =>
    writer
      .tag(24, WireType.StartGroup)
      .tag(1, WireType.Varint)
      .uint32(5)
      .tag(24, WireType.EndGroup),
];

function writeFields(fields: Field[], layout: TestExport): Uint8Array {
  const all = layout.hasUnknownFields ? [...unknownFields, ...fields] : fields;
  const ordered = layout.isReversed ? [...all].reverse() : all;
  const writer = new BinaryWriter();

  ordered.forEach((write) => write(writer));

  return writer.finish();
}

function encodeAccount(account: TestAccount, layout: TestExport): Uint8Array {
  const { secret, name, issuer, algorithm, digits, type, counter } = account;
  const text = WireType.LengthDelimited;
  const number = WireType.Varint;
  const fields: Field[] = [];

  if (secret) fields.push((writer) => writer.tag(1, text).bytes(secret));
  if (name !== undefined)
    fields.push((writer) => writer.tag(2, text).string(name));
  if (issuer !== undefined)
    fields.push((writer) => writer.tag(3, text).string(issuer));
  if (algorithm !== undefined)
    fields.push((writer) => writer.tag(4, number).int32(algorithm));
  if (digits !== undefined)
    fields.push((writer) => writer.tag(5, number).int32(digits));
  if (type !== undefined)
    fields.push((writer) => writer.tag(6, number).int32(type));
  if (counter !== undefined)
    fields.push((writer) => writer.tag(7, number).int64(counter));

  return writeFields(fields, layout);
}

/** The protobuf bytes of a test export. */
export function encodeExport(payload: TestExport): Uint8Array {
  const number = WireType.Varint;
  const fields: Field[] = payload.accounts.map((account) => {
    const bytes = encodeAccount(account, payload);

    return (writer) => writer.tag(1, WireType.LengthDelimited).bytes(bytes);
  });
  const { version, batchSize, batchIndex, batchId } = payload;

  if (version !== undefined)
    fields.push((writer) => writer.tag(2, number).int32(version));
  if (batchSize !== undefined)
    fields.push((writer) => writer.tag(3, number).int32(batchSize));
  if (batchIndex !== undefined)
    fields.push((writer) => writer.tag(4, number).int32(batchIndex));
  if (batchId !== undefined)
    fields.push((writer) => writer.tag(5, number).int32(batchId));

  return writeFields(fields, payload);
}

/** Standard base64 with padding, written independently of the reader. */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** An export QR code's text, its data percent-encoded or left raw. */
export function toExportUri(bytes: Uint8Array, isEncoded = false): string {
  const data = toBase64(bytes);
  const value = isEncoded ? encodeURIComponent(data) : data;

  return `otpauth-migration://offline?data=${value}`;
}
