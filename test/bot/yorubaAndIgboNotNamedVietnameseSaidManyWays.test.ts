/**
 * Yoruba and Igbo write vowels with a dot below (ọ, ẹ, ụ, ị) as Vietnamese does: a message in them is never answered
 * "say Vietnamese" (an interpreter of the wrong language); with a word of harm or a plea ("ọbẹ" a knife, "egbe" a gun,
 * "e gba mi", "ran mi lọwọ") it is Call 999 now. Vietnamese, with its own letters (đ, ơ, ư, stacked tones), is still named.
 */
import { expect } from 'chai';
import { Conversation } from './harness';
import { itAnswersAsAnotherLanguage999First, itCalls999First } from './call999First';

describe('Yoruba and Igbo with a word of harm or a plea: Call 999 now first', () => {
  itCalls999First(['ọkunrin kan ni ọbẹ ni ita ile mi', "nwoke nọ n'ụlọ m ya na egbe", 'e gba mi o, won fe pa mi', 'ẹ jọ ẹ ran mi lọwọ', 'ẹjẹ pọ pupọ, ọkunrin naa ni ibọn', 'ọkụ na-enwu n\'ụlọ anyị']);
});

describe('Yoruba and Igbo are never named Vietnamese; Vietnamese still is', () => {
  for (const say of ['mo nilo iranlọwọ, ẹnikan wa ninu ile mi', 'ebee ka ụlọ ọrụ ndị uwe ojii dị', 'ọkunrin kan ni ọbẹ ni ita ile mi']) {
    it(say, async () => expect(await new Conversation().askText(say), say).to.not.match(/Vietnamese/));
  }
  for (const say of ['có người đột nhập vào nhà tôi', 'đồn cảnh sát gần nhất ở đâu']) {
    it(say, async () => expect(await new Conversation().askText(say), say).to.match(/Vietnamese/));
  }
});

describe('Yoruba with tone marks and no word the bot reads: answered as another language, 999 first', () => {
  itAnswersAsAnotherLanguage999First(['Ẹnìkan ń lù mí ní ilé mi báyìí, ẹ jọ̀ọ́ ẹ wá', 'ẹ jọ̀ọ́, ṣé ẹ lè ràn mí lọ́wọ́']);
});
