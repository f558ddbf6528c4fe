import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import {
  APP_PACKAGE_DIR,
  buildTeamsPackage,
  fillManifest,
  exampleDeveloperPages,
  isExampleUrl,
  parseArguments,
  readPackageConfig,
  TeamsManifest,
  TeamsPackageError,
  validateManifest,
} from '../../scripts/teams-package';
import { decodePng, pngSize } from './png';
import { readZip } from './zip';

const BOT_ID = '0f1e2d3c-4b5a-4697-8899-aabbccddeeff';
const APP_ID = '12345678-90ab-4cde-8f01-234567890abc';
/** A deployment's real developer pages, as an operator sets them. */
const DEVELOPER_PAGES = {
  TEAMS_WEBSITE_URL: 'https://stationdesk.borough.gov.uk/',
  TEAMS_PRIVACY_URL: 'https://stationdesk.borough.gov.uk/privacy',
  TEAMS_TERMS_OF_USE_URL: 'https://stationdesk.borough.gov.uk/terms',
};
const template = readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8');
const icon = (name: string) => readFileSync(join(APP_PACKAGE_DIR, name));

/** The committed manifest with its placeholders filled, as packaging would. */
function sampleManifest(env: Record<string, string> = {}): TeamsManifest {
  return fillManifest(template, readPackageConfig({ MicrosoftAppId: BOT_ID, ...DEVELOPER_PAGES, ...env }));
}

/** Runs `npm run teams:package` as a user would, from an empty folder so no developer's .env is read. */
function runPackageScript(cwd: string, env: Record<string, string>, args: string[] = []) {
  const script = join(__dirname, '..', '..', 'scripts', 'teams-package.ts');
  const blank = Object.fromEntries(['MicrosoftAppId', 'TEAMS_APP_ID', 'BOT_DOMAIN', 'TEAMS_APP_VERSION', 'TEAMS_DEVELOPER_NAME', ...Object.keys(DEVELOPER_PAGES)].map((name) => [name, '']));
  return spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), script, ...args], {
    cwd,
    env: { ...process.env, ...blank, ...env },
    encoding: 'utf8',
  });
}

function expectPackageError(run: () => unknown, ...mentions: string[]) {
  expect(run).to.throw(TeamsPackageError);
  try {
    run();
  } catch (error) {
    for (const text of mentions) expect((error as Error).message).to.include(text);
  }
}

describe('Teams app package', () => {
  describe('manifest.json', () => {
    it('commits placeholders, never a bot or app id', () => {
      expect(template).not.to.match(/[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}/i);
      const raw = JSON.parse(template) as TeamsManifest;
      expect(raw.id).to.equal('${{TEAMS_APP_ID}}');
      expect(raw.bots?.[0].botId).to.equal('${{MICROSOFT_APP_ID}}');
    });

    it('passes the JSON schema bundled with @microsoft/app-manifest once filled in', async () => {
      expect(await validateManifest(sampleManifest())).to.deep.equal([]);
      expect(await validateManifest(sampleManifest({ BOT_DOMAIN: 'stationdesk.azurewebsites.net' }))).to.deep.equal([]);
    });

    it('uses manifest version 1.23 or later, matching its $schema', () => {
      const manifest = sampleManifest();
      const [major, minor] = manifest.manifestVersion.split('.').map(Number);
      expect(major * 100 + minor).to.be.at.least(123);
      expect(manifest.$schema).to.equal(
        `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
      );
    });

    it('fills the bot id, app id, version and domain from the configuration', () => {
      const manifest = sampleManifest({ TEAMS_APP_ID: APP_ID, TEAMS_APP_VERSION: '2.3.4', BOT_DOMAIN: 'bot.example.org' });
      expect(manifest.bots?.[0].botId).to.equal(BOT_ID);
      expect(manifest.id).to.equal(APP_ID);
      expect(manifest.version).to.equal('2.3.4');
      expect(manifest.validDomains).to.deep.equal(['bot.example.org']);
      expect(JSON.stringify(manifest)).not.to.include('${{');
    });

    it('uses the bot id as the app id, and no valid domains, when those are not set', () => {
      const manifest = sampleManifest();
      expect(manifest.id).to.equal(BOT_ID);
      expect(manifest.validDomains).to.deep.equal([]);
    });

    it('is a conversational bot for personal chats, teams and group chats that takes no files and warns about emergencies', () => {
      const manifest = sampleManifest();
      expect(manifest.bots).to.have.length(1);
      expect(manifest.bots?.[0]).to.include({ isNotificationOnly: false, supportsFiles: false });
      expect(manifest.bots?.[0]).to.have.property('scopes').that.deep.equals(['personal', 'team', 'groupChat']);
      expect(manifest).to.have.nested.property('name.short', 'StationDesk');
      expect(manifest).to.have.nested.property('developer.name', 'StationDesk contributors');
      expect(JSON.stringify(manifest.description)).to.include('call 999');
    });

    it('installs in personal chat by default, as a bot in teams and group chats, in British English', () => {
      const manifest = sampleManifest();
      expect(manifest.defaultInstallScope).to.equal('personal');
      expect(manifest.defaultGroupCapability).to.deep.equal({ team: 'bot', groupchat: 'bot' });
      expect(manifest.localizationInfo).to.deep.equal({ defaultLanguageTag: 'en-GB' });
    });

    it('describes for a Teams admin what it does, where its data comes from, what it stores, and that it is not for emergencies', () => {
      const { short, full } = sampleManifest().description as { short: string; full: string };
      expect(short).to.match(/London police front counters/);
      for (const expected of [/opening hours/, /nearest counter/, /Data sources:/, /Metropolitan Police/, /MOPAC/, /Code-Point Open/, /not for emergencies/, /call 999/, /101/, /forget me/i, /mention @StationDesk/]) {
        expect(full).to.match(expected);
      }
    });

    it('has one command list per scope, each with at most 10 commands, titles up to 32 and descriptions up to 128 characters', () => {
      const lists = sampleManifest().bots?.[0].commandLists ?? [];
      expect(lists.map((l) => l.scopes)).to.deep.equal([['personal'], ['team'], ['groupChat']]);
      for (const list of lists) {
        expect(list.commands.length, list.scopes.join()).to.be.within(3, 10);
        for (const command of list.commands) {
          expect(command.title.length, command.title).to.be.within(1, 32);
          expect((command.description ?? '').length, command.title).to.be.within(1, 128);
        }
      }
      expect(lists[0].commands.map((c) => c.title)).to.include.members(['Is my station open?', 'Nearest 24-hour desk', 'Help']);
      // In a group, people forget only themselves.
      for (const list of lists.slice(1)) expect(list.commands.map((c) => c.title)).to.include.members(['help', 'forget me']);
    });

    it('fills the developer name and pages from the configuration', () => {
      const manifest = sampleManifest({ TEAMS_DEVELOPER_NAME: 'Borough Community Safety' });
      expect(manifest.developer).to.deep.equal({
        name: 'Borough Community Safety',
        websiteUrl: DEVELOPER_PAGES.TEAMS_WEBSITE_URL,
        privacyUrl: DEVELOPER_PAGES.TEAMS_PRIVACY_URL,
        termsOfUseUrl: DEVELOPER_PAGES.TEAMS_TERMS_OF_USE_URL,
      });
    });

    const broken: [string, (m: Record<string, unknown>) => void, string][] = [
      ['a command list for a scope the bot lacks', (m) => ((m.bots as TeamsManifest['bots'])![0].scopes = ['personal', 'team']), 'which /bots/0/scopes does not include'],
      [
        'two command lists for one scope',
        (m) => ((m.bots as TeamsManifest['bots'])![0].commandLists![2].scopes = ['team']),
        'use one command list per scope',
      ],
      ['an unknown install scope', (m) => (m.defaultInstallScope = 'everyone'), '/defaultInstallScope'],
      ['a language tag that is not one', (m) => ((m.localizationInfo as { defaultLanguageTag: string }).defaultLanguageTag = 'British English'), '/localizationInfo/defaultLanguageTag'],
      ['a bot id that is not a GUID', (m) => ((m.bots as { botId: string }[])[0].botId = 'not-a-guid'), '/bots/0/botId'],
      ['an accent colour that is not #rrggbb', (m) => (m.accentColor = 'blue'), '/accentColor'],
      ['no privacy URL', (m) => delete (m.developer as Record<string, unknown>).privacyUrl, 'privacyUrl'],
      ['a short description over 80 characters', (m) => ((m.description as { short: string }).short = 'x'.repeat(81)), '/description/short'],
      ['a field the schema does not know', (m) => (m.colour = '#000000'), 'additional properties'],
      [
        'a prompt starter title over 32 characters',
        (m) => ((m.bots as TeamsManifest['bots'])![0].commandLists![0].commands[0].title = 'x'.repeat(33)),
        '/bots/0/commandLists/0/commands/0/title',
      ],
      [
        'eleven prompt starters',
        (m) => {
          const list = (m.bots as TeamsManifest['bots'])![0].commandLists![0];
          while (list.commands.length < 11) list.commands.push({ title: `Extra ${list.commands.length}`, description: 'x' });
        },
        'at most 10',
      ],
    ];
    for (const [what, breakIt, expected] of broken) {
      it(`fails validation with ${what}`, async () => {
        const manifest = sampleManifest();
        breakIt(manifest);
        const problems = await validateManifest(manifest);
        expect(problems.join('\n')).to.include(expected);
      });
    }
  });

  describe('icons', () => {
    it('has a full-colour 192x192 color.png', () => {
      const png = decodePng(icon('color.png'));
      expect([png.width, png.height]).to.deep.equal([192, 192]);
      const colours = new Set<string>();
      for (let i = 0; i < png.rgba.length; i += 4) colours.add(png.rgba.subarray(i, i + 3).join(','));
      expect(colours.has('255,255,255'), 'has white').to.equal(true);
      expect(colours.size, 'more than white').to.be.greaterThan(1);
    });

    it('has a 32x32 outline.png of only white and transparency', () => {
      const png = decodePng(icon('outline.png'));
      expect([png.width, png.height]).to.deep.equal([32, 32]);
      let opaque = 0;
      let clear = 0;
      for (let i = 0; i < png.rgba.length; i += 4) {
        const [r, g, b, a] = png.rgba.subarray(i, i + 4);
        if (a > 0) expect([r, g, b], `pixel ${i / 4}`).to.deep.equal([255, 255, 255]);
        if (a === 255) opaque++;
        if (a === 0) clear++;
      }
      expect(opaque, 'some solid white').to.be.greaterThan(50);
      expect(clear, 'some transparency').to.be.greaterThan(50);
    });

    it('reads sizes from the PNG header, not the file name', () => {
      expect(pngSize(icon('color.png'))).to.deep.equal({ width: 192, height: 192 });
      expect(() => pngSize(Buffer.from(template))).to.throw('not a PNG');
    });
  });

  describe('configuration', () => {
    it('names MicrosoftAppId when it is missing or blank', () => {
      expectPackageError(() => readPackageConfig({}), 'MicrosoftAppId');
      expectPackageError(() => readPackageConfig({ MicrosoftAppId: '  ' }), 'MicrosoftAppId');
    });

    it('names each variable that is not valid', () => {
      expectPackageError(() => readPackageConfig({ MicrosoftAppId: 'my-bot' }), 'MicrosoftAppId must be a GUID', '"my-bot"');
      expectPackageError(
        () => readPackageConfig({ MicrosoftAppId: BOT_ID, TEAMS_APP_ID: 'x', BOT_DOMAIN: 'https://bot.example.org/api', TEAMS_APP_VERSION: '1.0' }),
        'TEAMS_APP_ID',
        'BOT_DOMAIN',
        'TEAMS_APP_VERSION',
      );
    });

    it('names each developer page that is not set, and how to build a test package instead', () => {
      expectPackageError(
        () => readPackageConfig({ MicrosoftAppId: BOT_ID }),
        'TEAMS_WEBSITE_URL is not set',
        'TEAMS_PRIVACY_URL is not set',
        'TEAMS_TERMS_OF_USE_URL is not set',
        '--allow-example-urls',
      );
    });

    it('refuses example URLs unless allowed, and then fills unset pages with example.com', () => {
      expectPackageError(
        () => readPackageConfig({ MicrosoftAppId: BOT_ID, ...DEVELOPER_PAGES, TEAMS_PRIVACY_URL: 'https://example.com/privacy' }),
        'TEAMS_PRIVACY_URL is an example URL',
      );
      const allowed = readPackageConfig({ MicrosoftAppId: BOT_ID, TEAMS_PRIVACY_URL: 'https://www.example.org/privacy' }, { allowExampleUrls: true });
      expect(allowed.developer.privacyUrl).to.equal('https://www.example.org/privacy');
      expect(allowed.developer.websiteUrl).to.match(/^https:\/\/example\.com\//);
    });

    it('wants https pages and a developer name Teams can show', () => {
      expectPackageError(
        () => readPackageConfig({ MicrosoftAppId: BOT_ID, ...DEVELOPER_PAGES, TEAMS_WEBSITE_URL: 'http://stationdesk.borough.gov.uk', TEAMS_DEVELOPER_NAME: 'x'.repeat(33) }),
        'TEAMS_WEBSITE_URL must be an https:// URL',
        'TEAMS_DEVELOPER_NAME must be at most 32 characters',
      );
      expectPackageError(() => readPackageConfig({ MicrosoftAppId: BOT_ID, ...DEVELOPER_PAGES, TEAMS_TERMS_OF_USE_URL: 'not a url' }), 'TEAMS_TERMS_OF_USE_URL');
    });

    it('knows example domains from real ones', () => {
      for (const url of ['https://example.com/x', 'https://www.example.net', 'https://docs.example.org/p', 'https://stationdesk.example', 'https://a.invalid', 'https://bot.test', 'https://localhost:3978']) {
        expect(isExampleUrl(url), url).to.equal(true);
      }
      for (const url of ['https://stationdesk.borough.gov.uk', 'https://examples.com', 'https://myexample.com', 'https://example.com.evil.org', 'not a url']) {
        expect(isExampleUrl(url), url).to.equal(false);
      }
    });

    it('takes --allow-example-urls and --out=<file> on the command line, and nothing else', () => {
      expect(parseArguments([])).to.deep.include({ allowExampleUrls: false });
      expect(parseArguments(['--allow-example-urls', '--out=/tmp/app.zip'])).to.deep.equal({ allowExampleUrls: true, outFile: '/tmp/app.zip' });
      expectPackageError(() => parseArguments(['--allow-example-url']), 'unknown argument "--allow-example-url"');
      expectPackageError(() => parseArguments(['--out=']), 'unknown argument');
    });

    it('rejects a placeholder it does not know', () => {
      const config = readPackageConfig({ MicrosoftAppId: BOT_ID, ...DEVELOPER_PAGES });
      expectPackageError(() => fillManifest('{"id": "${{BOT_ID}}"}', config), '${{BOT_ID}}');
    });
  });

  describe('npm run teams:package', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'stationdesk-teams-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('writes a zip holding the filled manifest and both icons at the root', async () => {
      const outFile = join(dir, 'stationdesk-teams.zip');
      const built = await buildTeamsPackage({ MicrosoftAppId: BOT_ID, TEAMS_APP_ID: APP_ID, BOT_DOMAIN: 'bot.example.org', ...DEVELOPER_PAGES }, outFile);
      expect(built.outFile).to.equal(outFile);
      expect(built.warnings).to.deep.equal([]);

      const files = readZip(readFileSync(outFile));
      expect([...files.keys()].sort()).to.deep.equal(['color.png', 'manifest.json', 'outline.png']);
      const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as TeamsManifest;
      expect(manifest.bots?.[0].botId).to.equal(BOT_ID);
      expect(manifest.id).to.equal(APP_ID);
      expect(manifest.validDomains).to.deep.equal(['bot.example.org']);
      expect(manifest.developer.privacyUrl).to.equal(DEVELOPER_PAGES.TEAMS_PRIVACY_URL);
      expect(await validateManifest(manifest), 'the zipped manifest validates').to.deep.equal([]);
      expect(files.get('color.png')!.equals(icon('color.png'))).to.equal(true);
      expect(files.get('outline.png')!.equals(icon('outline.png'))).to.equal(true);
    });

    it('refuses example.com developer pages written into manifest.json itself, unless allowed', () => {
      const edited = fillManifest(template.replace('${{TEAMS_PRIVACY_URL}}', 'https://example.com/privacy'), readPackageConfig({ MicrosoftAppId: BOT_ID, ...DEVELOPER_PAGES }));
      expect(exampleDeveloperPages(edited)).to.deep.equal([
        '/developer/privacyUrl is an example URL; set the real page, or pass --allow-example-urls for a test package',
      ]);
      expect(exampleDeveloperPages(edited, { allowExampleUrls: true })).to.deep.equal([]);
      expect(exampleDeveloperPages(sampleManifest())).to.deep.equal([]);
    });

    it('fails, naming MicrosoftAppId, and writes nothing when it is missing', () => {
      const result = runPackageScript(dir, { ...DEVELOPER_PAGES });
      expect(result.status).to.equal(1);
      expect(result.stderr).to.include('MicrosoftAppId');
      expect(result.stdout).not.to.include('Wrote');
    });

    it('exits non-zero with a clear message when the developer pages are example.com, and builds with --allow-example-urls', () => {
      const refused = runPackageScript(dir, { MicrosoftAppId: BOT_ID, ...DEVELOPER_PAGES, TEAMS_WEBSITE_URL: 'https://example.com/stationdesk' });
      expect(refused.status).to.equal(1);
      expect(refused.stderr).to.include('TEAMS_WEBSITE_URL is an example URL');
      expect(refused.stderr).to.include('--allow-example-urls');
      expect(refused.stdout).not.to.include('Wrote');

      const unset = runPackageScript(dir, { MicrosoftAppId: BOT_ID });
      expect(unset.status).to.equal(1);
      expect(unset.stderr).to.include('TEAMS_WEBSITE_URL is not set');

      const outFile = join(dir, 'test-package.zip');
      const allowed = runPackageScript(dir, { MicrosoftAppId: BOT_ID }, ['--allow-example-urls', `--out=${outFile}`]);
      expect(allowed.status, allowed.stderr).to.equal(0);
      expect(allowed.stdout).to.include(`Wrote ${outFile}`);
      expect(allowed.stderr).to.include('example pages');
      const manifest = JSON.parse(readZip(readFileSync(outFile)).get('manifest.json')!.toString('utf8')) as TeamsManifest;
      expect(manifest.developer.websiteUrl).to.match(/^https:\/\/example\.com\//);
    });
  });
});
