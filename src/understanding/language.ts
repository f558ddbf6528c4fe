/**
 * Is this message written in another language, and which? StationDesk answers
 * in English; recognising the language lets the reply say so kindly and point
 * to 999/101 interpreters. A script other than Latin names its language (or
 * family); a Latin-script message is weighed by its function words against
 * English ones, so an English sentence naming "Polish" or a place stays English.
 */
import { COMMON_WORDS, wordTable } from './lexicon';
import { correctTypo } from './typos';
import { editDistance } from '../stations/stationSearch';

interface ScriptRule {
  re: RegExp;
  language: string;
}

/** Checked in order: kana before Han, so Japanese is not read as Chinese. */
const SCRIPTS: ScriptRule[] = [
  { re: /[\u3040-\u30ff]/, language: 'Japanese' },
  { re: /[\uac00-\ud7af\u1100-\u11ff]/, language: 'Korean' },
  { re: /[\u4e00-\u9fff\u3400-\u4dbf]/, language: 'Chinese' },
  { re: /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/, language: 'Arabic' },
  { re: /[\u0400-\u04ff]/, language: 'Russian' },
  { re: /[\u0370-\u03ff]/, language: 'Greek' },
  { re: /[\u0590-\u05ff]/, language: 'Hebrew' },
  { re: /[\u0900-\u097f]/, language: 'Hindi' },
  { re: /[\u0980-\u09ff]/, language: 'Bengali' },
  { re: /[\u0a00-\u0a7f]/, language: 'Punjabi' },
  { re: /[\u0a80-\u0aff]/, language: 'Gujarati' },
  { re: /[\u0b80-\u0bff]/, language: 'Tamil' },
  { re: /[\u0d80-\u0dff]/, language: 'Sinhala' },
  { re: /[\u0e00-\u0e7f]/, language: 'Thai' },
  { re: /[\u1200-\u137f]/, language: 'Amharic' },
  { re: /[\u10a0-\u10ff]/, language: 'Georgian' },
  { re: /[\u0530-\u058f]/, language: 'Armenian' },
];

const URDU_LETTERS = /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]/;
const PERSIAN_LETTERS = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/;

/** Arabic script: letters only Urdu or Persian use tell them from Arabic. */
function arabicScriptLanguage(text: string): string {
  if (URDU_LETTERS.test(text)) return 'Urdu';
  if (PERSIAN_LETTERS.test(text)) return 'Persian';
  return 'Arabic';
}

const UKRAINIAN_LETTERS = /[іїєґ]/i;
const SERBIAN_LETTERS = /[ђјљњћџ]/i;
const BULGARIAN_WORDS = /\b(?:къде|най|полицейск)/i;

function cyrillicLanguage(text: string): string {
  if (UKRAINIAN_LETTERS.test(text)) return 'Ukrainian';
  if (SERBIAN_LETTERS.test(text)) return 'Serbian';
  return BULGARIAN_WORDS.test(text) ? 'Bulgarian' : 'Russian';
}

const list = (s: string): Set<string> => new Set(s.split(/\s+/).filter((w) => w !== ''));

/** Function words and police words that are not English words too. Accents are kept and also matched without. */
const LATIN = wordTable({
  Spanish: list(`alguien ahora casa puerta ventana hombre mujer niño niña entrar intentando intenta quiere siguiendo sigue miedo aquí aqui rápido rapido nosotros estamos ella ellos dónde donde está esta estan están la el los las comisaría comisaria policía policia más mas cercana
    cercano cerca qué cómo como hay una unos necesito ayuda hola gracias horario horarios abierta abierto estación
    mi tengo quiero puedo cuál cual por favor buenos buenas días dias tardes noches del para con muy hoy mañana
    robaron robado robando robo ladrón ladron socorro auxilio emergencia peligro denunciar denuncia habla hablar español oficina ¿ ¡ es`),
  French: list(`quelquun quelqu maintenant maison porte fenêtre fenetre homme femme enfant entrer essaie suit peur ici vite sommes elle ils chez moi où ou est le les proche commissariat gendarmerie bonjour merci je suis besoin aide secours urgence ouvert ouverte
    heures près pres du des une ce cest quelle quel comment pourquoi avec pour dans mon ma nous vous sil plait
    bonsoir poste aujourdhui demain voler volé vole porter plainte parle français francais`),
  Polish: list(`ktoś ktos teraz dom domu drzwi okno mężczyzna mezczyzna kobieta dziecko wejść wejsc próbuje probuje boję boje tutaj szybko jesteśmy jestesmy gdzie jest najbliższy najbliższa najblizszy najblizsza komisariat komenda posterunek policja policji
    dzień dzien dobry dziękuję dziekuje proszę prosze pomoc pomocy czy nie tak jak mam potrzebuję potrzebuje otwarty
    otwarta godziny się sie co to jestem mój moj moja ukradli ratunku zgłosić zglosic mówię mowie polsku cześć czesc
    otwarcia komisariatu komisariacie posterunku najbliżej najblizej czynny czynna dzisiaj jutro`),
  Portuguese: list(`alguém alguem agora casa porta janela homem mulher criança crianca entrar tentando tentar pela pelo meu minha nossa nosso estão estao está quarto aqui rápido rapido medo seguindo estamos ele ela eles onde fica está esta delegacia esquadra polícia policia mais próxima proxima perto obrigado obrigada olá
    ola preciso ajuda da em um uma que não nao é aberta aberto horário horario bom dia você voce roubaram socorro perigo`),
  German: list(`tür tuer fenster versucht folgt angst kommt rein einbrechen wo ist der das nächste naechste polizei polizeiwache wache polizeistation hallo danke bitte ich
    brauche hilfe notfall geöffnet geoffnet offen und nicht ein eine mit für fur heute morgen wann gibt es guten tag
    sprechen deutsch wir sind gerade jemand unsere unser unserem meine mein meiner meinem mich mir bei schnell wohnung haus
    zimmer schlafzimmer mann frau kind hier jetzt sofort
    meim meina mei dahoam daham hoam sogt schlogt kemmts kummts kimmt glei ned nimma scho hob hod bringt schnö
    isch nöd nid chömed chömmed chumm chum mim huus gsi`),
  Italian: list(`qualcuno porta finestra entrare cercando segue seguendo dove è la il più piu vicina vicino stazione polizia questura commissariato ciao grazie ho bisogno aiuto emergenza
    aperto aperta di che oggi domani buongiorno parlo italiano sono mi hanno rubato mio mia marito moglie figlio figlia sta
    stanno adesso subito paura casa uomo donna qui siamo nel nella della`),
  Romanian: list(`cineva acum casă ușa usa fereastra bărbat barbat femeie copil intrat intre încearcă incearca urmărește urmareste noi ne baie suntem ascunși ascunsi strada mă frică frica aici repede unde este cea mai apropiată apropiata aproape poliția politia secția sectia bună buna mulțumesc
    multumesc nevoie ajutor deschis și si în pe cu sunt vorbesc română romana programul secției sectiei secție sectie
    poliție politie poliției politiei deschisă deschisa astăzi astazi mâine maine`),
  Turkish: list(`biri birisi şimdi simdi ev evime evimize kapı kapi kapıyı kapiyi pencere adam kadın kadin çocuk cocuk giriyor korkuyorum burada çabuk cabuk takip ediyor nerede en yakın yakin karakol polis merkezi merhaba teşekkürler tesekkurler teşekkür tesekkur ederim
    yardım yardim lütfen lutfen açık acik bir ve bu ne var mı mi nerde türkçe turkce karakolu karakola karakolun
    saat kaçta kacta açılıyor aciliyor kapanıyor kapaniyor bugün bugun yarın yarin`),
  Dutch: list(`waar het dichtstbijzijnde politiebureau politie dank hulp ik heb nodig wel goedendag spreek er staat een met voor mijn deur hij zij
    probeert binnen komen ben mijn vrouw kind huis nu snel alsjeblieft iemand slaat raam wij zijn hier dichtbij vandaag morgen goedemorgen
    bedankt zegt dat gaat mij hem haar niet wat hoe laat`),
  Hungarian: list(`hol van legközelebbi legkozelebbi rendőrség rendorseg rendőrkapitányság rendőrőrs köszönöm koszonom kérem kerem segítség
    segitseg egy férfi ferfi gyerek férjem ferjem feleségem felesegem házam hazam lakásom lakasom ajtó ajto ajtóm ajtom előtt elott itt
    most nem igen és es hogy azt mondja valaki vagyok vagyunk félek felek gyorsan nyitva ma holnap bezárkóztam fürdőszobába`),
  Swahili: list(`msaada nisaidie tusaidie mtu mume mke mtoto wangu yangu kwangu nyumbani nyumba ndani sasa hivi niko yuko anasema
    anataka kuna polisi kituo cha wapi karibu asante habari tafadhali leo kesho hatari mimi sisi yeye wao`),
  Czech: list(`pomoc pomozte můj muj moje manžel manzel manželka mě mne doma teď ted prosím prosim kde nejbližší nejblizsi policie
    policejní policejni stanice děkuji dekuji dobrý dobry den otevřeno otevreno dnes zítra zitra někdo nekdo dveře dvere`),
  Croatian: list(`upomoć upomoc pomozite muž muz žena zena dijete tuče tuce prijeti će ce netko neko provaljuje moj moja stan kuća kuca
    gdje gde najbliža najbliza policijska stanica policija hvala molim vas danas sutra sada ovdje ovde`),
  Swedish: list(`hjälp hjalp med försöker forsoker sig min mitt jag är ar rädd radd här har nu var ligger närmaste narmaste
    polisstation polisen tack hej öppet oppet idag imorgon någon nagon dörr dorr hemma`),
  Norwegian: list(`hjelp hjælp mannen slår slar meg mig og truer å drepe dræbe hvor nærmeste naermeste politistasjon politistation
    politiet takk tak hei åpen apen åben aben nå na nu noen nogen døren doren hjemme jeg`),
  Tagalog: list(`saklolo tulong tulungan ninyo niyo mo ako kami lalaking lalaki babae sa labas loob ng bahay namin ko ang si asawa
    nasaan saan pinakamalapit istasyon pulis salamat po kumusta ngayon bukas`),
  Malay: list(`tolong saya kami suami isteri istri mau ingin ada orang rumah dengan sekarang dimana mana kantor balai polis
    polisi terdekat terima kasih selamat pagi buka hari ini besok`),
  Finnish: list(`apua mieheni vaimoni minua ja uhkaa joku talossa kotona nyt missä missa lähin lahin poliisiasema poliisi kiitos
    auki tänään tanaan huomenna`),
  Igbo: list(`enyem aka nyere otu nwoke nwanyị nwanyi nwere achọ acho igbu ebe ugbu ụlọ ulo ndị ndi uwe ojii daalụ daalu`),
  Hausa: list(`taimako taimake wani mutum yana wuka gidana gida yanzu ina ofishin yan sanda nagode sannu mijina matata`),
  Latvian: list(`mans mana kaimiņš kaimins savu sievu vīru viru es dzirdu tieši tiesi tagad kur ir tuvākā tuvaka policijas iecirknis
    paldies labdien lūdzu ludzu mājās majas durvis`),
  Slovak: list(`niekto sa mi vlamuje do bytu som sama sám sam s deťmi detmi prosím rýchlo rychlo kde je najbližšia najblizsia
    policajná policajna stanica ďakujem dakujem dobrý deň otvorené otvorene dnes zajtra`),
  Serbian: list(`upravo su me napali na ulici oteli torbu još jos tu blizu gde je najbliža najbliza policijska stanica hvala
    molim sada`),
  Wolof: list(`bëgg begg ngi sama kër léegi leegi dama yow ñu jërëjëf jerejef`),
  Shona: list(`murume wangu ari ndiri kutya ndapota tumirai mapurisa mukadzi mwana imba kumba zvino ndibatsireiwo ndibatsirei
    mhoro maita basa`),
  Lingala: list(`mobali na ngai azali sikoyo nazali mingi mwasi mwana ndako wapi mbote matondi kobanga kobeta`),
  Oromo: list(`namni tokko mana koo amma baayee sodaadheera jira ani nuti kan eessa galatoomaa nagaa`),
  Zulu: list(`ngicela usizo ngisize siza indoda inommese ifuna ukungibulala ekhaya manje iphi isiteshi samaphoyisa amaphoyisa
    ngiyabonga sawubona umyeni wami uyangishaya uyangibulala`),
  Lithuanian: list(`kur yra artimiausia policijos nuovada ačiū aciu labas padėkite padekite mane mano vyras namuose dabar`),
  Somali: list(`xagee xaggee waa saldhigga booliska mahadsanid caawimaad iska warran soomaali nin naag baa ayaa hadda
    gurigayga guriga iga igu waxaa wuxuu waxay iyo fadlan ninkeyga ninkayga`),
  Welsh: list(`ble mae orsaf heddlu agosaf diolch bore helo sut cymraeg rhywun fy nghuro ngŵr ngwr gŵr gwr wrth drws dewch gyflym
    nawr rŵan rwan arna ofn dyn menyw plentyn tŷ yma helpwch achubwch lladd cyllell gwaedu ymosod eisiau mynd`),
  'Haitian Creole': list(`mwen mari madanm pitit kay pòt kounye kounyeya vit tanpri gen yon nèg neg moun isit anmwe sekou ede touye
    kouto zam senyen pè ap li di vle lapolis pou nou yo`),
  Uzbek: list(`yordam bering qutqaring meni erim xotinim eshik oldida tez keling iltimos hozir uyda uyimda odam bor qayerda
    politsiya pichoq qurol qon qoʻrqaman qorqaman urmoqda uryapti kimdir`),
  Kinyarwanda: list(`mutabare ntabara muntabare tabara umugabo wanjye umugore umwana ku muryango inzu mu rugo ubu vuba nonaha hano
    arashaka mfite polisi kunyica arankubita icyuma imbunda amaraso ndatinya ubwoba umuntu`),
  Luganda: list(`mumbeere nnyamba muyambe mutaase ayagala kunzita ankuba omusajja wange baze ku mulyango mu nnyumba kati mangu
    nkwegayiridde waliwo omuntu ekiso emmundu omusaayi ntidde poliisi`),
  Afrikaans: list(`iemand staan deur met mes wil doodmaak asseblief ek bang hier nou kom vinnig polisie waar naaste polisiestasie
    dankie seblief slaan skiet geweer bloei vrou kinders huis buite binne`),
  Cantonese: list(`gau meng ngo nei keoi kui yau yan mou hai uk kei lo gung lou gung ah la ga ge jor zo lai mun hau ging chaat
    faai fai di geng huet jap jau`),
  Albanian: list(`ku është eshte policia policisë afërt faleminderit ndihmë ndihme përshëndetje burri shtëpi shtepi tani dikush jam shumë shume`),
  Twi: list(`obi seesei yere kunu fie wɔ hɔ ɛhe ehe polisifo meserɛ mesrɛ medaase ɔrepɛ repɛ sɛ`),
  Kurdish: list(`dixwaze dibêje dibeje niha mala malê male derî deri zorê zore polîs alîkarî alikari hewar kengî kengi nêzîk nezik îro iro sibê sibe spas mêrê mere zarok dikeve bikeve bikuje dikuje bikujim ez hûn hun`),
});

/** LATIN's languages in order, and the indexes of the languages whose vocabulary holds each word. */
const LATIN_LANGUAGES = [...LATIN.keys()];
const LANGUAGES_OF_WORD = new Map<string, number[]>();
LATIN_LANGUAGES.forEach((language, k) => {
  for (const w of LATIN.get(language)!) {
    const languages = LANGUAGES_OF_WORD.get(w);
    if (languages) languages.push(k);
    else LANGUAGES_OF_WORD.set(w, [k]);
  }
});

/** Common English words a message in English is full of. */
const ENGLISH = list(`the is are was a an i you he she it we they my your me to of in on at for with from by and or
  but not no yes what where when why how which who can could would should will do does did have has had there here
  this that these those police station open opening hours nearest closest near help please thanks hello hi report
  crime need want speak someone someone anyone call time times today tomorrow closed close street road any`);

/**
 * A message mostly of words English does not use, and plainly of another language by its letters or its words
 * ("Mi ex está afuera...", "Dikush po më ndjek me thikë", "Obi rebɔ me yere seesei"), though no language was
 * recognised: words of harm in it are read as harm. Four words at least; English's common words under a third of
 * them; a letter English does not write, or two words of another language's vocabulary. "Brand new iPhone cheap"
 * has neither.
 */
export function mostlyNotEnglish(original: string): boolean {
  const words = original.toLowerCase().replace(APOSTROPHES, '').split(WORD_BREAKS).filter((w) => w !== '');
  if (words.length < MIN_WORDS_NOT_ENGLISH) return false;
  const english = words.filter((w) => ENGLISH.has(w)).length;
  if (english / words.length >= 1 / 3) return false;
  if (words.some((w) => !ASCII_ONLY.test(w))) return true;
  return words.filter((w) => !ENGLISH.has(w) && LANGUAGES_OF_WORD.has(w)).length >= 2;
}
const MIN_WORDS_NOT_ENGLISH = 4;

/** The text's parts between spaces, punctuation at their edges dropped; full-width letters ("ｗｏｏｄｆｏｒｄ") made Latin ones (NFKC). */
function tokensOf(original: string): string[] {
  return original.normalize('NFKC').split(/\s+/).map((t) => t.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')).filter((t) => t !== '');
}

/** Words of letters only, most of a text's: a sentence in some language, not keys pressed at random ("x9;w4piy0c?éo"). */
function writtenAsWords(original: string): boolean {
  const tokens = tokensOf(original);
  const words = tokens.filter((t) => /^[\p{L}\p{M}'’-]{2,}$/u.test(t));
  // Two words or more with letters English does not use ("kaimiņš", "kër"): one ("café") is a loanword.
  const accented = words.filter((w) => !ASCII_ONLY.test(w)).length;
  return words.length >= MIN_WORDS_NOT_ENGLISH && words.length >= tokens.length * 0.8 && accented >= 2;
}

/** A single word that, alone, is a greeting or thanks in another language. */
const LONE_WORDS = wordTable({
  hola: 'Spanish', gracias: 'Spanish', bonjour: 'French', merci: 'French', bonsoir: 'French', danke: 'German',
  hallo: 'German', dziekuje: 'Polish', dziękuję: 'Polish', czesc: 'Polish', cześć: 'Polish', obrigado: 'Portuguese',
  obrigada: 'Portuguese', grazie: 'Italian', ciao: 'Italian', merhaba: 'Turkish', mulțumesc: 'Romanian',
  multumesc: 'Romanian', salut: 'French', buongiorno: 'Italian', ola: 'Portuguese', olá: 'Portuguese', diolch: 'Welsh',
});

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const COMBINING_ACCENTS = /[\u0300-\u036f]/g;

function stripAccents(w: string): string {
  // ASCII has no accents (and NFKD leaves it as it is).
  return ASCII_ONLY.test(w) ? w : w.normalize('NFKD').replace(COMBINING_ACCENTS, '');
}

const LATIN_SCRIPT_LETTERS = /[^\p{L}]/gu;
const LATIN_SCRIPT_LATIN_LETTERS = /[^a-zA-Z\u00c0-\u024f]/g;
const APOSTROPHES = /['\u2019]/g;
/**
 * Apostrophes, and the marks written as one for a glottal stop in Samoan, Tongan, Hawaiian and Maori (ʻ U+02BB, ʼ U+02BC,
 * ‘): inside a word of a sentence in a language the bot cannot name ("O loʻo sasa aʻu e loʻu toʻalua").
 */
const GLOTTAL_STOPS_AND_APOSTROPHES = /['\u2018\u2019\u02bb\u02bc]/g;
const WORD_BREAKS = /[^\p{L}¿¡]+/u;
// Letters that only some languages write, each worth points to its language.
const SPANISH_LETTERS = /[¿¡ñ]/;
const POLISH_LETTERS = /[ąęłśźżćń]/i;
const ROMANIAN_LETTERS = /[ășțâî]/i;
const TURKISH_LETTERS = /[ğışİ]/;
const PORTUGUESE_LETTERS = /[ãõ]/;
const GERMAN_LETTERS = /[ß]/;
/** Letters with Vietnamese's stacked tone marks (and đ, ơ, ư), which no other language London writes in uses. */
const VIETNAMESE_LETTERS = /[đơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
/** Fewer of them than this could be a name ("Nguyễn"). */
const MIN_VIETNAMESE_LETTERS = 3;
/**
 * The same, less the plain vowels with a dot below (ạ ẹ ị ọ ụ ỵ), which Yoruba and Igbo write too ("ọbẹ", "n'ụlọ"):
 * one of these is needed to say Vietnamese, so a Yoruba or Igbo message is not answered "say Vietnamese".
 */
const VIETNAMESE_ONLY_LETTERS = /[đơưảấầẩẫậắằẳẵặẻẽếềểễệỉỏốồổỗộớờởỡợủứừửữựỳỷỹ]/iu;

/** Above this share of its letters in a script other than Latin, a message is in that script's language. */
const OTHER_SCRIPT_SHARE = 0.3;
/** Fewer letters of another script than this is a stray character, not a language. */
const MIN_OTHER_SCRIPT_LETTERS = 3;

/** The language of the first known script other than Latin in the text, if any. */
function scriptLanguage(original: string): { language: string } | undefined {
  for (const rule of SCRIPTS) {
    if (!rule.re.test(original)) continue;
    if (rule.language === 'Arabic') return { language: arabicScriptLanguage(original) };
    if (rule.language === 'Russian') return { language: cyrillicLanguage(original) };
    return { language: rule.language };
  }
  return undefined;
}

/**
 * The language of a message not in English, or undefined for English (or text
 * too short to tell). Returns null inside when it is foreign but unrecognised.
 */
export function guessForeignLanguage(original: string): { language: string | null } | undefined {
  const letters = original.replace(LATIN_SCRIPT_LETTERS, '');
  if (letters === '') return undefined;
  const latinLetters = letters.replace(LATIN_SCRIPT_LATIN_LETTERS, '').length;
  if (latinLetters / letters.length < 0.5) return scriptLanguage(original) ?? { language: null };
  // "Brixton 警察局 几点开门": a place in Latin letters among words of another script is still that script's language.
  if (latinLetters / letters.length < 1 - OTHER_SCRIPT_SHARE && letters.length - latinLetters >= MIN_OTHER_SCRIPT_LETTERS) {
    const other = scriptLanguage(original);
    if (other) return other;
  }

  // Many vowels with a dot below and none of Vietnamese's own letters: Yoruba or Igbo, not English, named by neither.
  if ((original.match(VIETNAMESE_LETTERS)?.length ?? 0) >= MIN_VIETNAMESE_LETTERS) return { language: VIETNAMESE_ONLY_LETTERS.test(original) ? 'Vietnamese' : null };

  const words = original
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .split(WORD_BREAKS)
    .filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const lone = LONE_WORDS.get(words[0]);
  if (words.length === 1 && lone) return { language: lone };

  const english = words.filter((w) => ENGLISH.has(w)).length;
  // Each word counts once: "la la land" is not Spanish. Its form without accents is worked out once, not per language.
  // Each word's languages are looked up once (not each language's vocabulary asked of every word); sums in word order, as before.
  const scores = new Array<number>(LATIN_LANGUAGES.length).fill(0);
  // Words only one language writes ("karakolu", "comisaría"), as against words several write ("mi", "polis", "haus").
  const ownWords = new Array<number>(LATIN_LANGUAGES.length).fill(0);
  for (const w of new Set(words)) {
    const plain = stripAccents(w);
    const weight = ENGLISH.has(w) ? 0.25 : 1;
    const asWritten = LANGUAGES_OF_WORD.get(w);
    const unaccented = plain !== w ? LANGUAGES_OF_WORD.get(plain) : undefined;
    if (asWritten) for (const k of asWritten) scores[k] += weight;
    if (unaccented) for (const k of unaccented) if (!asWritten?.includes(k)) scores[k] += weight;
    const languages = new Set([...(asWritten ?? []), ...(unaccented ?? [])]);
    if (languages.size === 1 && !ENGLISH.has(w)) ownWords[[...languages][0]]++;
  }
  let best: string | null = null;
  let bestScore = 0;
  let bestOwnWords = 0;
  let bestLetters = false;
  for (let k = 0; k < LATIN_LANGUAGES.length; k++) {
    const language = LATIN_LANGUAGES[k];
    let score = scores[k];
    const before = score;
    if (language === 'Spanish' && SPANISH_LETTERS.test(original)) score += 2;
    if (language === 'Polish' && POLISH_LETTERS.test(original)) score += 2;
    if (language === 'Romanian' && ROMANIAN_LETTERS.test(original)) score += 1;
    if (language === 'Turkish' && TURKISH_LETTERS.test(original)) score += 2;
    if (language === 'Portuguese' && PORTUGUESE_LETTERS.test(original)) score += 2;
    if (language === 'German' && GERMAN_LETTERS.test(original)) score += 2;
    if (score > bestScore) {
      best = language;
      bestScore = score;
      bestOwnWords = ownWords[k];
      bestLetters = score > before;
    }
  }
  // Named only on strong evidence: its own letters, or a word of its own among its words. Words other languages write
  // too ("mi laik save wanem taim haus polis i op": "mi", "polis" and "haus" are Turkish, Spanish, Malay, German...) name
  // none of them: the sentence is answered as another language, unnamed.
  const strong = bestLetters || bestOwnWords >= 1;
  if (best && bestScore >= 2 && bestScore > english * 1.5 && strong) return { language: best };
  if (best && bestScore >= 1 && english === 0 && words.length <= 3 && lone) return { language: best };
  // Plainly not English, in a language not named above, and written as words (not keys pressed at random):
  // answered as another language (999 first), unnamed.
  if (mostlyNotEnglish(original) && writtenAsWords(original)) return { language: null };
  return undefined;
}

/** Fewer words than this is too short to tell a language from a name or a slip. */
const MIN_WORDS_OF_A_SENTENCE = 5;
/** At most this share of a sentence's words English (or an English word mistyped) for it to read as another language. */
const MOST_ENGLISH_SHARE = 1 / 3;
/** Fewer different words than this is a word said over ("blah blah blah blah blah"), not a sentence. */
const MIN_DIFFERENT_WORDS = 4;
/** Endings English words take, so "toddler", "climbing", "railings" count as English though not in the lexicon. */
const ENGLISH_ENDINGS = /(?:ing|ings|ed|tion|tions|ness|ment|ments|ly|ful|less|able|ible|ous|ive|er|ers|est|ies|ity|ish|ship|hood|self|s)$/;
/** A vowel (y counts) among its letters, and no four consonants in a row: a word, not keys pressed ("jkl", "qwrtp"). */
const A_VOWEL = /[aeiouy]/;
/** More than this share of a sentence's words with no vowel or like keys pressed in a row: keys pressed, not a sentence. */
const KEYS_PRESSED_SHARE = 1 / 10;
/** The open vowels ɛ and ɔ of many African alphabets (Krio, Akan, Ewe, Lingala): vowels, not keys pressed. */
const OPEN_VOWEL = /[\u025b\u0254]/;
const KEY_MASH = /[^aeiouy\W\d]{4}|^(?:asdf|qwer|zxcv|hjkl|uiop|sdfg|dfgh|fghj|ghjk|wert|erty|rtyu|tyui|yuio|xcvb|cvbn|vbnm)/;

/**
 * A sentence in a language the bot cannot name, in Latin letters without accents ("mumbeere omusajja ali ku
 * mulyango", "obi wo me fie seesei"): five words or more, nearly none of them English (the lexicon's common words,
 * a keyword mistyped, a word with an English ending), and each a word (vowels and consonants), not keys pressed at
 * random ("asdf jkl qwe rty uiop"). A glottal stop written as a letter (ʻ, ʼ) is an apostrophe: "O loʻo sasa aʻu e
 * loʻu toʻalua" is a sentence, and so are words with the open vowels of many African alphabets ("gɔn", "ɛ").
 * Where its small words are plainly another language's (`mostlyNotEnglish`: "na", "ya", "hem", or a letter English
 * does not use), only the words that are English as written count as English: short words of other languages look
 * like English ones with a letter changed ("hunn", "nach") or an English ending ("haos", "nekis"), so "I gat wan man
 * i stap kilim woman blong hem" and "et ass een a mengem haus agebrach" are sentences of another language too.
 * Asked only of a message nothing else could read.
 */
export function sentenceInAnUnnamedLanguage(original: string): boolean {
  const different = wordsOfASentence(original);
  if (!different) return false;
  if (mostlyNotEnglish(original)) return different.filter(englishAsWritten).length / different.length <= MOST_ENGLISH_SHARE;
  // Counted until the English words are too many: the mistyped-word check compares a word with every common word.
  let english = 0;
  for (const w of different) {
    if (englishAsWritten(w) || (w.length > 1 && (ENGLISH_ENDINGS.test(w) || englishMistyped(w)))) english++;
    if (english / different.length > MOST_ENGLISH_SHARE) return false;
  }
  return true;
}

/** English as written: a common word, a function word, a keyword mistyped or slang (not one letter off any word). */
const englishAsWritten = (w: string): boolean => w.length > 1 && (COMMON_WORDS.has(w) || ENGLISH.has(w) || correctTypo(w) !== w || ENGLISH_SLANG.has(w));

/** The different words of a message written as a sentence of words (five or more, not keys pressed); null if it is not one. */
function wordsOfASentence(original: string): string[] | null {
  // Each part between spaces a word of Latin letters (edge punctuation aside), as a sentence is; junk ("x9;w4piy0c?éo") is not.
  const tokens = tokensOf(original.toLowerCase());
  if (tokens.length < MIN_WORDS_OF_A_SENTENCE || tokens.some((t) => !/^[a-z\u00c0-\u024f\u0250-\u02af\u1e00-\u1eff'’‘\u02bb\u02bc-]+$/.test(t))) return null;
  const words = tokens.map((t) => t.replace(GLOTTAL_STOPS_AND_APOSTROPHES, '')).flatMap((t) => t.split('-')).filter((w) => w !== '');
  // Keys pressed at random make many such words; a real one now and then has four consonants together ("angscht", "endlwini").
  const pressed = words.filter((w) => (w.length > 2 && !A_VOWEL.test(stripAccents(w)) && !OPEN_VOWEL.test(w)) || KEY_MASH.test(stripAccents(w))).length;
  if (pressed > words.length * KEYS_PRESSED_SHARE) return null;
  const different = [...new Set(words)];
  return different.length < MIN_DIFFERENT_WORDS ? null : different;
}

/** Words of danger that other languages borrow or spell nearly as English does ("gunn" in Manx): weapons, blood, a bomb; not "polis" (a police station asked for) nor "fire" (four, in Norwegian). */
const BORROWED_DANGER_WORDS: ReadonlySet<string> = new Set(['gun', 'guns', 'gunn', 'gunnau', 'knife', 'knives', 'blood', 'bomb', 'acid', 'machete', 'kill']);
const A_BORROWED_DANGER_WORD = new RegExp(`\\b(?:${[...BORROWED_DANGER_WORDS].join('|')})\\b`, 'i');

/**
 * A sentence of words nearly none of which are English as written, holding a word of danger that other languages
 * borrow ("Ta dooinney lesh gunn ec y dorrys ain nish": a man with a gun at our door now): danger in another language.
 */
export function borrowedDangerWordInAnotherLanguage(original: string): boolean {
  // Asked of nearly every message in the danger stage: most hold no such word, told before reading any sentence.
  if (!A_BORROWED_DANGER_WORD.test(original)) return false;
  const different = wordsOfASentence(original);
  if (!different || !different.some((w) => BORROWED_DANGER_WORDS.has(w))) return false;
  const english = different.filter((w) => !BORROWED_DANGER_WORDS.has(w) && englishAsWritten(w)).length;
  return english / different.length <= MOST_ENGLISH_SHARE;
}

/** English as typed in London's streets and on phones, which no dictionary holds. */
const ENGLISH_SLANG = list(`innit bruv fam blud bare peng ting dat dis dem iz da wiv gud wot wots soz ya yo lol omg wassup hows goin mate
  init ting tings nuff mandem gyal wagwan allow dunno gonna wanna gotta aint ello oi ta cheers wicked sick`);

/** A common English word with one letter wrong, missing or added ("ther", "goin", "statn"), for words of four letters or more. */
function englishMistyped(w: string): boolean {
  if (w.length < 4) return false;
  for (const e of COMMON_WORDS) if (e.length >= 3 && editDistance(w, e, 1) <= 1) return true;
  for (const e of ENGLISH) if (e.length >= 3 && editDistance(w, e, 1) <= 1) return true;
  return false;
}
