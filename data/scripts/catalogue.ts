/**
 * Hand-written series catalogue: for every series_id of the raw CSVs, the metadata the API
 * publishes (title, source, question wording, method, breaks, caveats) and the notes attached to
 * single observations (contradictions between sources and how they were resolved).
 *
 * Wording rule: `question` quotes or paraphrases the published question; a paraphrase says so.
 * Everything here restates ../../../shared/data-sources/NOTES*.md or the CSV excerpts; nothing is
 * inferred beyond what those pages state.
 */
import type { SeriesBreak } from '../../src/data/schemas'

/** A note attached to one observation, keyed by its processed period and age group. */
export interface RowNote {
  period: string
  ageGroup: string
  note: string
}

/** One processed series, built from the rows of one raw series_id. */
export interface CatalogueEntry {
  /** series_id in the raw CSVs. */
  rawSeriesId: string
  /**
   * Only rows whose period is a year (`YYYY`) or a month (`YYYY-MM`); used to split a raw
   * series that mixes annual totals and monthly counts into two series.
   */
  periodFilter?: 'year' | 'month'
  id: string
  title: string
  sourceOrg: string
  survey: string
  question: string | null
  method: string | null
  topic: 'opinion' | 'tourism'
  granularity: 'wave' | 'year' | 'month'
  breaks: SeriesBreak[]
  notes: string[]
  rowNotes?: RowNote[]
}

const GENRON_ORG =
  'The Genron NPO and East Asia Institute (EAI); 2024 EAI alone; 2025 EAI with the Asia Pacific Initiative (API) and KEI'
const GENRON_SURVEY =
  'Japan-Korea Joint Public Opinion Poll (日韓共同世論調査 / 한일 국민 상호인식 조사); 2025: 1st Korea-US-Japan / 12th Korea-Japan Mutual Perception Survey'
const GENRON_METHOD =
  'Japan: in-home drop-off (self-administered) questionnaire, ages 18+, about 1,000 respondents. ' +
  'Korea: face-to-face interviews, about 1,000 respondents, ages 19+ in the 2014–2018 waves and 18+ in coverage from 2021 on. ' +
  'Fieldwork in spring–early summer 2013–2019 and late summer–autumn 2020–2023. ' +
  '2024: EAI alone, Korean side only, 26–28 Aug 2024, n=1,006. 2025: EAI with API and KEI, Korea n=1,585, Japan n=1,037.'

const GENRON_SEASON_BREAK: SeriesBreak = {
  period: '2020',
  kind: 'other',
  note: 'Fieldwork moved from spring–early summer (2013–2019) to late summer–autumn (2020–2023); seasonal timing differs before and after.',
}
const GENRON_2025_BREAK: SeriesBreak = {
  period: '2025',
  kind: 'partner',
  note: 'From 2025 the survey is run by EAI with the Asia Pacific Initiative (API) and KEI instead of with The Genron NPO (Korea n=1,585, Japan n=1,037).',
}
const GENRON_KR_AGE_BREAK: SeriesBreak = {
  period: '2021',
  kind: 'age_base',
  note: 'Korean sample: adults 19+ in the 2014–2018 waves; coverage from 2021 on describes 18+. The base of the 2019 and 2020 Korean samples is not stated in our sources.',
}
const GENRON_KR_2024_BREAK: SeriesBreak = {
  period: '2024',
  kind: 'partner',
  note: 'The 2024 wave was run by EAI alone, Korean side only (26–28 Aug 2024, n=1,006); there was no joint Japanese survey that year.',
}
const GENRON_JP_2024_BREAK: SeriesBreak = {
  period: '2024',
  kind: 'partner',
  note: 'No joint survey in 2024: EAI polled the Korean side only, so there is no Japanese wave for 2024 (a gap, not a missing value to fill).',
}
const GENRON_COMMON_NOTES = [
  'The 2024 and 2025 EAI surveys are both labelled "12th Korea-Japan mutual perception survey" by EAI.',
  'Age bands exist only for 2014, 2016 and 2018 (Japanese side) and 2016 (Korean side); they are published as "under 20", "20–29" (Korea 2016: "19–29") and "60+", not the harmonised cohorts.',
]
const GENRON_JP_NOTES = [
  'No Japanese wave in 2024 (no joint poll that year): that year is a gap.',
  'Chosun Ilbo and KBS give 31.1% (2013) as the pre-2023 high of Japanese "good" impressions; Etoday and a Japanese wowkorea copy call 29.1% (2016) the high, which is wrong given the 2013 figure.',
  '2025 coverage mislabels years: the Korea Herald calls 37.4% (2023) "last year", though there was no 2024 Japanese wave; Etoday shifts the Japanese "bad" series by one year (40.3% is 2022, 32.8% is 2023). The Herald also gives the Japanese sample as "aged 12+", probably a typo for 18+.',
]

const CAO_ORG = 'Cabinet Office of Japan (内閣府); Prime Minister’s Office (総理府) before 2001'
const CAO_SURVEY = 'Public Opinion Survey on Diplomacy (外交に関する世論調査)'
const CAO_METHOD =
  'Nationwide sample of 3,000 adults; about 1,600–2,100 valid responses per wave. Ages 20+ until the January 2016 (FY2015) wave, 18+ from the Oct–Nov 2016 wave. ' +
  'Face-to-face interviews through Oct 2019; mail questionnaire from 2020. Mostly fielded in October–November; the FY2015 wave was fielded 7–17 Jan 2016 (period 2016-01).'
const CAO_BREAKS: SeriesBreak[] = [
  {
    period: '2016',
    kind: 'age_base',
    note: 'Respondents aged 20+ until the January 2016 (FY2015) wave, shown as period 2016-01; aged 18+ from the Oct–Nov 2016 wave (period 2016) on.',
  },
  {
    period: '2020',
    kind: 'mode',
    note: 'Face-to-face interviews through Oct 2019; mail questionnaire from 2020 (first used because of COVID-19). Press coverage repeatedly says post-2020 figures cannot simply be compared with earlier ones: read 2019→2020 as a break, not a change.',
  },
]
const CAO_COMMON_NOTES = [
  'Before 2001 the survey was run by the Prime Minister’s Office (総理府), with respondents aged 20+.',
  'Age bands are published for single waves only and use the labels of their time: 2005 "20歳代" (20s, base 20+), 18–29 from Oct 2016. "20s" and "18-29" are kept apart.',
  'The 2019 fieldwork is 19–30 Oct per Nikkei; JoongAng (citing Jiji) gives 10–30 Oct.',
]

const YH_ORG = 'Yomiuri Shimbun and Hankook Ilbo (読売新聞・韓国日報)'
const YH_SURVEY = 'Japan-Korea Joint Opinion Poll (日韓共同世論調査 / 한일 공동 여론조사)'
const YH_METHOD =
  'Telephone, ages 18+, about 1,000 respondents per country, fielded in late May–June; Korean-side fieldwork by Hankook Research. Method of the 1995 and 2011 waves is not documented in our sources; several 2020–2022 values are known only as "previous survey" figures quoted in the next year’s coverage.'

const GALLUP_ORG = 'Gallup Korea (한국갤럽)'
const GALLUP_SURVEY = 'Gallup Korea perception of Japan survey (대일 인식 조사)'
const GALLUP_METHOD =
  'Telephone interviews (mobile virtual numbers), ages 18+, about 1,000 respondents. The question is asked irregularly (recently 2015, 2019, 2022, 2025); 2003, 2005 and 2011 values are known only from later coverage.'
const GALLUP_NOTES = [
  'Outlets disagree on the first year of this question: 1989 (Kookmin, MK, Yonhap), 1991 (Korea Herald, 2019) or 1998 (Segye).',
  'Secondary reports label the youngest band "10–20s" or "20s" for what Gallup publishes as 18–29; "20s" rows come from pages that say 20대 and are kept apart from "18-29".',
]

const JNTO_PROVISIONAL =
  'JNTO publishes monthly and annual estimates first and revises them later; several pages quote the first (estimated) values, which are rounded to the hundred.'
const KTO_CREW_NOTE =
  'KTO headline counts can include crew; KOSIS publishes a separate "excluding crew" count (2018: 2,921,360 against KTO’s 2,948,527). The two are separate series and must not be joined.'
const KOREANS_TO_JAPAN_DEFINITIONS =
  'Counts of Koreans going to Japan differ by definition: JNTO visitor arrivals, Japan’s Ministry of Justice entrant counts and the Korean government’s departure counts. Each is a separate series; do not mix them in one line.'

/** The catalogue: one entry per processed series. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  // ── Genron NPO / EAI ──────────────────────────────────────────────────────────────
  {
    rawSeriesId: 'genron_jp_good_kr',
    id: 'genron-jp-good-impression-kr',
    title: 'Japanese with a good impression of South Korea',
    sourceOrg: GENRON_ORG,
    survey: GENRON_SURVEY,
    question:
      'Impression of South Korea: "good" or "relatively good" (combined). Paraphrase of the published answer options 「良い印象」「どちらかといえば良い印象」.',
    method: GENRON_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [GENRON_SEASON_BREAK, GENRON_JP_2024_BREAK, GENRON_2025_BREAK],
    notes: [...GENRON_JP_NOTES, ...GENRON_COMMON_NOTES],
    rowNotes: [
      {
        period: '2016',
        ageGroup: 'all',
        note: 'Etoday and a Japanese wowkorea copy call this 29.1% the pre-2023 record; it is not: 2013 was 31.1% (Chosun Ilbo, KBS).',
      },
      {
        period: '2016',
        ageGroup: 'under20',
        note: 'Japanese sample is 18+, so "under 20" means ages 18–19.',
      },
      {
        period: '2018',
        ageGroup: 'under20',
        note: 'Japanese sample is 18+, so "under 20" means ages 18–19.',
      },
      {
        period: '2014',
        ageGroup: 'under20',
        note: 'Japanese sample is 18+, so "under 20" means ages 18–19.',
      },
      {
        period: '2025',
        ageGroup: 'all',
        note: 'This page (Korea Herald) calls 37.4% "last year"; that figure is from 2023, as there was no Japanese wave in 2024. It also gives the Japanese sample as "aged 12+", probably a typo for 18+.',
      },
    ],
  },
  {
    rawSeriesId: 'genron_jp_bad_kr',
    id: 'genron-jp-bad-impression-kr',
    title: 'Japanese with a bad impression of South Korea',
    sourceOrg: GENRON_ORG,
    survey: GENRON_SURVEY,
    question:
      'Impression of South Korea: "bad" or "relatively bad" (combined). Paraphrase of the published answer options 「良くない」「どちらかといえば良くない」.',
    method: GENRON_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [GENRON_SEASON_BREAK, GENRON_JP_2024_BREAK, GENRON_2025_BREAK],
    notes: [...GENRON_JP_NOTES, ...GENRON_COMMON_NOTES],
    rowNotes: [
      {
        period: '2022',
        ageGroup: 'all',
        note: 'Genron’s release gives the change as −8.5 points (48.8 → 40.3); Chosun Ilbo and KBS give −8.3. The level 40.3 agrees across sources. Etoday prints 40.3 under 2023 (shifted by one year).',
      },
      {
        period: '2023',
        ageGroup: 'all',
        note: 'Etoday prints 32.8 under 2024 (shifted by one year); there was no Japanese wave in 2024. The 2023 wave was the first with "good" (37.4%) above "bad".',
      },
    ],
  },
  {
    rawSeriesId: 'genron_kr_good_jp',
    id: 'genron-kr-good-impression-jp',
    title: 'South Koreans with a good impression of Japan',
    sourceOrg: GENRON_ORG,
    survey: GENRON_SURVEY,
    question:
      'Impression of Japan: "good" or "relatively good" (combined). Paraphrase of the published answer options 좋다 / 대체로 좋다.',
    method: GENRON_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [GENRON_SEASON_BREAK, GENRON_KR_AGE_BREAK, GENRON_KR_2024_BREAK, GENRON_2025_BREAK],
    notes: [
      'The Korean series is complete 2013–2025; 2024 is an EAI-only Korean wave.',
      ...GENRON_COMMON_NOTES,
    ],
    rowNotes: [
      {
        period: '2019',
        ageGroup: 'all',
        note: 'J-CAST reports 31.3%; The Genron NPO, Mainichi and Jiji give 31.7%, used here.',
      },
      {
        period: '2022',
        ageGroup: 'all',
        note: 'Korean sample 1,028 (wowkorea, Maeil); Chosun Ilbo gives 1,023.',
      },
      {
        period: '2024',
        ageGroup: 'all',
        note: 'EAI-only wave (Korean side only). 2024 coverage gives 41.7%, used here; 2025 coverage gives 41.8%.',
      },
    ],
  },
  {
    rawSeriesId: 'genron_kr_bad_jp',
    id: 'genron-kr-bad-impression-jp',
    title: 'South Koreans with a bad impression of Japan',
    sourceOrg: GENRON_ORG,
    survey: GENRON_SURVEY,
    question:
      'Impression of Japan: "bad" or "relatively bad" (combined). Paraphrase of the published answer options 좋지 않다 / 대체로 좋지 않다.',
    method: GENRON_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [GENRON_SEASON_BREAK, GENRON_KR_AGE_BREAK, GENRON_KR_2024_BREAK, GENRON_2025_BREAK],
    notes: [
      'The Korean "bad" figure for 2018 was not found: that wave is a gap in this series although the wave took place.',
      ...GENRON_COMMON_NOTES,
    ],
    rowNotes: [
      {
        period: '2022',
        ageGroup: 'all',
        note: 'Genron’s release gives the change as −10.4 points; Chosun Ilbo and KBS give −8.6. The level 52.8 agrees across sources. Korean sample 1,028 (wowkorea, Maeil); Chosun gives 1,023.',
      },
      {
        period: '2024',
        ageGroup: 'all',
        note: 'EAI-only wave (Korean side only).',
      },
    ],
  },
  // ── Cabinet Office ───────────────────────────────────────────────────────────────
  {
    rawSeriesId: 'cao_jp_affinity_kr',
    id: 'cao-jp-affinity-kr',
    title: 'Japanese who feel affinity toward South Korea',
    sourceOrg: CAO_ORG,
    survey: CAO_SURVEY,
    question:
      'Do you feel affinity toward South Korea? Share answering "feel affinity" or "somewhat feel affinity" (親しみを感じる + どちらかというと親しみを感じる). Paraphrased translation.',
    method: CAO_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: CAO_BREAKS,
    notes: [
      ...CAO_COMMON_NOTES,
      'Values for 1978–1987, 1989–1995, 1997, 2000, 2001 and 2007 were not found (the FY2015 wave was fielded in January 2016, period 2016-01); 1998, 2003, 2005, 2008, 2010, 2013 and 2018 are derived from a published level and a published change (estimated, low confidence).',
      'Complete age rows exist only for 2019 (face-to-face) and 2023 (mail); other waves have single bands.',
      'A 2022 press text lists a second age series (18–29 40.7, 30s 34.7, 60s lowest at 23.3), probably "relations good"; the text does not say so, so it is not used.',
    ],
    rowNotes: [
      {
        period: '2005',
        ageGroup: 'all',
        note: 'The Yomiuri text reposted on mimizun.com (source of the 2005 age rows) states 51.1% directly; the value is still marked as derived, as in the reference file.',
      },
      {
        period: '2018',
        ageGroup: 'all',
        note: 'A Sankei tweet quoted on a matome blog (2019-06-03) also calls 39.4% the previous survey’s level.',
      },
      {
        period: '2019',
        ageGroup: 'all',
        note: 'Record low since the survey began in 1978. Fieldwork 19–30 Oct per Nikkei; JoongAng (citing Jiji) gives 10–30 Oct.',
      },
      {
        period: '2023',
        ageGroup: '18-29',
        note: 'jitantech.com (an AI-style blog) labels another set of bands as 2023 (18–29 56.8, 30s 49.1, 40s 39.4, 50s 31.4, 60s 25.8); they cannot belong to a wave whose total is 52.8 and probably belong to 2020. Not used; Daum’s figures are used.',
      },
      {
        period: '2023',
        ageGroup: '70+',
        note: 'Above every band from the 30s to the 60s, unlike 2022 (70+ 39.1). Only one page (Daum) gives it; check against the official table.',
      },
      {
        period: '2024',
        ageGroup: '18-29',
        note: 'mixi/Kyodo write "10〜20代"; nippon.com writes "18歳~28歳", likely a typo for 18–29.',
      },
      {
        period: '2005',
        ageGroup: '20s',
        note: 'Published as approximate ("約61%"); base 20+, so 20s, not 18–29.',
      },
      {
        period: '2005',
        ageGroup: '30s',
        note: 'Published as approximate ("約59%").',
      },
    ],
  },
  {
    rawSeriesId: 'cao_jp_no_affinity_kr',
    id: 'cao-jp-no-affinity-kr',
    title: 'Japanese who do not feel affinity toward South Korea',
    sourceOrg: CAO_ORG,
    survey: CAO_SURVEY,
    question:
      'Do you feel affinity toward South Korea? Share answering "do not feel affinity" or "rather do not feel affinity" (親しみを感じない + どちらかというと親しみを感じない). Paraphrased translation.',
    method: CAO_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: CAO_BREAKS,
    notes: [
      ...CAO_COMMON_NOTES,
      'No value found for 2017, 2020 or 2024 (the FY2015 wave was fielded in January 2016, period 2016-01).',
    ],
    rowNotes: [
      {
        period: '2016-01',
        ageGroup: 'all',
        note: 'One blog gives 66.7%; Yomiuri (via the US Embassy), Mainichi (via KBS) and Dailian give 64.7%, used here.',
      },
      {
        period: '2019',
        ageGroup: 'all',
        note: 'Fieldwork 19–30 Oct per Nikkei; JoongAng (citing Jiji) gives 10–30 Oct.',
      },
    ],
  },
  {
    rawSeriesId: 'cao_jp_relations_good_kr',
    id: 'cao-jp-relations-good-kr',
    title: 'Japanese who think Japan–South Korea relations are good',
    sourceOrg: CAO_ORG,
    survey: CAO_SURVEY,
    question:
      'How do you see current relations between Japan and South Korea? Share answering that they are good (combined "good" answers, 良好だと思う). Paraphrased translation.',
    method: CAO_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: CAO_BREAKS,
    notes: [
      ...CAO_COMMON_NOTES,
      'The question was first asked in 1986 (Chosun Ilbo, 2009).',
      'The 2019 share saying relations are "not good" is 87.9% (Nikkei, Jiji) or 87.8% (NTD, JoongAng); that series is not part of this dataset.',
    ],
  },
  // ── Hankook Research ─────────────────────────────────────────────────────────────
  {
    rawSeriesId: 'hrc_kr_thermo_jp',
    id: 'hrc-kr-thermometer-jp',
    title: 'South Koreans’ feeling thermometer toward Japan (0–100)',
    sourceOrg: 'Hankook Research (한국리서치)',
    survey:
      'Public Opinion in Public Opinion (여론 속의 여론): neighbouring-country feeling thermometer',
    question:
      'Feeling toward Japan on a 0–100 thermometer (감정온도); mean in degrees. Paraphrase: the exact question text is not recorded in our sources.',
    method: 'Web panel survey, ages 18+, n=1,000 per wave, roughly quarterly (Jan, Apr, Jul, Oct).',
    topic: 'opinion',
    granularity: 'month',
    breaks: [],
    notes: [
      'Values are mean degrees, not percentages; datasom.co.kr prints "%" by mistake.',
      'Many waves are missing (2018, Jul 2019 to Apr 2020, 2024-01/04/07). The post-export-control low of 18.1 has no wave date and is not included. The Oct 2025 record is known only as ">44" and is not included.',
      'Wave months for Oct 2023 and Oct 2024 are inferred from article order and record-low cross-checks.',
      'Age cells exist only for Jul 2023, Oct 2024 and Apr 2025. The Jul 2025 page only says the scores form a U-shape (high among 18–29 and 60+).',
    ],
    rowNotes: [
      {
        period: '2020-07',
        ageGroup: 'all',
        note: 'As printed ("20도"); may be rounded.',
      },
      {
        period: '2023-10',
        ageGroup: 'all',
        note: 'Wave month inferred: the article follows the July 2023 wave.',
      },
      {
        period: '2024-10',
        ageGroup: 'all',
        note: 'Wave month inferred from the matching North Korea record low (25.2).',
      },
      {
        period: '2024-10',
        ageGroup: '18-29',
        note: 'Wave month inferred (see the all-ages value).',
      },
      {
        period: '2023-07',
        ageGroup: 'all',
        note: 'datasom.co.kr prints "%"; the value is a thermometer mean.',
      },
    ],
  },
  // ── Yomiuri–Hankook ──────────────────────────────────────────────────────────────
  {
    rawSeriesId: 'yh_jp_relations_good',
    id: 'yomiuri-hankook-jp-relations-good',
    title: 'Japanese who say Japan–South Korea relations are good',
    sourceOrg: YH_ORG,
    survey: YH_SURVEY,
    question:
      'Current Japan–South Korea relations: "good" (very good + fairly good). Paraphrase of 現在の日韓関係を「良い」.',
    method: YH_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['Age data for 2024 was not found.'],
    rowNotes: [
      {
        period: '2025',
        ageGroup: '18-29',
        note: 'Published as "18 and over–20s" (18세 이상~20대) on a spam-laden mirror page.',
      },
    ],
  },
  {
    rawSeriesId: 'yh_kr_relations_good',
    id: 'yomiuri-hankook-kr-relations-good',
    title: 'South Koreans who say Korea–Japan relations are good',
    sourceOrg: YH_ORG,
    survey: YH_SURVEY,
    question:
      'Current Korea–Japan relations: "good" (매우 좋다 + 좋은 편이다, very good + fairly good). Paraphrase.',
    method: YH_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [
      'June 2025: 55.2%, the first majority since the joint poll began in 1995 (Yomiuri rounds to 55%).',
    ],
    rowNotes: [
      {
        period: '2024',
        ageGroup: 'all',
        note: 'Yomiuri gives 42% (rounded); Hankook Ilbo gives 42.5%, used here.',
      },
      {
        period: '2025',
        ageGroup: '18-29',
        note: 'Published as "18 and over–20s" (18세 이상~20대) on a spam-laden mirror page.',
      },
    ],
  },
  {
    rawSeriesId: 'yh_jp_relations_bad',
    id: 'yomiuri-hankook-jp-relations-bad',
    title: 'Japanese who say Japan–South Korea relations are bad',
    sourceOrg: YH_ORG,
    survey: YH_SURVEY,
    question: 'Current Japan–South Korea relations: "bad" (combined). Paraphrase.',
    method: YH_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [],
  },
  {
    rawSeriesId: 'yh_kr_relations_bad',
    id: 'yomiuri-hankook-kr-relations-bad',
    title: 'South Koreans who say Korea–Japan relations are bad',
    sourceOrg: YH_ORG,
    survey: YH_SURVEY,
    question: 'Current Korea–Japan relations: "bad" (combined). Paraphrase.',
    method: YH_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [],
  },
  {
    rawSeriesId: 'yh_jp_affinity_kr',
    id: 'yomiuri-hankook-jp-affinity-kr',
    title: 'Japanese who feel affinity toward South Korea (Yomiuri–Hankook)',
    sourceOrg: YH_ORG,
    survey: YH_SURVEY,
    question: 'Do you feel affinity toward South Korea? "Feel" (親しみを「感じる」). Paraphrase.',
    method: YH_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['The same question has been asked since 2013 (Yomiuri, 2024).'],
  },
  {
    rawSeriesId: 'yh_kr_affinity_jp',
    id: 'yomiuri-hankook-kr-affinity-jp',
    title: 'South Koreans who feel affinity toward Japan (Yomiuri–Hankook)',
    sourceOrg: YH_ORG,
    survey: YH_SURVEY,
    question: 'Do you feel affinity toward Japan? "Feel" (친밀감을 느낀다). Paraphrase.',
    method: YH_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['The same question has been asked since 2013 (Yomiuri, 2024).'],
  },
  {
    rawSeriesId: 'yh_jp_no_affinity_kr',
    id: 'yomiuri-hankook-jp-no-affinity-kr',
    title: 'Japanese who do not feel affinity toward South Korea (Yomiuri–Hankook)',
    sourceOrg: YH_ORG,
    survey: YH_SURVEY,
    question:
      'Do you feel affinity toward South Korea? "Do not feel" (親しみを「感じない」). Paraphrase.',
    method: YH_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [],
  },
  {
    rawSeriesId: 'yh_kr_no_affinity_jp',
    id: 'yomiuri-hankook-kr-no-affinity-jp',
    title: 'South Koreans who do not feel affinity toward Japan (Yomiuri–Hankook)',
    sourceOrg: YH_ORG,
    survey: YH_SURVEY,
    question: 'Do you feel affinity toward Japan? "Do not feel". Paraphrase.',
    method: YH_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [],
  },
  {
    rawSeriesId: 'yh_jp_trust_kr',
    id: 'yomiuri-hankook-jp-trust-kr',
    title: 'Japanese who say South Korea can be trusted',
    sourceOrg: YH_ORG,
    survey: YH_SURVEY,
    question: 'Can South Korea be trusted? "Can be trusted" (信頼できる). Paraphrase.',
    method: YH_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [],
    rowNotes: [
      {
        period: '2023',
        ageGroup: '18-29',
        note: 'Reported as "Japanese young people (69%)"; the page does not give the band limits, taken as 18–29.',
      },
    ],
  },
  {
    rawSeriesId: 'yh_kr_trust_jp',
    id: 'yomiuri-hankook-kr-trust-jp',
    title: 'South Koreans who say Japan can be trusted',
    sourceOrg: YH_ORG,
    survey: YH_SURVEY,
    question: 'Can Japan be trusted? "Can be trusted" (신뢰할 수 있다). Paraphrase.',
    method: YH_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [
      'For 2023 Yomiuri gives 28%; Hankook Ilbo gives 27.6%, used here. Yomiuri gives 25% for 2022.',
    ],
    rowNotes: [
      {
        period: '2023',
        ageGroup: '40s',
        note: 'The page does not say which country’s 40s this is; the decimals match Korean-side reporting (low confidence).',
      },
      {
        period: '2023',
        ageGroup: '50s',
        note: 'The page does not say which country’s 50s this is; the decimals match Korean-side reporting (low confidence).',
      },
    ],
  },
  // ── Gallup Korea ─────────────────────────────────────────────────────────────────
  {
    rawSeriesId: 'gallup_kr_like_jp',
    id: 'gallup-kr-like-jp',
    title: 'South Koreans who feel favourable toward Japan (Gallup Korea)',
    sourceOrg: GALLUP_ORG,
    survey: GALLUP_SURVEY,
    question:
      'Do you feel favourable toward Japan? Share answering 호감이 간다 ("I feel favourable"). Paraphrase.',
    method: GALLUP_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [
      ...GALLUP_NOTES,
      'Aug 2025 (38%) is confirmed by more than five outlets. Jul 2019 (12%) was the lowest on record.',
    ],
  },
  {
    rawSeriesId: 'gallup_kr_dislike_jp',
    id: 'gallup-kr-dislike-jp',
    title: 'South Koreans who do not feel favourable toward Japan (Gallup Korea)',
    sourceOrg: GALLUP_ORG,
    survey: GALLUP_SURVEY,
    question:
      'Do you feel favourable toward Japan? Share answering 호감이 가지 않는다 ("I do not feel favourable"). Paraphrase.',
    method: GALLUP_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [...GALLUP_NOTES],
    rowNotes: [
      {
        period: '2025-08',
        ageGroup: '18-29',
        note: 'The quoted page says "10대와 20대" (teens and 20s) for Gallup’s 18–29 band.',
      },
    ],
  },
  {
    rawSeriesId: 'gallup_kr_like_japanese_people',
    id: 'gallup-kr-like-japanese-people',
    title: 'South Koreans who feel favourable toward Japanese people (Gallup Korea)',
    sourceOrg: GALLUP_ORG,
    survey: GALLUP_SURVEY,
    question:
      'Do you feel favourable toward Japanese people? Share answering "I feel favourable". Paraphrase.',
    method: GALLUP_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [...GALLUP_NOTES],
    rowNotes: [
      {
        period: '2025-08',
        ageGroup: '30s',
        note: 'The same page writes "10~20代の77%" for Gallup’s 18–29 band.',
      },
    ],
  },
  {
    rawSeriesId: 'gallup_kr_dislike_japanese_people',
    id: 'gallup-kr-dislike-japanese-people',
    title: 'South Koreans who do not feel favourable toward Japanese people (Gallup Korea)',
    sourceOrg: GALLUP_ORG,
    survey: GALLUP_SURVEY,
    question:
      'Do you feel favourable toward Japanese people? Share answering "I do not feel favourable". Paraphrase.',
    method: GALLUP_METHOD,
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [...GALLUP_NOTES],
  },
  {
    rawSeriesId: 'gallup2002_youth_kr_like_jp',
    id: 'gallup-2002-kr-20s-like-jp',
    title: 'South Koreans in their 20s who like Japan (Gallup Korea, Dec 2002)',
    sourceOrg: GALLUP_ORG,
    survey: 'Gallup Korea survey of Koreans in their 20s (Dec 2002), as cited by Chosun Ilbo 2005',
    question: 'Do you like Japan? Share answering "like" (「好き」). Paraphrase.',
    method: 'Koreans in their 20s, December 2002; mode and sample not recorded in our sources.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [
      'A single snapshot known only as the comparison point of Chosun Ilbo’s 2005 youth survey (blog repost of the Chosun Japanese edition).',
    ],
  },
  // ── Japan Press Research Institute ───────────────────────────────────────────────
  {
    rawSeriesId: 'jpri_kr_favorable_jp',
    id: 'jpri-kr-favorable-jp',
    title: 'South Koreans with a favourable impression of Japan (Japan Press Research Institute)',
    sourceOrg: 'Japan Press Research Institute (新聞通信調査会)',
    survey: 'Overseas Public Opinion Survey on Japan-related Media (対日メディア世論調査)',
    question: 'Impression of Japan: favourable (好感度). Paraphrase.',
    method:
      'About 1,000 respondents per country, fielded around November–January; mode reported as phone and face-to-face (2017/18) and phone, internet and interview (2022).',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [
      'Start year differs between reports: 2015 (Jiji, 2023–24 coverage) versus FY2014 (2026 coverage).',
      'Waves are labelled by their last fieldwork month (e.g. 2025-12 = Nov–Dec 2025); the 2017 wave is dated only approximately (Dec 2016–Jan 2017).',
      'Nov–Dec 2025: 56.4%, the first time above half since the survey began.',
    ],
    rowNotes: [
      {
        period: '2025-12',
        ageGroup: '50s',
        note: 'Forum repost; the page says 10–30s were relatively high and 50s lowest.',
      },
    ],
  },
  // ── Single or short series from other surveys ─────────────────────────────────────
  {
    rawSeriesId: 'pew_kr_favorable_jp',
    id: 'pew-kr-favorable-jp',
    title: 'South Koreans with a favourable view of Japan (Pew Research Center)',
    sourceOrg: 'Pew Research Center',
    survey: 'Spring 2015 Global Attitudes Survey (How Asia-Pacific Publics See Each Other)',
    question: 'Favourable view of Japan (very + somewhat favourable). Paraphrase.',
    method: 'Fielded 6 Apr–27 May 2015; mode and sample not recorded in our sources.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['Only the 2015 survey was found for this pair of countries; no Pew age splits.'],
    rowNotes: [
      {
        period: '2015',
        ageGroup: 'all',
        note: 'The text of this nippon.com page says 25%, used here; the table on the same page shows 26.',
      },
    ],
  },
  {
    rawSeriesId: 'pew_jp_favorable_kr',
    id: 'pew-jp-favorable-kr',
    title: 'Japanese with a favourable view of South Korea (Pew Research Center)',
    sourceOrg: 'Pew Research Center',
    survey: 'Spring 2015 Global Attitudes Survey (How Asia-Pacific Publics See Each Other)',
    question: 'Favourable view of South Korea (very + somewhat favourable). Paraphrase.',
    method: 'Fielded 6 Apr–27 May 2015; mode and sample not recorded in our sources.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['Only the 2015 survey was found for this pair of countries; no Pew age splits.'],
  },
  {
    rawSeriesId: 'nikkei_jp_like_kr',
    id: 'nikkei-jp-like-kr',
    title: 'Japanese who like South Korea (Nikkei)',
    sourceOrg: 'Nikkei (日本経済新聞)',
    survey: 'Nikkei mail opinion survey on friendliness toward countries',
    question: 'Do you like South Korea? "Like". Paraphrase from a secondary English page.',
    method:
      'Mail survey; sample not recorded in our sources. The survey started in 2018 (per the page).',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['Both values come from one secondary site (world-today-news.com), low confidence.'],
  },
  {
    rawSeriesId: 'nikkei_jp_dislike_kr',
    id: 'nikkei-jp-dislike-kr',
    title: 'Japanese who dislike South Korea (Nikkei)',
    sourceOrg: 'Nikkei (日本経済新聞)',
    survey: 'Nikkei mail opinion survey on friendliness toward countries',
    question: 'Do you like South Korea? "Dislike". Paraphrase from a secondary English page.',
    method: 'Mail survey; sample not recorded in our sources.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['From one secondary site (world-today-news.com), low confidence.'],
  },
  {
    rawSeriesId: 'asahi_donga_jp_like_kr',
    id: 'asahi-donga-jp-like-kr',
    title: 'Japanese who like South Korea (Asahi–Dong-A)',
    sourceOrg: 'Asahi Shimbun and Dong-A Ilbo',
    survey: 'Asahi–Dong-A joint survey (2015; 2025, 60th anniversary of normalisation)',
    question: 'Do you like South Korea? "Like". Paraphrase from an English page.',
    method:
      'Japanese side by post in 2015 and by phone in 2025 (per the page); sample not recorded.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [
      {
        period: '2025',
        kind: 'mode',
        note: 'Japanese side surveyed by post in 2015 and by phone in 2025.',
      },
    ],
    notes: ['2025 by age: differences were small except in the 40s (12%); 30s and 60s both 22%.'],
  },
  {
    rawSeriesId: 'asahi_donga_kr_like_jp',
    id: 'asahi-donga-kr-like-jp',
    title: 'South Koreans who like Japan (Asahi–Dong-A)',
    sourceOrg: 'Asahi Shimbun and Dong-A Ilbo',
    survey: 'Asahi–Dong-A joint survey (2015; 2025, 60th anniversary of normalisation)',
    question: 'Do you like Japan? "Like". Paraphrase from an English page.',
    method: 'Korean-side mode and sample not recorded in our sources.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['One secondary English page (daily8.com), low confidence.'],
  },
  {
    rawSeriesId: 'asahi_donga_kr_dislike_jp',
    id: 'asahi-donga-kr-dislike-jp',
    title: 'South Koreans who dislike Japan (Asahi–Dong-A)',
    sourceOrg: 'Asahi Shimbun and Dong-A Ilbo',
    survey: 'Asahi–Dong-A joint survey (2015; 2025, 60th anniversary of normalisation)',
    question: 'Do you like Japan? "Dislike". Paraphrase from an English page.',
    method: 'Korean-side mode and sample not recorded in our sources.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['One secondary English page (daily8.com), low confidence.'],
  },
  {
    rawSeriesId: 'chosun_mainichi_kr_affection_jp',
    id: 'chosun-mainichi-kr-friendly-japanese',
    title: 'South Koreans who feel friendly toward the Japanese (Chosun–Mainichi)',
    sourceOrg: 'Chosun Ilbo and Mainichi Shimbun',
    survey: 'Korea-Japan joint survey',
    question:
      'Do you feel friendly toward the Japanese (people)? Paraphrase from Chosun’s English page.',
    method: 'About 1,000 respondents per country; mode not recorded in our sources.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['About people, not the country. All four values come from one 2012 Chosun Ilbo page.'],
  },
  {
    rawSeriesId: 'chosun_mainichi_jp_affection_kr',
    id: 'chosun-mainichi-jp-like-koreans',
    title: 'Japanese who like Koreans (Chosun–Mainichi)',
    sourceOrg: 'Chosun Ilbo and Mainichi Shimbun',
    survey: 'Korea-Japan joint survey',
    question: 'Do you like Koreans (people)? Paraphrase from Chosun’s English page.',
    method: 'About 1,000 respondents per country; mode not recorded in our sources.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['About people, not the country. All four values come from one 2012 Chosun Ilbo page.'],
  },
  {
    rawSeriesId: 'asahi2019_jp_like_kr',
    id: 'asahi-2019-jp-like-kr',
    title: 'Japanese who like South Korea (Asahi, Sept 2019)',
    sourceOrg: 'Asahi Shimbun',
    survey: 'Asahi nationwide phone poll (14–15 Sept 2019)',
    question: 'Do you like or dislike South Korea? "Like" (「好き」). Paraphrase.',
    method: 'Nationwide telephone poll, 14–15 Sept 2019, n=1,010.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [
      'One wave, complete from 18–29 to 70+ (age rows from Newspim; Newsis gives the same dislike figures).',
    ],
  },
  {
    rawSeriesId: 'asahi2019_jp_dislike_kr',
    id: 'asahi-2019-jp-dislike-kr',
    title: 'Japanese who dislike South Korea (Asahi, Sept 2019)',
    sourceOrg: 'Asahi Shimbun',
    survey: 'Asahi nationwide phone poll (14–15 Sept 2019)',
    question: 'Do you like or dislike South Korea? "Dislike" (「嫌い」). Paraphrase.',
    method: 'Nationwide telephone poll, 14–15 Sept 2019, n=1,010.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [
      'One wave, complete from 18–29 to 70+ (age rows from Newspim; Newsis gives the same dislike figures).',
    ],
  },
  {
    rawSeriesId: 'asahi2016_teen_jp_like_kr',
    id: 'asahi-2016-jp-teens-like-kr',
    title: 'Japanese aged 18–19 who like South Korea (Asahi, 2016)',
    sourceOrg: 'Asahi Shimbun',
    survey: 'Asahi postal survey of new 18–19-year-old voters (2016)',
    question: 'Do you like or dislike South Korea? "Like". Paraphrase.',
    method: 'Postal survey of 18–19-year-olds only, before 8 Apr 2016; 2,109 valid of 3,000.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['Youth-only snapshot; not comparable with all-ages surveys.'],
  },
  {
    rawSeriesId: 'asahi2016_teen_jp_dislike_kr',
    id: 'asahi-2016-jp-teens-dislike-kr',
    title: 'Japanese aged 18–19 who dislike South Korea (Asahi, 2016)',
    sourceOrg: 'Asahi Shimbun',
    survey: 'Asahi postal survey of new 18–19-year-old voters (2016)',
    question: 'Do you like or dislike South Korea? "Dislike". Paraphrase.',
    method: 'Postal survey of 18–19-year-olds only, before 8 Apr 2016; 2,109 valid of 3,000.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['Youth-only snapshot; not comparable with all-ages surveys.'],
  },
  {
    rawSeriesId: 'keri_kr_favorable_jp',
    id: 'keri-kr-favorable-jp',
    title: 'South Koreans who feel favourable toward Japan (KERI, 2021)',
    sourceOrg: 'Korea Economic Research Institute (KERI), fieldwork by Mono Research',
    survey: 'KERI Korea-Japan perception survey 2021',
    question: 'Do you feel favourable toward Japan? "Feel favourable". Paraphrase.',
    method: 'Online survey, 2021, n=714 Korean respondents.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['Single snapshot from a forum repost (low). The same page gives 48.1% not favourable.'],
  },
  {
    rawSeriesId: 'seoul2004_kr_favorable_jp',
    id: 'seoul-2004-kr-favorable-jp',
    title: 'Seoul residents with a favourable view of Japan (2004)',
    sourceOrg:
      'University of Shizuoka / University of Tsukuba researchers (Japan Foundation programme)',
    survey: 'Seoul citizens opinion survey (phone, ages 18–60, Seoul only)',
    question: 'Can you feel favourable toward Japan? "Favourable" (好感が持てる). Paraphrase.',
    method: 'Telephone survey of Seoul residents aged 18–60, Sept 2004, n=803.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['Seoul only, ages 18–60: not a national sample.'],
  },
  {
    rawSeriesId: 'nahf_kr_favorable_jp',
    id: 'nahf-kr-18-39-favorable-jp',
    title: 'South Koreans aged 18–39 with a favourable view of Japan (NAHF, 2024)',
    sourceOrg: 'Northeast Asian History Foundation (동북아역사재단), fieldwork by Hankook Research',
    survey: 'NAHF survey of Koreans aged 18–39 on Japan and China (2030세대 인식조사)',
    question: 'Favourable view of Japan (일본에 호감). Paraphrase.',
    method: 'Koreans aged 18–39 only, 22–30 Jul 2024, n=1,000.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['Reported by Chosun Ilbo 2024-08-14; read on a theqoo.net repost.'],
  },
  {
    rawSeriesId: 'nahf_kr_trust_jp',
    id: 'nahf-kr-18-39-trust-jp',
    title: 'South Koreans aged 18–39 who trust Japan (NAHF, 2024)',
    sourceOrg: 'Northeast Asian History Foundation (동북아역사재단), fieldwork by Hankook Research',
    survey: 'NAHF survey of Koreans aged 18–39 on Japan and China (2030세대 인식조사)',
    question: 'Trust in Japan (일본에 대한 신뢰도). Paraphrase.',
    method: 'Koreans aged 18–39 only, 22–30 Jul 2024, n=1,000.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['Reported by Chosun Ilbo 2024-08-14; read on a theqoo.net repost.'],
  },
  {
    rawSeriesId: 'nahf_kr_favorable_jp_male',
    id: 'nahf-kr-men-favorable-jp',
    title: 'South Korean men aged 18–39 with a favourable view of Japan, by age (NAHF, 2024)',
    sourceOrg: 'Northeast Asian History Foundation (동북아역사재단), fieldwork by Hankook Research',
    survey: 'NAHF survey of Koreans aged 18–39 on Japan and China (2030세대 인식조사), men only',
    question: 'Favourable view of Japan (일본에 호감). Paraphrase.',
    method: 'Koreans aged 18–39 only, 22–30 Jul 2024, n=1,000 overall; cell sizes not published.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [
      'Sex × age cells: men only. Reported by Chosun Ilbo 2024-08-14; read on a theqoo.net repost.',
    ],
  },
  {
    rawSeriesId: 'nahf_kr_favorable_jp_female',
    id: 'nahf-kr-women-favorable-jp',
    title: 'South Korean women aged 18–39 with a favourable view of Japan, by age (NAHF, 2024)',
    sourceOrg: 'Northeast Asian History Foundation (동북아역사재단), fieldwork by Hankook Research',
    survey: 'NAHF survey of Koreans aged 18–39 on Japan and China (2030세대 인식조사), women only',
    question: 'Favourable view of Japan (일본에 호감). Paraphrase.',
    method: 'Koreans aged 18–39 only, 22–30 Jul 2024, n=1,000 overall; cell sizes not published.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [
      'Sex × age cells: women only. Reported by Chosun Ilbo 2024-08-14; read on a theqoo.net repost.',
    ],
  },
  {
    rawSeriesId: 'chosun_snu_kr_thermo_jp',
    id: 'chosun-snu-kr-thermometer-jp',
    title: 'South Koreans’ 0–100 score for Japan, by age (Chosun–SNU, 2025)',
    sourceOrg:
      'Chosun Ilbo and Seoul National University Institute for Future Strategy (서울대 국가미래전략원)',
    survey: 'Chosun–SNU four-country preference survey (4국 선호도 조사)',
    question: 'Score for Japan from 0 to 100; mean points by age band. Paraphrase.',
    method: 'Published 2025-03-06; fieldwork dates, mode and sample not stated on the page.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: [
      'A different thermometer from Hankook Research’s; do not join the two.',
      'Only age bands were found (20s to 70+); no all-ages mean.',
    ],
  },
  {
    rawSeriesId: 'chosun_snu_kr_favorable_jp',
    id: 'chosun-snu-kr-favorable-jp',
    title: 'South Koreans scoring Japan 60–100 (favourable), by age (Chosun–SNU, 2025)',
    sourceOrg:
      'Chosun Ilbo and Seoul National University Institute for Future Strategy (서울대 국가미래전략원)',
    survey: 'Chosun–SNU four-country preference survey (4국 선호도 조사)',
    question: 'Share scoring Japan 60–100 on the 0–100 scale ("favourable", 호의적).',
    method: 'Published 2025-03-06; fieldwork dates, mode and sample not stated on the page.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['Only 20s and 50s were published.'],
  },
  {
    rawSeriesId: 'chosun_snu_kr_unfavorable_jp',
    id: 'chosun-snu-kr-unfavorable-jp',
    title: 'South Koreans scoring Japan 0–40 (unfavourable), by age (Chosun–SNU, 2025)',
    sourceOrg:
      'Chosun Ilbo and Seoul National University Institute for Future Strategy (서울대 국가미래전략원)',
    survey: 'Chosun–SNU four-country preference survey (4국 선호도 조사)',
    question: 'Share scoring Japan 0–40 on the 0–100 scale ("unfavourable", 부정적).',
    method: 'Published 2025-03-06; fieldwork dates, mode and sample not stated on the page.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['Only 20s and 50s were published.'],
  },
  {
    rawSeriesId: 'chosun2005_youth_kr_like_jp',
    id: 'chosun-2005-kr-youth-like-jp',
    title: 'South Koreans aged 16–25 who like Japan (Chosun Ilbo, 2005)',
    sourceOrg: 'Chosun Ilbo',
    survey: 'Chosun Ilbo survey of Korean "new generation" (ages 16–25) on the US and Japan, 2005',
    question: 'Do you like Japan? "Like" (「好き」). Paraphrase.',
    method: 'Ages 16–25 only; published 2005-08-15; mode and sample not recorded in our sources.',
    topic: 'opinion',
    granularity: 'wave',
    breaks: [],
    notes: ['Youth-only snapshot from a blog repost of the Chosun Japanese edition (low).'],
  },
  // ── Tourism: Koreans to Japan ─────────────────────────────────────────────────────
  {
    rawSeriesId: 'jnto_kr_visitors_to_jp',
    id: 'jnto-kr-visitors-to-jp',
    title: 'Korean visitor arrivals in Japan (JNTO), per year',
    sourceOrg: 'Japan National Tourism Organization (JNTO)',
    survey: 'Visitor Arrivals to Japan (訪日外客数)',
    question: null,
    method:
      'Count of visitor arrivals of South Korean nationality, calendar year (JNTO definition).',
    topic: 'tourism',
    granularity: 'year',
    breaks: [
      {
        period: '2025',
        kind: 'other',
        note: `${JNTO_PROVISIONAL} The 2025 value is as first reported.`,
      },
    ],
    notes: [
      JNTO_PROVISIONAL,
      KOREANS_TO_JAPAN_DEFINITIONS,
      '2008–2010 and 2021 are missing; 2011 and 2012 appear only as rounded figures on secondary pages.',
    ],
    rowNotes: [
      {
        period: '2011',
        ageGroup: 'all',
        note: 'Rounded figure from a secondary page (quoted as "1.6 million in 2011"); JNTO’s exact count was not found.',
      },
      {
        period: '2012',
        ageGroup: 'all',
        note: 'Rounded figure from a secondary page ("2.04 million").',
      },
      {
        period: '2013',
        ageGroup: 'all',
        note: 'Japan’s Ministry of Justice counts 2,305,980 Korean entrants for 2013 (series moj-kr-entrants-jp); the two use different counting definitions that the stored pages do not explain.',
      },
      {
        period: '2018',
        ageGroup: 'all',
        note: 'The quoted page (Bloomberg via goo) prints 753万8592 (7,538,592); the reference file and NOTES.md give 7,538,952, used here. The digits differ by order: check against JNTO’s final table.',
      },
      {
        period: '2024',
        ageGroup: 'all',
        note: 'The Korean government’s own count for 2024 is about 8.6 million departures to Japan (series krgov-kr-departures-to-jp).',
      },
    ],
  },
  {
    rawSeriesId: 'jnto_kr_visitors_to_jp_monthly',
    id: 'jnto-kr-visitors-to-jp-monthly',
    title: 'Korean visitor arrivals in Japan (JNTO), per month',
    sourceOrg: 'Japan National Tourism Organization (JNTO)',
    survey: 'Visitor Arrivals to Japan (訪日外客数)',
    question: null,
    method:
      'Count of visitor arrivals of South Korean nationality in a calendar month (JNTO definition); mostly JNTO’s first monthly estimates.',
    topic: 'tourism',
    granularity: 'month',
    breaks: [],
    notes: [
      JNTO_PROVISIONAL,
      'Scattered months only: the boycott (Jul–Dec 2019) and COVID months are covered, most other months are gaps.',
    ],
  },
  {
    rawSeriesId: 'jnto_kr_visitors_to_jp_cumulative',
    id: 'jnto-kr-visitors-to-jp-year-to-date',
    title: 'Korean visitor arrivals in Japan (JNTO), January to the given month',
    sourceOrg: 'Japan National Tourism Organization (JNTO)',
    survey: 'Visitor Arrivals to Japan (訪日外客数)',
    question: null,
    method:
      'Cumulative count from January to the end of the given month (e.g. 2019-06 = Jan–Jun 2019), JNTO definition.',
    topic: 'tourism',
    granularity: 'month',
    breaks: [],
    notes: [JNTO_PROVISIONAL, 'Year-to-date totals: do not compare with single-month counts.'],
  },
  {
    rawSeriesId: 'moj_kr_entrants_jp',
    id: 'moj-kr-entrants-jp',
    title: 'South Korean entrants to Japan (Ministry of Justice of Japan)',
    sourceOrg: 'Ministry of Justice of Japan (法務省)',
    survey: 'Immigration control statistics: foreign entrants (出入国管理統計)',
    question: null,
    method:
      'Count of foreign entrants of South Korean nationality, calendar year (preliminary values).',
    topic: 'tourism',
    granularity: 'year',
    breaks: [],
    notes: [KOREANS_TO_JAPAN_DEFINITIONS, 'Both values are preliminary (速報値).'],
    rowNotes: [
      {
        period: '2013',
        ageGroup: 'all',
        note: 'JNTO counts 2,456,165 Korean visitor arrivals for 2013 (series jnto-kr-visitors-to-jp); the definitions differ. wowkorea gives "about 2.31 million", searchina 2,305,980.',
      },
      {
        period: '2010',
        ageGroup: 'all',
        note: 'Preliminary and rounded ("about 2.69 million").',
      },
    ],
  },
  {
    rawSeriesId: 'krgov_kr_departures_to_jp',
    periodFilter: 'year',
    id: 'krgov-kr-departures-to-jp',
    title: 'South Koreans departing for Japan (Korean government count), per year',
    sourceOrg: 'Korean government (Ministry of Justice of Korea immigration statistics)',
    survey:
      'Immigration statistics: Korean nationals departing, by destination (출입국 통계월보); 2024 reported as "Korean government statistics basis"',
    question: null,
    method: 'Departures of Korean nationals with Japan as destination, calendar year.',
    topic: 'tourism',
    granularity: 'year',
    breaks: [],
    notes: [
      KOREANS_TO_JAPAN_DEFINITIONS,
      'The 2024 figure is reported only as "Korean government statistics" (rounded, about 8.6 million); the page does not name the ministry.',
    ],
    rowNotes: [
      {
        period: '2024',
        ageGroup: 'all',
        note: 'Rounded ("about 8.6 million"). JNTO counts 8,817,800 Korean arrivals in Japan for 2024 (series jnto-kr-visitors-to-jp); the definitions differ.',
      },
    ],
  },
  {
    rawSeriesId: 'krgov_kr_departures_to_jp',
    periodFilter: 'month',
    id: 'krgov-kr-departures-to-jp-monthly',
    title: 'South Koreans departing for Japan (Korean Ministry of Justice), per month',
    sourceOrg: 'Ministry of Justice of Korea (법무부 출입국·외국인정책본부)',
    survey: 'Immigration statistics: Korean nationals departing, by destination (출입국 통계월보)',
    question: null,
    method: 'Departures of Korean nationals with Japan as destination, calendar month.',
    topic: 'tourism',
    granularity: 'month',
    breaks: [],
    notes: [
      KOREANS_TO_JAPAN_DEFINITIONS,
      'Split from the annual series because a monthly count must not sit on the same line as annual totals.',
    ],
  },
  {
    rawSeriesId: 'kr_travelers_to_jp_share_by_age',
    id: 'kr-travellers-to-jp-share-by-age',
    title: 'Share of Korean travellers to Japan by age group (2023, unnamed survey)',
    sourceOrg: 'Unspecified travel-industry survey (reported by Local Segye)',
    survey: 'Korean travellers to Japan by age (2023)',
    question: null,
    method: 'Underlying survey not named by the page.',
    topic: 'tourism',
    granularity: 'year',
    breaks: [],
    notes: [
      'The only age split of Korean travellers to Japan found; the page names no underlying survey (low confidence). JNTO and Japan’s MOJ publish no age split of Korean visitors in our sources.',
      'Shares add up to 95%; the remaining 5% are not described.',
    ],
  },
  // ── Tourism: Japanese to Korea ────────────────────────────────────────────────────
  {
    rawSeriesId: 'kto_jp_visitors_to_kr',
    id: 'kto-jp-visitors-to-kr',
    title: 'Japanese visitor arrivals in South Korea (KTO), per year',
    sourceOrg: 'Korea Tourism Organization (KTO)',
    survey: 'Korea Tourism Statistics: foreign visitor arrivals (한국관광통계)',
    question: null,
    method: 'Count of arrivals of Japanese nationality, calendar year (KTO headline count).',
    topic: 'tourism',
    granularity: 'year',
    breaks: [
      {
        period: '2019',
        kind: 'other',
        note: 'The 2019 value is KTO’s provisional "about 3.27 million" (暫定値); no final figure was found.',
      },
    ],
    notes: [
      KTO_CREW_NOTE,
      '2010 and 2020–2022 are missing (only Jan–Nov 2022 = 212,692 is known, in the year-to-date series).',
    ],
    rowNotes: [
      {
        period: '2012',
        ageGroup: 'all',
        note: 'One Yonhap text prints 3,418,792, apparently a typo for 3,518,792 (the same article’s "2016 = 65.3% of 2012" implies about 3.52M); 3.52 million (rounded) used here.',
      },
      {
        period: '2013',
        ageGroup: 'all',
        note: 'The AsiaN gives 2,747,750; KTO’s final figure 2,746,754 (via Yonhap, quoted on this page) is used here.',
      },
      {
        period: '2016',
        ageGroup: 'all',
        note: 'Catalk lists 2,297,884; Yonhap gives 2,297,893, used here.',
      },
      {
        period: '2018',
        ageGroup: 'all',
        note: 'KTO headline count (can include crew). KOSIS "excluding crew" gives 2,921,360 (series kosis-jp-visitors-to-kr-excl-crew).',
      },
      {
        period: '2019',
        ageGroup: 'all',
        note: 'Provisional ("about 3.27 million", 暫定値).',
      },
      {
        period: '2024',
        ageGroup: 'all',
        note: 'This page (dqdt.shop, a news1 mirror) also shows China at 6,023,273 where Yonhap gives 4.6 million; its Japan figure agrees with Yonhap’s 3.22 million, so only the Japan figure is used.',
      },
    ],
  },
  {
    rawSeriesId: 'kosis_jp_visitors_to_kr_excl_crew',
    id: 'kosis-jp-visitors-to-kr-excl-crew',
    title: 'Japanese visitor arrivals in South Korea excluding crew (KOSIS), per year',
    sourceOrg: 'Statistics Korea KOSIS (Korea Tourism Statistics)',
    survey: 'Korea Tourism Statistics: visitors excluding crew',
    question: null,
    method: 'Count of arrivals of Japanese nationality excluding crew, calendar year.',
    topic: 'tourism',
    granularity: 'year',
    breaks: [
      {
        period: '2018',
        kind: 'definition',
        note: 'Excludes crew, unlike KTO’s headline count (series kto-jp-visitors-to-kr): 2018 KOSIS 2,921,360 against KTO 2,948,527.',
      },
    ],
    notes: [KTO_CREW_NOTE],
  },
  {
    rawSeriesId: 'kto_jp_visitors_to_kr_monthly',
    id: 'kto-jp-visitors-to-kr-monthly',
    title: 'Japanese visitor arrivals in South Korea (KTO), per month',
    sourceOrg: 'Korea Tourism Organization (KTO)',
    survey: 'Korea Tourism Statistics: foreign visitor arrivals (한국관광통계)',
    question: null,
    method: 'Count of arrivals of Japanese nationality in a calendar month (KTO headline count).',
    topic: 'tourism',
    granularity: 'month',
    breaks: [],
    notes: [
      KTO_CREW_NOTE,
      'In Aug 2019 Japanese arrivals in Korea (329,652) exceeded Korean arrivals in Japan (308,730) for the first time since 2014.',
    ],
    rowNotes: [
      {
        period: '2024-12',
        ageGroup: 'all',
        note: 'Yonhap gives 251,000 (rounded).',
      },
      {
        period: '2023-12',
        ageGroup: 'all',
        note: 'Rounded ("19.6만명").',
      },
    ],
  },
  {
    rawSeriesId: 'kto_jp_visitors_to_kr_cumulative',
    id: 'kto-jp-visitors-to-kr-year-to-date',
    title: 'Japanese visitor arrivals in South Korea (KTO), January to the given month',
    sourceOrg: 'Korea Tourism Organization (KTO)',
    survey: 'Korea Tourism Statistics: foreign visitor arrivals (한국관광통계)',
    question: null,
    method:
      'Cumulative count from January to the end of the given month (2022-11 = Jan–Nov 2022, the others Jan–Jun).',
    topic: 'tourism',
    granularity: 'month',
    breaks: [],
    notes: [KTO_CREW_NOTE, 'Year-to-date totals: do not compare with single-month counts.'],
    rowNotes: [
      {
        period: '2022-11',
        ageGroup: 'all',
        note: 'January–November 2022 (December not included); the only figure found for 2022.',
      },
    ],
  },
  {
    rawSeriesId: 'kto_jp_visitors_to_kr_monthly_by_age',
    id: 'kto-jp-visitors-to-kr-monthly-by-age',
    title: 'Japanese visitor arrivals in South Korea by age band (KTO), per month',
    sourceOrg: 'Korea Tourism Organization (KTO)',
    survey: 'Korea Tourism Statistics: monthly arrivals by nationality and age',
    question: null,
    method: 'Count of arrivals of Japanese nationality in a calendar month, by KTO age band.',
    topic: 'tourism',
    granularity: 'month',
    breaks: [],
    notes: [
      'KTO publishes bands 0-20, 21-30, 31-40, 41-50, 51-60…; Korean press often writes "20대" (20s) or "20세 이하" (under 20) for the same bands. Labels are kept exactly as each page prints them.',
      'Feb 2019: the page gives the Japanese month total as 213,200 = men 70,961 + women 139,997 + crew 2,242.',
    ],
    rowNotes: [
      {
        period: '2019-07',
        ageGroup: '20s',
        note: 'Printed as 20대 by the Korean press; probably KTO’s 21-30 band.',
      },
      {
        period: '2019-07',
        ageGroup: 'under20',
        note: 'Printed as 20세 이하 by the Korean press; probably KTO’s 0-20 band.',
      },
    ],
  },
  {
    rawSeriesId: 'kto_jp_visitors_to_kr_share_by_age',
    id: 'kto-jp-visitors-to-kr-share-by-age',
    title: 'Share of Japanese visitors to South Korea aged 30 or under (KTO, 2023)',
    sourceOrg: 'Korea Tourism Organization (KTO)',
    survey: 'Korea Tourism Statistics: share of arrivals by age',
    question: null,
    method: 'Share of arrivals of Japanese nationality aged 30 or under, calendar year.',
    topic: 'tourism',
    granularity: 'year',
    breaks: [],
    notes: ['One value from a blog (low confidence).'],
  },
  {
    rawSeriesId: 'kcti_jp_visitors_to_kr_by_age',
    id: 'kcti-jp-visitors-to-kr-by-age',
    title: 'Japanese visitor arrivals in South Korea by age band (KCTI analysis of KTO data)',
    sourceOrg: 'Korea Culture & Tourism Institute (KCTI), analysis of KTO entry data',
    survey: 'Korea inbound 10-year review (2009–2018)',
    question: null,
    method: 'Arrivals of Japanese nationality by age band, calendar year.',
    topic: 'tourism',
    granularity: 'year',
    breaks: [],
    notes: [
      'Only the largest age group of 2009 and 2018 was published. Edaily writes the 2018 group as "21~30세 74만여명"; Travel Times as 20대 749,296 (kept as "20s").',
    ],
    rowNotes: [
      {
        period: '2009',
        ageGroup: '51-60',
        note: 'Rounded ("62만여명"), the largest age group in 2009.',
      },
    ],
  },
  {
    rawSeriesId: 'kto_jp_female_visitors_to_kr_cumulative_by_age',
    id: 'kto-jp-women-visitors-to-kr-by-age-year-to-date',
    title: 'Japanese women visiting South Korea by age band (KTO), January to the given month',
    sourceOrg: 'Korea Tourism Organization (KTO)',
    survey: 'Korea Tourism Statistics: arrivals by nationality, sex and age',
    question: null,
    method: 'Women of Japanese nationality, cumulative January–May 2023, by age band.',
    topic: 'tourism',
    granularity: 'month',
    breaks: [],
    notes: ['Women only; January–May 2023 cumulative.'],
  },
  {
    rawSeriesId: 'kto_jp_female_visitors_to_kr_share_by_age',
    id: 'kto-jp-women-visitors-to-kr-share-by-age',
    title: 'Japanese women aged 21–30 as a share of all Japanese visitors to South Korea (KTO)',
    sourceOrg: 'Korea Tourism Organization (KTO)',
    survey: 'Korea Tourism Statistics: arrivals by nationality, sex and age',
    question: null,
    method:
      'Women aged 21–30 as a share of all arrivals of Japanese nationality, January–May 2023.',
    topic: 'tourism',
    granularity: 'month',
    breaks: [],
    notes: ['Share of all Japanese arrivals (both sexes), not of women only.'],
  },
  {
    rawSeriesId: 'jtb_jp_female_visitors_to_kr',
    id: 'jtb-jp-women-20s-visitors-to-kr',
    title: 'Japanese women in their 20s visiting South Korea (JTB analysis)',
    sourceOrg: 'JTB Tourism Research & Consulting (JTB 総合研究所)',
    survey: 'JTB analysis of Japanese women in their 20s travelling to Korea',
    question: null,
    method: 'Women of Japanese nationality in their 20s, calendar year.',
    topic: 'tourism',
    granularity: 'year',
    breaks: [],
    notes: ['Women in their 20s only. Reported by Yonhap via Weekly Hankook (2012).'],
  },
]
