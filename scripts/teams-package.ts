/**
 * Builds the Microsoft Teams app package:
 *   npm run teams:package   ->   appPackage/build/stationdesk-teams.zip
 *
 * appPackage/manifest.json is committed with `${{NAME}}` placeholders so no bot
 * id is ever hard-coded. This fills them from the environment (and .env),
 * validates the result offline against the JSON schema bundled with
 * @microsoft/app-manifest, and zips it with the two icons. Variables:
 *   MicrosoftAppId     required, GUID: the bot's Microsoft App ID (Azure Bot registration)
 *   TEAMS_APP_ID       optional GUID, defaults to MicrosoftAppId
 *   BOT_DOMAIN         optional host name of the bot's endpoint, e.g. stationdesk.azurewebsites.net
 *   TEAMS_APP_VERSION  optional x.y.z, defaults to package.json's version
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

export const APP_PACKAGE_DIR = join(__dirname, '..', 'appPackage');
export const DEFAULT_OUT_FILE = join(APP_PACKAGE_DIR, 'build', 'stationdesk-teams.zip');

/** Why packaging stopped; the message names the variable or field to fix. */
export class TeamsPackageError extends Error {
  override name = 'TeamsPackageError';
}

export interface TeamsPackageConfig {
  microsoftAppId: string;
  teamsAppId: string;
  botDomain: string | undefined;
  appVersion: string;
}

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const HOST_NAME = /^(\*\.)?([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

/** `.env` templates leave unset values as `NAME=`; treat blank as unset. */
const blankToUnset = (value: unknown) =>
  typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim()) : value;

const quoted = (value: unknown) => JSON.stringify(value);

const environmentSchema = z.object({
  MicrosoftAppId: z.preprocess(
    blankToUnset,
    z
      .string({ error: "MicrosoftAppId is not set: put the bot's Microsoft App ID (a GUID) in the environment or .env" })
      .regex(GUID, { error: (issue) => `MicrosoftAppId must be a GUID, got ${quoted(issue.input)}` }),
  ),
  TEAMS_APP_ID: z.preprocess(
    blankToUnset,
    z.string().regex(GUID, { error: (issue) => `TEAMS_APP_ID must be a GUID, got ${quoted(issue.input)}` }).optional(),
  ),
  BOT_DOMAIN: z.preprocess(
    blankToUnset,
    z
      .string()
      .regex(HOST_NAME, {
        error: (issue) =>
          `BOT_DOMAIN must be a host name without https:// or a path (e.g. stationdesk.azurewebsites.net), got ${quoted(issue.input)}`,
      })
      .optional(),
  ),
  TEAMS_APP_VERSION: z.preprocess(
    blankToUnset,
    z.string().regex(SEMVER, { error: (issue) => `TEAMS_APP_VERSION must look like 1.2.3, got ${quoted(issue.input)}` }).optional(),
  ),
});

export function readPackageConfig(env: Record<string, string | undefined>): TeamsPackageConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new TeamsPackageError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  }
  const { MicrosoftAppId, TEAMS_APP_ID, BOT_DOMAIN, TEAMS_APP_VERSION } = parsed.data;
  const packageJson = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
  return {
    microsoftAppId: MicrosoftAppId,
    teamsAppId: TEAMS_APP_ID ?? MicrosoftAppId,
    botDomain: BOT_DOMAIN,
    appVersion: TEAMS_APP_VERSION ?? packageJson.version,
  };
}

/** The parts of the manifest this script reads; the schema checks the rest. */
export interface TeamsManifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  icons: { color: string; outline: string };
  bots?: { botId: string; commandLists?: { commands: { title: string; description?: string }[] }[] }[];
  validDomains?: string[];
  [field: string]: unknown;
}

/** Replaces every `${{NAME}}` in the template's strings; an unset BOT_DOMAIN leaves validDomains empty. */
export function fillManifest(template: string, config: TeamsPackageConfig): TeamsManifest {
  const values: Record<string, string> = {
    MICROSOFT_APP_ID: config.microsoftAppId,
    TEAMS_APP_ID: config.teamsAppId,
    BOT_DOMAIN: config.botDomain ?? '',
    TEAMS_APP_VERSION: config.appVersion,
  };
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_, name: string) => {
        if (!(name in values)) throw new TeamsPackageError(`appPackage/manifest.json uses an unknown placeholder \${{${name}}}`);
        return values[name];
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value)]));
    }
    return node;
  };
  const manifest = fill(JSON.parse(template)) as TeamsManifest;
  if (manifest.validDomains) manifest.validDomains = manifest.validDomains.filter((domain) => domain !== '');
  return manifest;
}

/** The bundled copy of the schema the manifest names, so validation never needs the network. */
export function bundledSchemaFor(schemaUrl: string): object {
  const prefix = 'https://developer.microsoft.com/json-schemas/teams/';
  if (!schemaUrl.startsWith(prefix)) throw new TeamsPackageError(`$schema must start with ${prefix}, got ${quoted(schemaUrl)}`);
  const buildDir = dirname(require.resolve('@microsoft/app-manifest'));
  const file = join(buildDir, 'json-schemas', 'teams', schemaUrl.slice(prefix.length));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new TeamsPackageError(`@microsoft/app-manifest does not bundle the schema ${schemaUrl}`);
  }
  // Microsoft's schemas contain \a and \v escapes that JSON does not allow (the package does the same).
  return JSON.parse(text.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as object;
}

/** Limits Teams puts on prompt starters, stricter than the schema's. */
const PROMPT_STARTERS = { perList: 10, title: 32, description: 128 };

/** Every problem found, as "field message" lines; an empty list means the manifest is valid. */
export async function validateManifest(manifest: TeamsManifest): Promise<string[]> {
  const schema = bundledSchemaFor(manifest.$schema);
  const problems = await AppManifestUtils.validateAgainstSchema(
    manifest as unknown as Parameters<typeof AppManifestUtils.validateAgainstSchema>[0],
    schema as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1],
  );
  manifest.bots?.forEach((bot, b) =>
    bot.commandLists?.forEach((list, l) => {
      const at = `/bots/${b}/commandLists/${l}/commands`;
      if (list.commands.length > PROMPT_STARTERS.perList) {
        problems.push(`${at} has ${list.commands.length} commands; Teams shows at most ${PROMPT_STARTERS.perList}`);
      }
      list.commands.forEach((command, c) => {
        if (command.title.length > PROMPT_STARTERS.title) {
          problems.push(`${at}/${c}/title is longer than ${PROMPT_STARTERS.title} characters`);
        }
        if ((command.description ?? '').length > PROMPT_STARTERS.description) {
          problems.push(`${at}/${c}/description is longer than ${PROMPT_STARTERS.description} characters`);
        }
      });
    }),
  );
  return problems;
}

/** Width and height from a PNG's IHDR chunk, which the format requires to come first. */
function pngSize(file: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (file.length < 24 || !file.subarray(0, 8).equals(signature) || file.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

function readIcon(relativePath: string, size: number): Buffer {
  const file = readFileSync(join(APP_PACKAGE_DIR, relativePath));
  const actual = pngSize(file);
  if (!actual || actual.width !== size || actual.height !== size) {
    throw new TeamsPackageError(`appPackage/${relativePath} must be a ${size}x${size} PNG`);
  }
  return file;
}

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/**
 * A zip archive of deflated files, no folders. Every entry carries the same
 * fixed date (1 Jan 1980) so the same inputs always give the same bytes.
 */
export function zip(entries: ZipEntry[]): Buffer {
  const DOS_TIME = 0;
  const DOS_DATE = (1 << 5) | 1;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header signature
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // flags: names are UTF-8
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28); // extra field length

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); // central directory header signature
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    local.copy(central, 8, 6, 26); // flags .. uncompressed size: the same as the local header
    central.writeUInt16LE(fileName.length, 28);
    // extra length, comment length, disk number, internal and external attributes stay 0
    central.writeUInt32LE(offset, 42);

    locals.push(local, fileName, compressed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory signature
  end.writeUInt16LE(entries.length, 8); // entries on this disk
  end.writeUInt16LE(entries.length, 10); // entries in total
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export interface BuiltPackage {
  outFile: string;
  manifest: TeamsManifest;
  /** Things that do not stop packaging but must be fixed before publishing. */
  warnings: string[];
}

export async function buildTeamsPackage(
  env: Record<string, string | undefined>,
  outFile: string = DEFAULT_OUT_FILE,
): Promise<BuiltPackage> {
  const config = readPackageConfig(env);
  const manifest = fillManifest(readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8'), config);
  const problems = await validateManifest(manifest);
  if (problems.length > 0) {
    throw new TeamsPackageError(`appPackage/manifest.json is not valid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  const archive = zip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
    { name: manifest.icons.color, data: readIcon(manifest.icons.color, 192) },
    { name: manifest.icons.outline, data: readIcon(manifest.icons.outline, 32) },
  ]);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, archive);

  const warnings: string[] = [];
  if (JSON.stringify(manifest.developer).includes('https://example.com/')) {
    warnings.push('developer.websiteUrl, privacyUrl and termsOfUseUrl are still example.com placeholders (appPackage/README.md)');
  }
  if (!config.botDomain) warnings.push('BOT_DOMAIN is not set, so validDomains is empty');
  return { outFile, manifest, warnings };
}

if (require.main === module) {
  loadDotenv({ quiet: true });
  buildTeamsPackage(process.env).then(
    ({ outFile, manifest, warnings }) => {
      console.log(`Wrote ${outFile} (app ${manifest.id}, version ${String(manifest.version)})`);
      for (const warning of warnings) console.warn(`warning: ${warning}`);
    },
    (error: unknown) => {
      console.error(error instanceof TeamsPackageError ? `teams:package failed: ${error.message}` : error);
      process.exitCode = 1;
    },
  );
}
