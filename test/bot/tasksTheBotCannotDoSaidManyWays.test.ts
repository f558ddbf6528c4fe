/**
 * Tasks asked of the bot that only the police can do, said many ways: lost property looked up or logged, police
 * checks, licences and certificates, fines, bail signed in, an officer spoken to or a call back, an appointment
 * wanted, a crime reported "here", an arrest, a copy of a statement, feedback. The first line says plainly what the
 * bot cannot do; then where to go, from the data (a counter's tasks, 101, met.police.uk), or that the data is silent.
 * The same words asked of a counter ("do they do fingerprints?") are what a counter does; danger leads with 999.
 */
import { expect } from 'chai';
import { expect999First } from './call999First';
import { Conversation, firstLineOf, itAnswersFirst } from './harness';

const LOST = /^I can't look up, log or collect lost property\.$/;
const CHECKS = /^I can't do police checks, licences or certificates \(DBS checks, firearms licences, fingerprints, visa paperwork\): I only know about London's police front counters\.$/;
const FINES = /^I can't pay, cancel or appeal fines or penalty notices: I only know about London's police front counters\.$/;
const BAIL = /^I can't sign you in for bail or tell you your bail conditions\.$/;
const PUT_THROUGH = /^I can't contact a station or an officer for you\.$/;
const BOOKING = /^I can't book or change appointments\.$/;
const REPORT = /^\*\*Call 999 now\*\* if someone is in danger: i can't report a crime or make a complaint for you\.$/i;
const OFFICER = /^\*\*Call 999 now\*\* if someone is in danger: i can't send an officer\.$/i;
const LOOKUP = /^I can't look up crime reports or cases\.$/;
const SEIZED = /^I can't get back property the police have seized or kept\.$/;
const ERRAND = /^I can't do that: I only answer questions about London's police front counters\.$/;
const SEND = /^I can't send emails, texts or messages\.$/;
const SAVE = /^I can't save things for later or add them to your calendar or other apps\.$/;
const FEEDBACK = /^I can't take feedback or pass it on\.$/;
const CUSTODY = /^I can't check whether someone has been arrested or is in custody, or where they are held\.$/;
const FOOTAGE = /^I can't get or look at CCTV or other footage\.$/;
const JOB = /^I can't help with jobs or joining the police: I only know about London's police front counters\.$/;
const LEGAL = /^I can't give legal advice or help with court cases or court orders\.$/;
const VOICE = /^I can't speak or listen: I answer typed messages, and your phone's screen reader can read my replies aloud\.$/;
const TEXT_SIZE = /^I can't change the size of the text: I only send the words\.$/;
const HOW_TO_REPORT = /^To report a crime that is not an emergency: call 101, or report online at met\.police\.uk/;

describe('tasks the bot cannot do, said many ways: declined plainly first', () => {
  describe('lost property', () => {
    itAnswersFirst(
      [
        ['has anyone handed in my wallet', LOST], ['has anybody handed in a black bag', LOST], ['has someone found my phone', LOST],
        ['did anyone hand in my keys', LOST], ['has my bag been handed in', LOST], ['have my keys been handed in yet', LOST],
        ['was my purse handed in', LOST], ['can you find my lost phone', LOST], ['look for my lost passport pls', LOST],
        ['log my lost passport', LOST], ['can you register my missing bike', LOST], ['can you collect my wallet for me', LOST],
        ['@StationDesk has anyone found my iphone', LOST], ['i left my bag on the tube can you find it', LOST], ['dropped my keys in brixton, can u check', LOST],
      ],
      { understood: true },
    );

    it('then says where lost property goes, from the data', async () => {
      const text = await new Conversation().ask('has anyone handed in my wallet');
      expect(text).to.match(/leaving or collecting lost property/);
    });
  });

  describe('police checks, licences and certificates', () => {
    itAnswersFirst(
      [
        ['can you do a dbs check', CHECKS], ['dbs check please', CHECKS], ['i need a dbs', CHECKS], ['how do i get a crb check', CHECKS],
        ['can you renew my firearms licence', CHECKS], ['how do i apply for a firearms licence', CHECKS], ['shotgun certificate renewal', CHECKS],
        ['can you do my fingerprints', CHECKS], ['i need fingerprints for a visa', CHECKS], ['i need a police certificate for my visa', CHECKS],
        ['police clearance certificate for australia', CHECKS], ['can you help with my visa', CHECKS], ['renew my visa', CHECKS],
        ['can you check if someone has a criminal record', CHECKS], ['do a background check on my boyfriend', CHECKS],
        ['apply for clares law disclosure', CHECKS], ['criminal record check for a new job', CHECKS],
        ['how long does a uk visa take', CHECKS], ['visa application help', CHECKS], ['basic dbs check how long', CHECKS],
        ['im trying to get a visa for my wife where do i go', CHECKS], ['need a police report for immigration', CHECKS], ['police letter for citizenship', CHECKS], ['how do i get a firearms certificate in london', CHECKS],
      ],
      { understood: true },
    );

    it('then says the data does not cover them, and where to ask', async () => {
      const text = await new Conversation().askText('can you do a dbs check');
      expect(text).to.match(/My sources don't cover them: check met\.police\.uk or call 101\./);
    });
  });

  describe('fines and penalty notices', () => {
    itAnswersFirst(
      [
        ['pay my parking fine', FINES], ['can you cancel my parking ticket', FINES], ['appeal a parking fine', FINES], ['i got a pcn how do i pay', FINES],
        ['pay a speeding fine', FINES], ['how do i challenge a speeding ticket', FINES], ['i received a fixed penalty', FINES],
        ['can u pay my ulez fine', FINES], ['dispute a bus lane ticket', FINES], ['i got a parking ticket how do i appeal it', FINES],
        ['appeal pcn', FINES], ['can you pay my congestion charge', FINES], ['how do i pay a penalty charge notice', FINES], ['i got a speeding fine how do i pay it', FINES],
      ],
      { understood: true },
    );
  });

  describe('bail signed in through the bot', () => {
    itAnswersFirst(
      [['sign me in for bail', BAIL], ['can i sign bail through you', BAIL], ['pls sign me on for bail', BAIL], ['check me in for bail', BAIL], ['can you sort out my bail', BAIL], ['can i do my bail check in online', BAIL]],
      { understood: true },
    );

    it('then says where bail is signed, from the data', async () => {
      const text = await new Conversation().ask('sign me in for bail');
      expect(text).to.match(/reporting as part of bail conditions/);
    });
  });

  describe('an officer spoken to, a call back, an appointment, a report, a record or a person looked up, an errand, feedback', () => {
    itAnswersFirst(
      [
        ['can i speak to an officer', PUT_THROUGH], ['could i talk to a police officer please', PUT_THROUGH], ['can i speak to a detective', PUT_THROUGH],
        ['can someone call me back', PUT_THROUGH], ['can the police ring me back', PUT_THROUGH], ['i need a callback from the police', PUT_THROUGH],
        ['i want a call back', PUT_THROUGH], ['i want to speak to someone about my case', PUT_THROUGH], ['i want to speak to a sergeant', PUT_THROUGH],
        ['i need to talk to my case officer', PUT_THROUGH], ['id like a callback please', PUT_THROUGH],
        ['i want an appointment to see a police officer', BOOKING], ['i need an appointment', BOOKING], ['id like to book an appointment', BOOKING],
        ['can i report a crime here', HOW_TO_REPORT], ['can i report it on here', HOW_TO_REPORT], ['report a theft in this chat', HOW_TO_REPORT],
        ['can you report a crime for me', REPORT], ['send an officer round', OFFICER],
        ['can you send me a copy of my statement', LOOKUP], ['can you look up who lives at 10 high street', LOOKUP], ['who lives at 12 acacia avenue', LOOKUP],
        ['can i get my stuff back that the police took', SEIZED], ['the police took my car, how do i get it back', SEIZED], ['how do i get my seized phone back', SEIZED],
        ['i need a copy of my police record', LOOKUP], ['can you give me my case officers name', LOOKUP], ["what's my case officer's phone number", LOOKUP],
        ['find my neighbours phone number', LOOKUP], ['is my ex wanted by the police', LOOKUP], ['can you find someones address for me', LOOKUP],
        ['will you come with me to the station', ERRAND], ['can you come to court with me', ERRAND], ['can you be my witness', ERRAND], ['can you check cctv', FOOTAGE],
        ['hack my exs facebook', ERRAND], ['can i leave a message for an officer', PUT_THROUGH],
        ['book a visit to walworth', BOOKING], ['schedule me in at croydon tomorrow at 3', BOOKING], ['reschedule my police appointment', BOOKING],
        ['can you email my crime number to me', SEND], ['send me the address by text', SEND], ['save lewisham as my station', SAVE], ['can you meet me at the station', ERRAND], ['find me a solicitor', ERRAND], ['can you recommend a lawyer', ERRAND], // A police report for insurance: none given, and how to get one not in the sources (aPoliceReportAskedForSaidManyWays).
        ['i need a copy of the police report for insurance', /^I can't give you a police report, a copy of one or a crime reference number/],
        ['how do i give feedback', FEEDBACK], ['i want to leave feedback', FEEDBACK], ['where can i report a problem with this bot', FEEDBACK], ['found a bug in this chat', FEEDBACK],
        ['file a police report', HOW_TO_REPORT], ['i need a crime ref number', HOW_TO_REPORT],
      ],
      { understood: true },
    );

    it('a call back or an officer: then 101 and online, from the data', async () => {
      const text = await new Conversation().askText('can someone call me back');
      expect(text).to.match(/101/);
    });
  });

  it('checks and fines name only the data\'s numbers, and never ask where the resident is', async () => {
    for (const say of ['how do i get a dbs check', 'i got a pcn how do i pay', 'renew my visa']) {
      const text = await new Conversation().ask(say);
      for (const number of text.match(/\b\d{3,}\b/g) ?? []) expect(['999', '101'], `${say}: ${number}`).to.include(number);
      expect(text, say).to.not.match(/postcode or area\?|I need to know where you are|Which police station/);
    }
  });

  describe('asked of a counter, not the bot: what a counter does', () => {
    itAnswersFirst(
      [
        ['do they do fingerprints for visas', /^My sources don't say whether police front counters do that\./],
        ['can u get a dbs check at a police station', /^My sources don't say whether police front counters do that\./],
        ['can i pay a fine at the police station', /^My sources don't say whether police front counters do that\./],
        ['can i hand in a found wallet', /^You can do that at a police front counter/],
        ['can i get a copy of a police report at the counter', /^My sources don't say whether police front counters do that\./],
        ['where do i sign on for bail', /^You can do that at a police front counter/],
        ['do i need to book an appointment', /^My sources don't say whether you need an appointment/],
        ['can i speak to an officer in person', /front counter/],
        ['is there a police station where i can speak to an officer face to face near SE13', /Lewisham|SE13/],
      ],
      { understood: true },
    );
  });

  describe('nothing in them is danger: no 999 first', () => {
    for (const say of ['can i report a noise complaint here', 'can i speak to an officer about a noise complaint', 'i need a callback about my stolen car', 'can you arrest someone for parking on my drive', 'i got a parking ticket how do i appeal it']) {
      it(say, async () => expect(firstLineOf(await new Conversation().askText(say))).to.not.match(/999/));
    }
  });

  describe('a situation that may be danger, told with a request: the safety net puts 999 first', () => {
    for (const say of ['i need a callback hes back again', 'can i speak to an officer, he keeps turning up outside']) it(say, async () => expect999First(await new Conversation().say(say), say));
  });

  describe('danger said with the same words still leads with 999', () => {
    const DANGER = [
      'can someone call me back hes outside with a knife',
      'can i speak to an officer my ex is trying to break in',
      'has anyone found my son he is missing and was threatened with a knife',
      'i need a callback someone is hitting my mum',
      'can u arrest him he is attacking me right now',
    ];
    for (const say of DANGER) it(say, async () => expect999First(await new Conversation().say(say), say));
  });
});

describe('what the police took, asked back, is not said of people or of a theft', function () {
  this.timeout(30_000);
  for (const say of ['the police took my son', 'someone took my phone, can i get it back']) {
    it(say, async () => {
      expect(firstLineOf(await new Conversation().askText(say))).not.to.match(SEIZED);
    });
  }
});

describe('more tasks the bot cannot do, said as residents say them: declined plainly first, then where to go', function () {
  this.timeout(60_000);

  describe('a named officer asked for', () => {
    itAnswersFirst(
      [
        ['i need to speak to pc smith', PUT_THROUGH], ['i need to talk to DC Jones about my case', PUT_THROUGH], ['can i get hold of sergeant patel', PUT_THROUGH],
        ['contact ds green', PUT_THROUGH], ['can u put me in touch with detective constable okafor', PUT_THROUGH], ['i wanna speak to inspector morse pls', PUT_THROUGH],
        ['how do i reach pcso williams', PUT_THROUGH], ['need to contact officer brennan', PUT_THROUGH],
      ],
      { understood: true },
    );

    it('then 101, from the data', async () => {
      expect(await new Conversation().askText('i need to speak to pc smith')).to.match(/call 101, or report online at met\.police\.uk/);
    });

    // "get in touch" is reaching someone, not getting into a home; the officer on one's case is reached through 101.
    itAnswersFirst(
      [
        ['need to get in touch with officer smith', PUT_THROUGH], ['i need to get in touch with pc jones', PUT_THROUGH],
        ['how do i get in touch with the officer dealing with my case', PUT_THROUGH], ['how can i get in contact with my case officer', PUT_THROUGH],
        ['how do i contact the officer in charge of my case', PUT_THROUGH], ['i need to speak to the officer dealing with my case', PUT_THROUGH],
        ['i want to email the officer handling my burglary', PUT_THROUGH], ['how do i get hold of my oic', PUT_THROUGH], ['can u get in touch with the officer on my case', PUT_THROUGH],
        ['can u let me speak to the duty sergeant', PUT_THROUGH], ['i need to speak to the duty sergeant', PUT_THROUGH], ['could you let me talk to the desk sergeant', PUT_THROUGH],
        ['i want to speak to the duty officer', PUT_THROUGH], ['can u get me the duty sergeant', PUT_THROUGH], ['can i talk to the sergeant on duty', PUT_THROUGH],
        ['whats the best way to reach the detective on my case', PUT_THROUGH], ['can u ring the officer on my case for me', PUT_THROUGH],
      ],
      { understood: true },
    );

    it('the officer on one\'s case: then 101, from the data', async () => {
      expect(await new Conversation().askText('how do i get in touch with the officer dealing with my case')).to.match(/call 101, or report online at met\.police\.uk/);
    });

    describe('someone getting in, said beside "get in touch", still leads with 999', () => {
      for (const say of ['someone is trying to get in my flat right now', 'he is trying to get in right now', 'someone is trying to get in touch and get in my house', 'i need to get in touch with pc jones, a man is trying to get into my flat right now']) {
        it(say, async () => expect999First(await new Conversation().say(say), say));
      }
    });

    // An officer at a counter, asked of counters in general, is still what a counter is for.
    itAnswersFirst([['can i speak to an officer at the front desk', /front counter/], ['will there be an officer at the desk', /front counter/]], { understood: true });
  });

  describe('cctv and other footage', () => {
    itAnswersFirst(
      [
        ['how do i request cctv footage', FOOTAGE], ['can i get a copy of the cctv from the bus', FOOTAGE], ['can u get me the footage from the shop', FOOTAGE],
        ['i need to see the cctv of my car being hit', FOOTAGE], ['who do i ask to release cctv', FOOTAGE], ['can i access bodycam footage from my arrest', FOOTAGE],
        ['how do i make a cctv request', FOOTAGE], ['where do i go to get hold of cctv', FOOTAGE],
      ],
      { understood: true },
    );

    it('then 101 and online', async () => {
      expect(await new Conversation().askText('how do i request cctv footage')).to.match(/To ask the police about footage: call 101, or report online at met\.police\.uk/);
    });

    // Footage handed in is evidence, which a counter takes; footage seen in the news is not asked for.
    itAnswersFirst([['can i hand in cctv footage', /^You can do that at a police front counter/]], { understood: true });
    it('did anyone see footage of the fire at forest gate: not declined as footage', async () => {
      expect(firstLineOf(await new Conversation().askText('did anyone see footage of the fire at forest gate'))).to.not.match(FOOTAGE);
    });
  });

  describe('jobs and joining the police', () => {
    itAnswersFirst(
      [
        ['how do i apply for a job with the met', JOB], ['i want to join the police', JOB], ['how do i become a police officer', JOB], ['are the met recruiting', JOB],
        ['how do i join the met police', JOB], ['are the met police hiring', JOB], ['any police jobs going', JOB], ['how can i volunteer with the police', JOB],
        ['i wanna be a pcso', JOB], ['how do i become a special constable', JOB], ['work experience at the met', JOB], ['do u know about met careers', JOB],
      ],
      { understood: true },
    );

    it('then met.police.uk, the data saying nothing of jobs', async () => {
      expect(await new Conversation().askText('i want to join the police')).to.match(/My sources don't cover jobs: check met\.police\.uk\./);
    });

    // "there be a police officer" is a counter's staffing, not a job.
    itAnswersFirst([['will there be a police officer at ilford tomorrow', /Ilford/]], { understood: true });
    it('does there have to be a police officer at the desk: not a job', async () => {
      expect(firstLineOf(await new Conversation().askText('does there have to be a police officer at the desk'))).to.not.match(JOB);
    });
  });

  describe('legal help: one\'s own court case, advice, orders', () => {
    itAnswersFirst(
      [
        ['can you help me with my court case', LEGAL], ['i need legal advice', LEGAL], ['how do i get a restraining order', LEGAL],
        ['how do i apply for a non molestation order', LEGAL], ['can u help with my court date', LEGAL], ['i need help with my divorce', LEGAL],
        ['where can i get free legal help', LEGAL], ['how do i get an injunction against my neighbour', LEGAL],
      ],
      { understood: true },
    );

    it('then that the data does not cover it, and the police\'s numbers', async () => {
      expect(await new Conversation().askText('i need legal advice')).to.match(/My sources don't cover legal matters\. If you need the police: call 999 in an emergency, otherwise 101 or met\.police\.uk\./);
    });

    // A court case about a closure is what the sources hold; one's hearing (the sense) is no court hearing.
    itAnswersFirst([['was there a court case about wimbledon', /Wimbledon/], ['my hearing is bad, is there a hearing loop at brixton', /Brixton/]], { understood: true });
  });

  describe('one\'s own record, a character reference', () => {
    itAnswersFirst([['how do i get my criminal record', CHECKS], ['i need a character reference from the police', CHECKS], ['how do i do a subject access request', CHECKS], ['can i see my police record', CHECKS]], { understood: true });
  });

  describe('a mistake in the bot\'s information reported', () => {
    itAnswersFirst(
      [
        ['how do i report a mistake in your info', FEEDBACK], ['who do i tell if the hours are wrong', FEEDBACK], ['how can i let you know something is out of date', FEEDBACK],
        ['i want to report an error', FEEDBACK], ['who should i contact if the address is wrong', FEEDBACK], ['can i flag wrong information', FEEDBACK],
        ['i found a mistake', FEEDBACK], ['ive spotted an error in your info', FEEDBACK],
      ],
      { understood: true },
    );

    // A mistake in the resident's own crime report, or a neighbour doing wrong, is the police's, not the bot's.
    for (const say of ['i need to report an error on my crime report', 'who do i tell if something is wrong with my neighbour']) {
      it(`${say}: not feedback on the bot`, async () => expect(firstLineOf(await new Conversation().askText(say))).to.not.match(FEEDBACK));
    }

    it('then where hours are checked', async () => {
      expect(await new Conversation().askText('who do i tell if the hours are wrong')).to.match(/If something I said looks wrong or out of date, check met\.police\.uk\./);
    });
  });

  describe('the bot\'s voice, and the size of its text', () => {
    itAnswersFirst(
      [
        ['can you speak', VOICE], ['can u talk', VOICE], ['can you read this out loud', VOICE], ['read your answers aloud please', VOICE], ['is there a voice version', VOICE],
        ['do you have an audio option', VOICE], ['can i talk instead of typing', VOICE], ['can i send you a voice note', VOICE],
        ['can i have large text', TEXT_SIZE], ['make the text bigger', TEXT_SIZE], ['bigger font please', TEXT_SIZE], ['can you increase the text size', TEXT_SIZE],
      ],
      { understood: true },
    );

    // The language the bot speaks is its own question.
    itAnswersFirst([['can you speak polish', /^I can only answer in English\.$/]], { understood: true });
  });

  describe('someone in custody asked after', () => {
    itAnswersFirst(
      [
        ['can you tell me if my dad is in custody', CUSTODY], ['is my brother at the police station', CUSTODY], ['which police station has my partner been taken to', CUSTODY],
        ['i need to find out if my son has been arrested', CUSTODY], ['the police took my son', CUSTODY], ['cops arrested my boyfriend last night', CUSTODY],
        ['what station was my sister taken to', CUSTODY],
        // Said with "being held", which elsewhere is danger: held by the police, asked after.
        ['which station is my husband being held at', CUSTODY], ['my son has been arrested which station is he being held in', CUSTODY],
        ['my brother got arrested last night where would they take him', CUSTODY], ['how do i find out which police station my dad is in custody at', CUSTODY],
        ['they took my partner to the station this morning, which one?', CUSTODY], ['is my boyfriend being held at brixton police station', CUSTODY],
        ['my daughter was arrested, is she at lewisham', CUSTODY], ['which nick have they taken my brother to', CUSTODY],
        ['where is my son being held he was arrested at 2am', CUSTODY], ['where do they take people who get arrested in croydon', CUSTODY],
      ],
      { understood: true },
    );

    it('then 101', async () => {
      expect(await new Conversation().askText('is my brother at the police station')).to.match(/To ask where someone is held: call 101\./);
    });
  });

  describe('"do you do ...", "can u sort ...", asked of the bot itself', () => {
    itAnswersFirst(
      [
        ['do you do appointments', BOOKING], ['can i book online', BOOKING], ['i want to book to see an officer at croydon', BOOKING], ['do u offer bookings', BOOKING],
        ['do you do callbacks', PUT_THROUGH], ['i need someone to call me', PUT_THROUGH], ['i want an officer to ring me', PUT_THROUGH],
        ['do you do translations', /^I can't translate\.$/], ['can you provide interpreting', /^I can't translate\.$/],
        ['do you do reports', REPORT], ['can u sort my crime report', REPORT], ['can u sort my lost passport', LOST],
        ['where do i go to pay a court fine', FINES], ['pay my magistrates fine', FINES],
      ],
      { understood: true },
    );

    itAnswersFirst([['can i do a report on the phone', HOW_TO_REPORT], ['can i report by phone', /^Yes, if it is not an emergency you don't have to go to a front counter: you can call 101, or report online at met\.police\.uk\./]], { understood: true });
  });

  describe('typed loosely: "can u", "i need u to", "pls sort", "how do i get someone to"', () => {
    itAnswersFirst(
      [
        ['can u report a crime for me', REPORT], ['i need u to report my stolen bike', REPORT], ['pls sort a crime report for me', REPORT], ['how do i get someone to report this for me', REPORT],
        ['can u send police to my house', OFFICER], ['i need u to send an officer round', OFFICER], ['how do i get someone to come out to my house', OFFICER],
        ['how do i get the police to come round', OFFICER], ['how can we get an officer to visit', OFFICER],
        ['can u check if my neighbour has a record', CHECKS], ['pls check if he has a criminal record', CHECKS], ['can u check if he has any convictions', CHECKS],
        ['can u get my dbs', CHECKS], ['i need u to sort my dbs', CHECKS],
        ['can u track my case', LOOKUP], ['i need u to check on my case', LOOKUP], ['pls give me an update on my case', LOOKUP], ['how do i get someone to update me on my case', LOOKUP],
        ['can u book me an appointment', BOOKING], ['pls sort me an appointment at brixton', BOOKING], ['can you sort out an appointment for me', BOOKING],
        ['how do i get someone to book me in', BOOKING], ['i need u to book an appointment', BOOKING],
      ],
      { understood: true },
    );

    // A record of a visit kept by a counter is not a record check.
    itAnswersFirst([['does brixton have a record of my visit', /Brixton Police Station/]]);
  });

  describe('immigration bail and Home Office reporting: the data does not say counters take them', () => {
    const SILENT = /^My sources don't say whether police front counters do that\. Check met\.police\.uk or call 101\.$/;
    itAnswersFirst(
      [
        ['where do i sign for immigration bail', SILENT], ['i need to sign for my immigration bail', SILENT], ['can i report to a police station for my immigration bail', SILENT],
        ['do i sign my immigration bail at the police station', SILENT], ['i need to report to the home office', SILENT], ['home office reporting centre', SILENT],
      ],
      { understood: true },
    );
    // Asked where to go, or said as conditions to keep: still no counter is known to take them, so no postcode is asked.
    itAnswersFirst(
      [
        ['i have reporting conditions with the home office where do i go', SILENT], ['where do i go for immigration bail', SILENT], ['where do i sign on for the home office', SILENT],
        ['where do i report to for my asylum reporting', SILENT], ['i need to report to immigration every week where do i go', SILENT], ['where should i go to sign my immigration bail', SILENT],
      ],
      { understood: true },
    );
    // Police bail is what the data says counters do.
    itAnswersFirst([['i have to sign on at the police station every week for bail', /^You can do that at a police front counter/], ['where do i report for my bail conditions', /^You can do that at a police front counter/]], { understood: true });
  });

  describe('danger said with the same words still leads with 999', () => {
    const DANGER = [
      'my son is being held at knifepoint',
      'i have immigration bail but my ex is outside with a knife',
      'is my brother at the police station, someone is outside his flat with a knife',
      'do you do callbacks, hes hitting me right now',
      'i need to report someone is attacking my mum right now',
      'i need a restraining order my ex is outside my house with a knife',
      'can you get the cctv someone is breaking into my car right now',
      'i need to speak to pc smith hes hitting me',
      'i need legal advice my husband is threatening to kill me tonight',
      'can you speak to him hes got a knife',
      'who do i tell, a man is trying to get into my flat right now',
      'how do i get someone to come out, hes outside with a knife',
      'i need to speak to the duty sergeant my ex is hitting me',
      'get me the duty sergeant hes got a knife',
      'i have reporting conditions with the home office where do i go, my ex is outside with a knife',
    ];
    for (const say of DANGER) it(say, async () => expect999First(await new Conversation().say(say), say));
  });
});

/**
 * Kinds residents ask that read as something else before: an item lost told (not a crime), what the police took asked
 * back "from the police", a welfare check, the front desk asked to speak to, what became of one's case, someone held at
 * a station, a letter from the police, and a few checks and jobs said in shorthand.
 */
describe('tasks the bot cannot do, said loosely: their own answer first', function () {
  this.timeout(60_000);
  const LOST_AT_A_COUNTER = /^You can do that at a police front counter: leaving or collecting lost property is one of the things people go there for\.$/;

  describe('an item lost, told: what a counter does with lost property, not a crime', () => {
    itAnswersFirst(
      [
        ['i lost my phone on the bus', LOST_AT_A_COUNTER], ['left my bag on the train', LOST_AT_A_COUNTER], ['dropped my airpods on the tube', LOST_AT_A_COUNTER],
        ['ive lost my passport what do i do', LOST_AT_A_COUNTER], ['lost my bank card', LOST_AT_A_COUNTER], ['i left my purse at the bus stop', LOST_AT_A_COUNTER],
        ['misplaced my keys somewhere', LOST_AT_A_COUNTER], ['@StationDesk lost my wallet last night', LOST_AT_A_COUNTER],
      ],
      { understood: true },
    );
    // With a place, the nearest counter to it; stolen beside it, still a crime to report.
    itAnswersFirst([['i lost my keys in croydon', /^The nearest front counter to Croydon is \*\*Croydon Police Station\*\*/], ['i lost my wallet near SE13', /^The nearest front counter to SE13 is \*\*Lewisham Police Station\*\*/]]);
    itAnswersFirst([['i lost my wallet, someone stole it', HOW_TO_REPORT], ['lost my wallet in brixton someone nicked it', HOW_TO_REPORT], ['my phone got nicked on the bus', HOW_TO_REPORT]]);
  });

  describe('what the police took, asked back from them', () => {
    itAnswersFirst(
      [
        ['can i collect my property that was seized', SEIZED], ['how do i get my phone back from the police', SEIZED], ['i need my seized car back', SEIZED],
        ['getting my laptop back off the cops', SEIZED], ['my phone was confiscated by police how do i get it', SEIZED],
      ],
      { understood: true },
    );
  });

  describe('a welfare check: an officer sent, 999 first if anyone is in danger', () => {
    itAnswersFirst(
      [['can you do a welfare check on my mum', OFFICER], ['can someone check on my neighbour', OFFICER], ['could police check up on my elderly dad', OFFICER], ['pls can someone go and check on my nan', OFFICER], ['welfare check please', OFFICER]],
      { understood: true },
    );
  });

  describe('the front desk asked to speak to', () => {
    itAnswersFirst([['can i speak to the front desk', PUT_THROUGH], ['let me talk to reception', PUT_THROUGH], ['i want to speak to the front counter', PUT_THROUGH]], { understood: true });
  });

  describe('what became of one\'s case, or a letter from the police', () => {
    itAnswersFirst(
      [
        ['any news on my burglary case', LOOKUP], ['whats the update on my case ref 1234', LOOKUP], ['has anyone been charged for my burglary', LOOKUP],
        ['did they catch the man who stole my bike', LOOKUP], ['has the thief been caught yet', LOOKUP], ['have the police charged anyone', LOOKUP],
        ['i need a letter from the police for my insurance', LOOKUP], ['can i get written confirmation from the police', LOOKUP],
      ],
      { understood: true },
    );
  });

  describe('someone held at a station, or arrested and where asked', () => {
    itAnswersFirst(
      [
        ['is my brother being held at the police station', CUSTODY], ['is my brother being held at brixton police station', CUSTODY], ['my mate is being held in custody at lewisham', CUSTODY],
        ['my son was arrested where is he', CUSTODY], ['my brother is in custody, where is he', CUSTODY], ['my son has been arrested, which station is he at', CUSTODY],
      ],
      { understood: true },
    );
  });

  describe('checks and joining, in shorthand', () => {
    itAnswersFirst([['firearms cert renewal help', CHECKS], ['need to renew my shotgun cert', CHECKS], ['i want to volunteer as a special', JOB], ['how do i sign up as a pcso', JOB]], { understood: true });
  });

  describe('an interview or being asked to attend: the data does not say counters take it; a counter named, its hours', () => {
    const NOT_SAID = /^My sources don't say whether police front counters do that\. Check met\.police\.uk or call 101\.$/;
    itAnswersFirst(
      [
        ['i need to attend the station for a voluntary interview', NOT_SAID], ['i got a letter asking me to attend the police station', NOT_SAID],
        ['i was asked to come in for an interview', NOT_SAID], ['voluntary interview what do i do', NOT_SAID],
      ],
      { understood: true },
    );
    itAnswersFirst([['i have a voluntary interview at croydon on monday', /^\*\*Croydon Police Station\*\* is open on Monday 30 November/], ['can you direct me to ilford police station', /^I can't give turn-by-turn directions myself, but \*\*Ilford Police Station\*\* is at 270-294 High Road/]]);
  });

  describe('bail paid, a warrant, a court date', () => {
    itAnswersFirst(
      [
        ['can i bail my son out', BAIL], ['how much is bail', BAIL], ['can i pay his bail', BAIL], ['can you tell me if there\'s a warrant for my arrest', LOOKUP], ['theres a warrant out for me?', LOOKUP],
        ['i have to attend court', LEGAL], ['im due in court on monday', LEGAL], ['i got summonsed to court', LEGAL],
      ],
      { understood: true },
    );
    // A court challenge to a closure is the closures' history, not one's own case.
    itAnswersFirst([['were the closures challenged in court', /^There was a court challenge\. 20 July 2018: High Court quashed/], ['did wimbledon go to court', /^There was a court challenge over \*\*Wimbledon Police Station\*\*\. 20 July 2018/]]);
  });

  describe('a statement written, the counter just named emailed, the Met\'s website', () => {
    itAnswersFirst([['can you help me write a statement', REPORT], ['draft my statement for me', REPORT]], { understood: true });
    const NO_EMAILS = /^I don't have email addresses for police stations: call 101, or report online at met\.police\.uk\./;
    for (const reply of ['can i email them', 'whats their email']) {
      it(`is brixton open -> ${reply}`, async () => {
        const chat = new Conversation();
        await chat.askText('is brixton open');
        expect(firstLineOf(await chat.askText(reply))).to.match(NO_EMAILS);
      });
    }
    itAnswersFirst([['whats the website', /met\.police\.uk/], ['give me the met website', /met\.police\.uk/], ['whats the link for reporting', /met\.police\.uk/]], { understood: true });
  });

  describe('suggestions for the bot, or who to contact about it', () => {
    itAnswersFirst(
      [['who do i contact about this bot', FEEDBACK], ['i want to leave a review', FEEDBACK], ['how can i improve you', FEEDBACK], ['you should add bus routes', FEEDBACK]],
      { understood: true },
    );
  });

  describe('danger beside these words still leads with 999', () => {
    const DANGER = [
      'my son is being held at knifepoint',
      'im being held in a flat and cant get out',
      'is my cousin being held at brixton',
      'someone is being held by the police outside my house and they are hurting him',
      'lost my phone and someone is following me',
      'can someone check on my neighbour i can hear screaming',
      'has the man who robbed me been caught, hes outside my house now',
      'i have a voluntary interview but my ex is outside with a knife',
      'can i bail my son out, hes being beaten up in there',
    ];
    for (const say of DANGER) it(say, async () => expect999First(await new Conversation().say(say), say));
  });
});
