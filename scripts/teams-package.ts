/**
 * Builds the Microsoft Teams app package:
 *   npm run teams:package                            ->   appPackage/build/stationdesk-teams.zip
 *   npm run teams:package -- --allow-example-urls    (a test package with example.com developer pages)
 *   npm run teams:package -- --out=<file.zip>        (write the zip elsewhere)
 *
 * appPackage/manifest.json is committed with `${{NAME}}` placeholders so no bot
 * id or deployment URL is ever hard-coded. This fills them from the environment
 * (and .env), validates the result offline against the JSON schema bundled with
 * @microsoft/app-manifest plus Teams' own rules, and zips it with the two icons.
 * Variables:
 *   MicrosoftAppId          required, GUID: the bot's Microsoft App ID (Azure Bot registration)
 *   TEAMS_WEBSITE_URL       required https URL: the app's support / home page
 *   TEAMS_PRIVACY_URL       required https URL: its privacy statement
 *   TEAMS_TERMS_OF_USE_URL  required https URL: its terms of use
 *   TEAMS_DEVELOPER_NAME    optional, up to 32 characters; defaults to "StationDesk contributors"
 *   TEAMS_APP_ID            optional GUID, defaults to MicrosoftAppId
 *   BOT_DOMAIN              optional host name of the bot's endpoint, e.g. stationdesk.azurewebsites.net
 *   TEAMS_APP_VERSION       optional x.y.z, defaults to package.json's version
 * Example URLs (example.com, .test, .invalid, localhost) are refused unless
 * --allow-example-urls is given: a Teams admin would reject such an app.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
  developer: DeveloperInfo;
}

/** Who publishes the app, as the manifest's `developer` shows it to Teams users and admins. */
export interface DeveloperInfo {
  name: string;
  websiteUrl: string;
  privacyUrl: string;
  termsOfUseUrl: string;
}

export interface PackageOptions {
  /** Accept example.com (and other reserved) developer URLs, and fill unset ones with them: for test packages only. */
  allowExampleUrls?: boolean;
}

export const ALLOW_EXAMPLE_URLS_FLAG = '--allow-example-urls';
const DEFAULT_DEVELOPER_NAME = 'StationDesk contributors';

/** The developer URL variables, the manifest field each fills, and the example page used for test packages. */
const DEVELOPER_URLS = [
  { variable: 'TEAMS_WEBSITE_URL', field: 'websiteUrl', example: 'https://example.com/stationdesk' },
  { variable: 'TEAMS_PRIVACY_URL', field: 'privacyUrl', example: 'https://example.com/stationdesk/privacy' },
  { variable: 'TEAMS_TERMS_OF_USE_URL', field: 'termsOfUseUrl', example: 'https://example.com/stationdesk/terms' },
] as const;

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const HOST_NAME = /^(\*\.)?([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

/** `.env` templates leave unset values as `NAME=`; treat blank as unset. */
const blankToUnset = (value: unknown) =>
  typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim()) : value;

const quoted = (value: unknown) => JSON.stringify(value);

const httpsUrl = (variable: string) =>
  z.preprocess(
    blankToUnset,
    z
      .string()
      .refine((value) => isHttpsUrl(value), { error: (issue) => `${variable} must be an https:// URL, got ${quoted(issue.input)}` })
      .optional(),
  );

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
  TEAMS_DEVELOPER_NAME: z.preprocess(
    blankToUnset,
    z.string().max(32, { error: (issue) => `TEAMS_DEVELOPER_NAME must be at most 32 characters, got ${quoted(issue.input)}` }).optional(),
  ),
  TEAMS_WEBSITE_URL: httpsUrl('TEAMS_WEBSITE_URL'),
  TEAMS_PRIVACY_URL: httpsUrl('TEAMS_PRIVACY_URL'),
  TEAMS_TERMS_OF_USE_URL: httpsUrl('TEAMS_TERMS_OF_USE_URL'),
});

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Domains reserved for examples and tests (RFC 2606, RFC 6761): never a real publisher's page. */
export function isExampleUrl(text: string): boolean {
  let host: string;
  try {
    host = new URL(text).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  if (/(^|\.)example\.(com|net|org)$/.test(host)) return true;
  return /(^|\.)(example|invalid|test|localhost)$/.test(host);
}

export function readPackageConfig(env: Record<string, string | undefined>, options: PackageOptions = {}): TeamsPackageConfig {
  const parsed = environmentSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  const developer: Record<string, string> = {};
  for (const { variable, field, example } of DEVELOPER_URLS) {
    const value = parsed.success ? parsed.data[variable] : blankToUnset(env[variable]);
    if (typeof value !== 'string') {
      if (options.allowExampleUrls) developer[field] = example;
      else problems.push(`${variable} is not set: the Teams app needs your ${DEVELOPER_PAGE[field]} (an https:// URL); or pass ${ALLOW_EXAMPLE_URLS_FLAG} for a test package`);
    } else if (isExampleUrl(value) && !options.allowExampleUrls) {
      problems.push(`${variable} is an example URL (${value}): a Teams admin would reject the app. Set your real ${DEVELOPER_PAGE[field]}, or pass ${ALLOW_EXAMPLE_URLS_FLAG} for a test package`);
    } else {
      developer[field] = value;
    }
  }
  if (!parsed.success || problems.length > 0) throw new TeamsPackageError([...new Set(problems)].join('\n'));
  const { MicrosoftAppId, TEAMS_APP_ID, BOT_DOMAIN, TEAMS_APP_VERSION, TEAMS_DEVELOPER_NAME } = parsed.data;
  const packageJson = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
  return {
    microsoftAppId: MicrosoftAppId,
    teamsAppId: TEAMS_APP_ID ?? MicrosoftAppId,
    botDomain: BOT_DOMAIN,
    appVersion: TEAMS_APP_VERSION ?? packageJson.version,
    developer: {
      name: TEAMS_DEVELOPER_NAME ?? DEFAULT_DEVELOPER_NAME,
      websiteUrl: developer.websiteUrl,
      privacyUrl: developer.privacyUrl,
      termsOfUseUrl: developer.termsOfUseUrl,
    },
  };
}

const DEVELOPER_PAGE: Record<(typeof DEVELOPER_URLS)[number]['field'], string> = {
  websiteUrl: 'support or home page',
  privacyUrl: 'privacy statement',
  termsOfUseUrl: 'terms of use',
};

/** The parts of the manifest this script reads; the schema checks the rest. */
export interface TeamsManifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  developer: DeveloperInfo;
  icons: { color: string; outline: string };
  bots?: { botId: string; scopes: string[]; commandLists?: { scopes: string[]; commands: { title: string; description?: string; prompt?: string }[] }[] }[];
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
    TEAMS_DEVELOPER_NAME: config.developer.name,
    TEAMS_WEBSITE_URL: config.developer.websiteUrl,
    TEAMS_PRIVACY_URL: config.developer.privacyUrl,
    TEAMS_TERMS_OF_USE_URL: config.developer.termsOfUseUrl,
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
  manifest.bots?.forEach((bot, b) => {
    // Teams wants one command list per scope, each for a scope the bot is installed in.
    const listed = new Set<string>();
    bot.commandLists?.forEach((list, l) => {
      for (const scope of list.scopes ?? []) {
        if (!(bot.scopes ?? []).includes(scope)) problems.push(`/bots/${b}/commandLists/${l} is for scope "${scope}", which /bots/${b}/scopes does not include`);
        if (listed.has(scope)) problems.push(`/bots/${b}/commandLists/${l} repeats scope "${scope}": use one command list per scope`);
        listed.add(scope);
      }
    });
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
    });
  });
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
  options: PackageOptions = {},
): Promise<BuiltPackage> {
  const config = readPackageConfig(env, options);
  const manifest = fillManifest(readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8'), config);
  const problems = [...(await validateManifest(manifest)), ...exampleDeveloperPages(manifest, options)];
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
  if (exampleDeveloperPages(manifest).length > 0) warnings.push(`developer URLs are example pages (${ALLOW_EXAMPLE_URLS_FLAG}): fine for a test upload, not for publishing`);
  if (!config.botDomain) warnings.push('BOT_DOMAIN is not set, so validDomains is empty');
  return { outFile, manifest, warnings };
}

/**
 * Developer pages on example domains, as problems unless they are allowed:
 * checked on the filled manifest, so an example URL written into manifest.json
 * itself is caught as well as one from the environment.
 */
export function exampleDeveloperPages(manifest: TeamsManifest, options: PackageOptions = {}): string[] {
  if (options.allowExampleUrls) return [];
  return Object.entries(manifest.developer ?? {})
    .filter(([, value]) => typeof value === 'string' && isExampleUrl(value))
    .map(([field]) => `/developer/${field} is an example URL; set the real page, or pass ${ALLOW_EXAMPLE_URLS_FLAG} for a test package`);
}

/** The command line's options; anything else is refused, so a typo never builds the wrong package. */
export function parseArguments(args: string[]): PackageOptions & { outFile: string } {
  let outFile = DEFAULT_OUT_FILE;
  let allowExampleUrls = false;
  for (const arg of args) {
    if (arg === ALLOW_EXAMPLE_URLS_FLAG) allowExampleUrls = true;
    else if (arg.startsWith('--out=') && arg.length > '--out='.length) outFile = resolve(arg.slice('--out='.length));
    else throw new TeamsPackageError(`unknown argument ${quoted(arg)}; the options are ${ALLOW_EXAMPLE_URLS_FLAG} and --out=<zip file>`);
  }
  return { allowExampleUrls, outFile };
}

if (require.main === module) {
  loadDotenv({ quiet: true });
  Promise.resolve()
    .then(() => {
      const { outFile, ...options } = parseArguments(process.argv.slice(2));
      return buildTeamsPackage(process.env, outFile, options);
    })
    .then(
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
