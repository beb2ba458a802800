/**
 * Chart titles, chart-kit labels and break names per language. Kept apart from the page
 * messages so the embed can carry chart strings without the dashboard's.
 */
import type { ChartLabels } from '../charts/core/labels'
import type { SeriesBreak } from '../data/schemas'
import type { Lang, Measure } from '../url/state'

export { fill } from './fill'

export interface ChartStrings {
  labels: ChartLabels
  breaks: Record<SeriesBreak['kind'], string>
  titles: Record<
    'favorability-trend' | 'age-cohorts' | 'tourism-flows' | 'opinion-vs-tourism',
    string
  >
  subtitles: Record<
    'favorability-trend' | 'age-cohorts' | 'tourism-flows' | 'opinion-vs-tourism',
    string
  >
  /** "{sources}" replaced by the source organisations. */
  sourceLine: string
  /** "{cohort}" and "{sources}". */
  missingForCohort: string
  /** "{cohort}". */
  noneForCohort: string
  /** "{band}", "{reason}". */
  approximateBand: string
  partialFailure: string
  allAges: string
  direction: Record<'KR-JP' | 'JP-KR', string>
  samplingToggle: string
  leadersToggle: string
  eventsToggle: string
  respondents: Record<'both' | 'KR' | 'JP', string>
  /** The trend chart per opinion measure: filter label, chart title, subtitle. */
  measures: Record<Measure, { label: string; title: string; subtitle: string }>
  measureFilter: string
}

const en: ChartStrings = {
  labels: {
    showTable: 'Show table',
    hideTable: 'Hide table',
    source: 'Source',
    notes: 'Notes',
    methodBreaks: 'Method breaks',
    estimated: 'Estimated',
    provisional: 'Provisional',
    sampleSize: 'Sample size',
    fieldwork: 'Fieldwork',
    marginOfError: '95% sampling error',
    samplingErrorBand: '95% sampling error only',
    noData: 'No data for this selection',
    legend: 'Series (press to show or hide)',
    range: 'Time range',
    rangeFrom: 'From',
    rangeTo: 'To',
    resetRange: 'Reset range',
    keyboardHint:
      'Use the arrow keys to move between points: left and right along a series, up and down between series. Escape clears.',
    series: 'Series',
    period: 'Period',
    value: 'Value',
    category: 'Age group',
    unitTitles: {
      percent: 'Percent of respondents',
      thermometer: 'Feeling thermometer (0–100)',
      count: 'Visitors',
    },
    annual: 'Annual',
    monthly: 'Monthly',
    earlier: 'Earlier wave',
    later: 'Later wave',
    bandsNote: 'Age bands as each source published them; sources are never merged.',
    provisionalNote: 'Hollow points are provisional or estimated figures.',
    download: 'Download',
    downloadSvg: 'SVG image',
    downloadPng: 'PNG image',
    downloadPng2x: 'PNG image (2×)',
    downloadCsv: 'CSV data',
    downloadJson: 'JSON data',
    viewIn: 'View in ROK–Japan Pulse',
  },
  breaks: {
    mode: 'Survey mode changed',
    age_base: 'Age base changed',
    partner: 'Survey partner changed',
    definition: 'Definition changed',
    other: 'Method changed',
  },
  titles: {
    'favorability-trend': 'How favourably Koreans and Japanese see each other',
    'age-cohorts': 'Favourability by age group',
    'tourism-flows': 'Visitors between South Korea and Japan',
    'opinion-vs-tourism': 'Opinion and travel, side by side',
  },
  subtitles: {
    'favorability-trend':
      'Share with a positive view of the other country, by survey; thermometer scores (0–100) in their own panel',
    'age-cohorts': 'Each source’s published age bands, latest wave against the one before',
    'tourism-flows': 'Visitor arrivals as counted by each destination’s tourism office',
    'opinion-vs-tourism':
      'A sentiment series above, the matching visitor flow below, on one time axis',
  },
  sourceLine: 'Source: {sources}',
  missingForCohort: 'No {cohort} figure was published by: {sources}.',
  noneForCohort:
    'No source in this chart published a figure for {cohort}. Choose another age group or All ages.',
  approximateBand: '{band} stands in for the selected cohort: {reason}.',
  partialFailure: 'Some series could not be loaded:',
  allAges: 'All ages',
  direction: { 'KR-JP': 'Koreans on Japan', 'JP-KR': 'Japanese on Korea' },
  samplingToggle: 'Show 95% sampling error',
  leadersToggle: 'Show leaders’ terms',
  eventsToggle: 'Show events',
  respondents: { both: 'Both directions', KR: 'Koreans on Japan', JP: 'Japanese on Korea' },
  measureFilter: 'Measure',
  measures: {
    favourable: {
      label: 'Favourable view',
      title: 'How favourably Koreans and Japanese see each other',
      subtitle:
        'Share with a positive view of the other country, by survey; thermometer scores (0–100) in their own panel',
    },
    unfavourable: {
      label: 'Unfavourable view',
      title: 'How many Koreans and Japanese view each other unfavourably',
      subtitle: 'Share with a bad impression, dislike or no affinity, by survey',
    },
    relations: {
      label: 'Relations are good',
      title: 'Do Koreans and Japanese think relations are good?',
      subtitle: 'Share saying relations between the two countries are good, by survey',
    },
    trust: {
      label: 'Trust',
      title: 'Do Koreans and Japanese trust each other’s country?',
      subtitle: 'Share saying the other country can be trusted, by survey',
    },
  },
}

const ko: ChartStrings = {
  labels: {
    showTable: '표 보기',
    hideTable: '표 숨기기',
    source: '출처',
    notes: '참고',
    methodBreaks: '조사 방법 변경',
    estimated: '추정',
    provisional: '잠정',
    sampleSize: '표본 수',
    fieldwork: '조사 기간',
    marginOfError: '95% 표본오차',
    samplingErrorBand: '95% 표본오차만 표시',
    noData: '이 조건에 해당하는 데이터가 없습니다',
    legend: '시계열 (눌러서 표시/숨김)',
    range: '기간',
    rangeFrom: '시작',
    rangeTo: '끝',
    resetRange: '기간 초기화',
    keyboardHint:
      '화살표 키로 점 사이를 이동합니다: 좌우는 시계열을 따라, 위아래는 시계열 사이. Esc로 해제.',
    series: '시계열',
    period: '시점',
    value: '값',
    category: '연령대',
    unitTitles: { percent: '응답자 비율(%)', thermometer: '감정 온도(0–100)', count: '방문객 수' },
    annual: '연간',
    monthly: '월간',
    earlier: '이전 조사',
    later: '최근 조사',
    bandsNote: '연령대는 각 출처가 공표한 그대로이며, 출처끼리 합치지 않습니다.',
    provisionalNote: '속이 빈 점은 잠정치 또는 추정치입니다.',
    download: '내려받기',
    downloadSvg: 'SVG 이미지',
    downloadPng: 'PNG 이미지',
    downloadPng2x: 'PNG 이미지(2배)',
    downloadCsv: 'CSV 데이터',
    downloadJson: 'JSON 데이터',
    viewIn: 'ROK–Japan Pulse에서 보기',
  },
  breaks: {
    mode: '조사 방식 변경',
    age_base: '연령 기준 변경',
    partner: '조사 주체 변경',
    definition: '정의 변경',
    other: '방법 변경',
  },
  titles: {
    'favorability-trend': '한국인과 일본인의 상대국 호감도',
    'age-cohorts': '연령대별 호감도',
    'tourism-flows': '한일 간 방문객',
    'opinion-vs-tourism': '여론과 여행을 나란히',
  },
  subtitles: {
    'favorability-trend': '조사별 상대국에 긍정적인 응답 비율; 감정 온도(0–100)는 별도 패널',
    'age-cohorts': '각 출처가 공표한 연령대, 최근 조사와 그 이전 조사',
    'tourism-flows': '도착국 관광 당국이 집계한 방문객 수',
    'opinion-vs-tourism': '위는 여론, 아래는 해당 방향의 방문객 수, 같은 시간 축',
  },
  sourceLine: '출처: {sources}',
  missingForCohort: '{cohort} 수치를 공표하지 않은 조사: {sources}.',
  noneForCohort:
    '이 차트의 어느 출처도 {cohort} 수치를 공표하지 않았습니다. 다른 연령대나 전 연령을 선택하세요.',
  approximateBand: '{band}이(가) 선택한 연령대를 대신합니다: {reason}.',
  partialFailure: '일부 시계열을 불러오지 못했습니다:',
  allAges: '전 연령',
  direction: { 'KR-JP': '한국인의 일본 인식', 'JP-KR': '일본인의 한국 인식' },
  samplingToggle: '95% 표본오차 표시',
  leadersToggle: '정상 재임 기간 표시',
  eventsToggle: '주요 사건 표시',
  respondents: { both: '양방향', KR: '한국인의 일본 인식', JP: '일본인의 한국 인식' },
  measureFilter: '지표',
  measures: {
    favourable: {
      label: '호감',
      title: '한국인과 일본인의 상대국 호감도',
      subtitle: '조사별 상대국에 긍정적인 응답 비율; 감정 온도(0–100)는 별도 패널',
    },
    unfavourable: {
      label: '비호감',
      title: '상대국에 부정적인 한국인과 일본인',
      subtitle: '조사별 나쁜 인상·싫어함·친근감 없음 응답 비율',
    },
    relations: {
      label: '양국 관계가 좋다',
      title: '한일 관계가 좋다고 보는가',
      subtitle: '조사별 양국 관계가 좋다는 응답 비율',
    },
    trust: {
      label: '신뢰',
      title: '상대국을 신뢰하는가',
      subtitle: '조사별 상대국을 신뢰할 수 있다는 응답 비율',
    },
  },
}

const ja: ChartStrings = {
  labels: {
    showTable: '表を表示',
    hideTable: '表を隠す',
    source: '出典',
    notes: '注記',
    methodBreaks: '調査方法の変更',
    estimated: '推計',
    provisional: '速報値',
    sampleSize: 'サンプル数',
    fieldwork: '調査期間',
    marginOfError: '95%標本誤差',
    samplingErrorBand: '95%標本誤差のみ',
    noData: 'この条件のデータはありません',
    legend: '系列（押して表示／非表示）',
    range: '期間',
    rangeFrom: '開始',
    rangeTo: '終了',
    resetRange: '期間をリセット',
    keyboardHint: '矢印キーで点の間を移動します：左右は系列に沿って、上下は系列間。Escで解除。',
    series: '系列',
    period: '時点',
    value: '値',
    category: '年齢層',
    unitTitles: {
      percent: '回答者の割合（%）',
      thermometer: '感情温度（0–100）',
      count: '訪問者数',
    },
    annual: '年次',
    monthly: '月次',
    earlier: '前回調査',
    later: '最新調査',
    bandsNote: '年齢層は各出典が公表したとおりで、出典をまたいで統合しません。',
    provisionalNote: '白抜きの点は速報値または推計値です。',
    download: 'ダウンロード',
    downloadSvg: 'SVG画像',
    downloadPng: 'PNG画像',
    downloadPng2x: 'PNG画像（2倍）',
    downloadCsv: 'CSVデータ',
    downloadJson: 'JSONデータ',
    viewIn: 'ROK–Japan Pulseで見る',
  },
  breaks: {
    mode: '調査方式の変更',
    age_base: '対象年齢の変更',
    partner: '調査主体の変更',
    definition: '定義の変更',
    other: '方法の変更',
  },
  titles: {
    'favorability-trend': '韓国人と日本人の相手国への好感度',
    'age-cohorts': '年齢層別の好感度',
    'tourism-flows': '日韓間の訪問者数',
    'opinion-vs-tourism': '世論と旅行を並べて',
  },
  subtitles: {
    'favorability-trend': '調査別の相手国に好意的な回答の割合。感情温度（0–100）は別パネル',
    'age-cohorts': '各出典が公表した年齢層、最新調査と前回調査',
    'tourism-flows': '到着国の観光当局が集計した訪問者数',
    'opinion-vs-tourism': '上に世論、下に同じ方向の訪問者数、共通の時間軸',
  },
  sourceLine: '出典：{sources}',
  missingForCohort: '{cohort}の数値を公表していない調査：{sources}。',
  noneForCohort:
    'このグラフのどの出典も{cohort}の数値を公表していません。別の年齢層か全年齢を選んでください。',
  approximateBand: '{band}で選択した年齢層を代用しています：{reason}。',
  partialFailure: '一部の系列を読み込めませんでした：',
  allAges: '全年齢',
  direction: { 'KR-JP': '韓国人の対日意識', 'JP-KR': '日本人の対韓意識' },
  samplingToggle: '95%標本誤差を表示',
  leadersToggle: '首脳の在任期間を表示',
  eventsToggle: '出来事を表示',
  respondents: { both: '双方向', KR: '韓国人の対日意識', JP: '日本人の対韓意識' },
  measureFilter: '指標',
  measures: {
    favourable: {
      label: '好感',
      title: '韓国人と日本人の相手国への好感度',
      subtitle: '調査別の相手国に好意的な回答の割合。感情温度（0–100）は別パネル',
    },
    unfavourable: {
      label: '非好感',
      title: '相手国に否定的な韓国人と日本人',
      subtitle: '調査別の悪い印象・嫌い・親しみを感じないの割合',
    },
    relations: {
      label: '両国関係は良い',
      title: '日韓関係は良いと考えるか',
      subtitle: '調査別の両国関係が良いとする回答の割合',
    },
    trust: {
      label: '信頼',
      title: '相手国を信頼しているか',
      subtitle: '調査別の相手国を信頼できるとする回答の割合',
    },
  },
}

export const CHART_STRINGS: Record<Lang, ChartStrings> = { en, ko, ja }
