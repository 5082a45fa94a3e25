import { BinaryReader, WireType } from '@bufbuild/protobuf/wire';
import { OtpUriError } from './errors';
import { messages } from './messages';

/** One account as Google Authenticator's export message stores it. */
export interface ExportedFields {
  secret: Uint8Array;
  name: string;
  issuer: string;
  /** 0 unset, 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5. */
  algorithm: number;
  /** 0 unset, 1 six digits, 2 eight digits. */
  digits: number;
  /** 0 unset, 1 HOTP, 2 TOTP. */
  type: number;
  counter: bigint;
}

/** The whole export message of one QR code. */
export interface ExportFields {
  accounts: ExportedFields[];
  /** How many QR codes the export spans; 0 when unset. */
  batchSize: number;
  batchIndex: number;
  /** The same on every QR code of one export. */
  batchId: number;
}

// The wire type each known field must have. Unknown fields are skipped,
// as protobuf readers do, so a newer exporter can add some.
const PAYLOAD_WIRE_TYPES = new Map([
  [1, WireType.LengthDelimited],
  [2, WireType.Varint],
  [3, WireType.Varint],
  [4, WireType.Varint],
  [5, WireType.Varint],
]);

const ACCOUNT_WIRE_TYPES = new Map([
  [1, WireType.LengthDelimited],
  [2, WireType.LengthDelimited],
  [3, WireType.LengthDelimited],
  [4, WireType.Varint],
  [5, WireType.Varint],
  [6, WireType.Varint],
  [7, WireType.Varint],
]);

/**
 * Yields each known field of a message with the reader at its value,
 * which the caller reads before asking for the next field.
 */
function* readFields(
  bytes: Uint8Array,
  wireTypes: Map<number, WireType>,
): Generator<[number, BinaryReader]> {
  const reader = new BinaryReader(bytes);

  while (reader.pos < reader.len) {
    const [field, wireType] = reader.tag();
    const expected = wireTypes.get(field);

    if (expected === undefined) {
      reader.skip(wireType, field);
      continue;
    }

    if (wireType !== expected) {
      throw new Error(`field ${field} has wire type ${wireType}`);
    }

    yield [field, reader];
  }
}

function readAccount(bytes: Uint8Array): ExportedFields {
  const account: ExportedFields = {
    secret: new Uint8Array(0),
    name: '',
    issuer: '',
    algorithm: 0,
    digits: 0,
    type: 0,
    counter: 0n,
  };

  for (const [field, reader] of readFields(bytes, ACCOUNT_WIRE_TYPES)) {
    if (field === 1) account.secret = reader.bytes();
    else if (field === 2) account.name = reader.string();
    else if (field === 3) account.issuer = reader.string();
    else if (field === 4) account.algorithm = reader.int32();
    else if (field === 5) account.digits = reader.int32();
    else if (field === 6) account.type = reader.int32();
    else account.counter = BigInt(reader.int64());
  }

  return account;
}

function readPayload(bytes: Uint8Array): ExportFields {
  const payload: ExportFields = {
    accounts: [],
    batchSize: 0,
    batchIndex: 0,
    batchId: 0,
  };

  for (const [field, reader] of readFields(bytes, PAYLOAD_WIRE_TYPES)) {
    // Field 2, the format version, changes nothing we read.
    if (field === 1) payload.accounts.push(readAccount(reader.bytes()));
    else if (field === 2) reader.int32();
    else if (field === 3) payload.batchSize = reader.int32();
    else if (field === 4) payload.batchIndex = reader.int32();
    else payload.batchId = reader.int32();
  }

  return payload;
}

/**
 * Reads the protobuf message of a Google Authenticator export. Fields may
 * come in any order or not at all, as the protobuf encoding allows.
 */
export function readExportFields(bytes: Uint8Array): ExportFields {
  try {
    return readPayload(bytes);
  } catch (error) {
    // BinaryReader signals truncated or impossible input with a plain
    // Error or RangeError; nothing else here throws, so none is a bug.
    if (error instanceof Error) {
      throw new OtpUriError('migration-invalid', messages.migrationGarbled);
    }

    throw error;
  }
}
