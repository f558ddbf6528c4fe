/**
 * Word lists understanding reads with. `NOT_PLACE_WORDS` never name a place on
 * their own: what is left of a message without them (and without its dates and
 * times) is what the place finder is asked about. `COMMON_WORDS` are ordinary
 * English: never "corrected" into a keyword, and their presence tells an
 * unrelated question from keyboard noise.
 *
 * Street-and-place words ("green", "hill", "cross", "park", "street", "high",
 * "new", "old", "north") are deliberately absent from `NOT_PLACE_WORDS`: they
 * are parts of names (Bethnal Green, Notting Hill, Charing Cross).
 */

const list = (s: string): string[] => s.split(/\s+/).filter((w) => w !== '');

export const NOT_PLACE_WORDS: ReadonlySet<string> = new Set(
  list(`
  a an the is are was were be been being am im i me my mine myself we us our ours you your youre yours it its itself
  this that these those there theres here they them their theyre he she him his her hes shes ive id ill weve
  what whats which who whom whose when where why how hows whens whos do does did doing done dont doesnt didnt
  can cant could couldnt would wouldnt should shouldnt will wont shall may might must have has had havent hasnt
  having get gets got getting go goes going gone went come comes coming to too for from of off on onto in into at by
  with without within about above below over under near nearest closest close closer nearby around round next
  nearer beside besides along across towards toward up down out than then so just still again also and or but if
  not no yes yeah yep nope ok okay okey please thanks thank thankyou cheers ta hi hello hey hiya
  police station stations cop cops shop met metropolitan mps front counter counters desk desks office offices
  enquiry enquiries reception public access building buildings one ones local service services
  hours hour opening open opens opened closing closes closed close shut shuts shutting shutdown time times timetable
  schedule late later early earliest latest address addresses located location locations directions direction map
  postcode post code find finding tell know want wanted need needed like looking look show give info information
  details detail list many much more most other another others else instead new status staying stay stays remain
  remains remaining left exist exists existing running operating working available really actually currently
  right moment atm now today tonight tomorrow yesterday morning afternoon evening night day days week weeks weekday
  weekdays weekend weekends month year years am pm oclock noon midday midnight monday tuesday wednesday thursday
  friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays mon tue wed thu fri sat sun
  every each all any some something anything someone somebody anyone anybody everyone
  roundtheclock reopen reopened reopening reopens closure closures closedown still
  when whats whens during until till til before after since ago while whilst
  person personally visit visiting walk walkin drop report reporting crime crimes speak talk see
  please pls there theres go get gonna wanna gotta let lets tell say said ask asked answer
  sure maybe perhaps probably definitely only even ever never always usually often sometimes
  anymore longer permanently good bad best nice great
  area london borough council councils covers cover covering serves serve serving responsible
  produce producing documents document driving licence license insurance bail property belongings collect collecting
  officer officers staff staffed custody arrested detained wheelchair accessible accessibility parking toilet toilets loo visiting
  oops whoops meant mean sorry typo mistake wrong neither either none
  `),
);

/** Ordinary English words (beyond `NOT_PLACE_WORDS`), including the ones that mark an unrelated question. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...NOT_PLACE_WORDS,
  ...list(`
  about after again against all almost alone already although always among amount another answer anything appear
  apple apply april arrive ask august away baby back bank base because become bed before begin behind believe
  best better between big bill bird black blue boat body book both box boy bread break bring brother brown build
  business buy call called calling car card care carry case cat catch cause centre chair chance change cheap check
  child children city class clean clear clock clothes cold colour computer cost country course cover cross cut
  dark date daughter dead dear death december decide deep dinner doctor dog door draw dream dress drink drive
  drop dry during each earth easy eat egg eight either end english enjoy enough even evening event example
  face fact fair fall family far fast father fear feel few field fight fill film final fine finger finish fire
  first fish five floor fly follow food foot force forget form four free friend full fun funny game garden gave
  general girl glad glass gold grand great green ground group grow guess gun hair half hand happen happy hard
  head health hear heard heart heat heavy help high hill history hold hole holiday home hope horse hospital hot
  house human hundred husband idea important inside interest iron island job join joke jump keep key kill kind
  king kitchen knew land language large last laugh law lay lead learn least leave leg less letter level lie life
  light line little live long lose lost lot love low machine made main make man market matter mean meet member
  men message middle mind minute miss money morning mother mountain mouth move music name nation nature never news
  night nine nothing notice number often oil old once order own page paper parent park part party pass past pay
  peace people perhaps phone picture piece place plan plane plant play point poor possible power present pretty
  price problem program pull push question quick quickly quite rain reach read ready real reason red remember rest
  result return rich ride ring river road rock room rule run safe same school science sea second seem sell send
  sense seven shape share ship short side sign simple since sing sister sit six size sleep slow small snow soft
  son song soon sorry sound south speak special spend sport spring stand star start state stay step stop story
  street strong student study such summer sun supposed table take talk teach team tell ten test than them thing
  think third three through today together told took top town travel tree true try turn twelve twenty two type
  understand until use usual very voice wait walk wall war warm watch water way wear weather well west white whole
  wife win window winter wish woman women wonder word work world worry write wrong young
  weather forecast football match score recipe cook cooking pizza movie movies song songs music lyrics bitcoin
  crypto stock stocks president prime minister capital france paris homework maths math poem story game games
  play joke jokes riddle laugh funny meaning life universe love date dating sing dance cinema restaurant
  restaurants pub pubs train trains bus buses tube traffic flight flights hotel hotels shopping shops
  table drop users select insert delete update union script alert null true false undefined
  ignore previous instructions system prompt pretend act
  stolen steal stole robbed mugged burgled burglary broken theft thief thieves attacked assaulted hit scam scammed
  fraud damaged vandalised smashed car bike phone wallet bag purse keys laptop van lost found witness
  interpreter translator language polish spanish french anonymous anonymously emergency urgent
  plan plans strategy review proposal proposals consultation budget funding savings cuts money reason reasons
  history happened happen used moved temporarily temporary while
  hiring jobs job career careers recruitment recruiting vacancies apply application dbs check licence firearms complaint
  complain copy passport chatgpt gpt
  bail signing sign hand handing myself himself herself themselves property evidence documents licence license insurance
  named name called bot robot human real ai chatbot assistant computer machine
  morning afternoon hello goodbye bye later cancel stop restart reset forget delete erase clear remove data
  `),
]);
