/**
 * A borough's counters in a past year, many ways, through the real bot: the counters open on the date taken for the
 * year (its 1 July), from the timeline, the date said; before the data is complete (July 2017) it says first that the
 * record covers only some counters then. The names are the data's (events.csv as of each date).
 */
import { itAnswersFirst } from './harness';

const CROYDON_2019 = /^\*\*Croydon\*\* had one police front counter open on 1 July 2019 \(the middle of 2019\): \*\*Croydon Police Station\*\*\.$/;
const HACKNEY_2020 = /^\*\*Hackney\*\* had two police front counters open on 1 July 2020 \(the middle of 2020\): \*\*Shoreditch Police Station\*\* and \*\*Stoke Newington Police Station\*\*\.$/;
const PARTIAL_2016 = /^My sources before July 2017 cover only some counters, so I can't give Redbridge's full list then: they show two police front counters open on 1 July 2016 \(the middle of 2016\) in \*\*Redbridge\*\*: /;

describe('a borough\'s counters in a past year, said many ways: as of then, the date said', () => {
  itAnswersFirst([
    ['which counters did croydon have in 2019', CROYDON_2019],
    ['what police stations were open in croydon in 2019?', CROYDON_2019],
    ['Which front desks did Croydon borough have back in 2019', CROYDON_2019],
    ['which police stations were open in hackney in 2020', HACKNEY_2020],
    ['what counters did hackney have in 2020', HACKNEY_2020],
    ['which stations in hackney were open in 2020', HACKNEY_2020],
    ['what was open in redbridge in 2016', PARTIAL_2016],
    ['which counters did redbridge have in 2016', PARTIAL_2016],
    ['which counters did harrow have in 2025', /^\*\*Harrow\*\* had two police front counters open on 1 July 2025 \(the middle of 2025\): \*\*Harrow Police Station \(South Harrow\)\*\* and \*\*Pinner Police Station \(volunteer-run counter\)\*\*\.$/],
  ]);
});
