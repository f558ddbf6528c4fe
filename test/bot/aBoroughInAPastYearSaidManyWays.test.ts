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

const HOUNSLOW_2017 = /^Under the 2017 Public Access Strategy \(MOPAC\), in \*\*Hounslow\*\*: Chiswick closed on 14 December 2017 and Hounslow was kept as the borough's 24-hour counter \(decided on 31 October 2017\)\.$/;
const HARROW_2025 = /^Under the 2025 front counter review \(Met\), in \*\*Harrow\*\*: Harrow closed on 28 February 2026 and Pinner closed on 28 February 2026\.$/;

describe('what a plan did to a borough, said many ways: each counter, dated, from the timeline', () => {
  itAnswersFirst([
    ['what did the 2017 strategy do to hounslow', HOUNSLOW_2017],
    ['how did the 2017 plan affect hounslow?', HOUNSLOW_2017],
    ['what happened to hounslow under the 2017 public access strategy', HOUNSLOW_2017],
    ['how did the 2025 review affect harrow', HARROW_2025],
    ['what did the 2025 review do to harrow borough', HARROW_2025],
    ['what did sadiqs 2017 closures mean for hounslow', HOUNSLOW_2017],
    ['what did the 2017 plan do to waltham forest', /^Under the 2017 Public Access Strategy \(MOPAC\), in \*\*Waltham Forest\*\*: Chingford was kept as the borough's 24-hour counter \(decided on 31 October 2017\) and Walthamstow Town Centre closed on 14 December 2017\.$/],
    ['what did the 2013 plan do to croydon', /^Under the 2013 Police and Crime Plan \(MOPAC\), in \*\*Croydon\*\*: /],
  ]);
});
