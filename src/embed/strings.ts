/** The embed's own few strings (its chrome around a chart), in en, ko and ja. */
import type { Lang } from '../url/state'

export interface EmbedStrings {
  /** "{date}". */
  dataAsOf: string
  /** A pinned embed whose data has been updated since: "{pinned}", "{date}". */
  updatedSince: string
  viewInDashboard: string
  /** Screen-reader hint that the link opens a new tab. */
  newTab: string
  /** "{params}": parameters that were ignored. */
  ignored: string
  unknownTitle: string
  /** "{chart}". */
  unknownChart: string
  missingChart: string
  validIds: string
}

export const EMBED_STRINGS: Record<Lang, EmbedStrings> = {
  en: {
    dataAsOf: 'Data as of {date}',
    updatedSince:
      'Updated since this chart was published: it was pinned to the data of {pinned}; the figures shown are as of {date}.',
    viewInDashboard: 'View in ROK–Japan Pulse',
    newTab: '(opens in a new tab)',
    ignored: 'Ignored {params}; showing the default.',
    unknownTitle: 'This chart could not be shown',
    unknownChart: 'The embed asks for a chart called “{chart}”, which does not exist.',
    missingChart: 'The embed does not say which chart to show (the chart= parameter is missing).',
    validIds: 'Valid chart IDs:',
  },
  ko: {
    dataAsOf: '데이터 기준: {date}',
    updatedSince:
      '이 차트가 게시된 뒤 데이터가 갱신되었습니다. 게시 당시 데이터 기준은 {pinned}이며, 지금 보이는 수치는 {date} 기준입니다.',
    viewInDashboard: 'ROK–Japan Pulse에서 보기',
    newTab: '(새 탭에서 열림)',
    ignored: '{params} 값은 무시하고 기본값으로 표시합니다.',
    unknownTitle: '차트를 표시할 수 없습니다',
    unknownChart: '임베드가 요청한 차트 “{chart}”은(는) 없습니다.',
    missingChart: '임베드에 표시할 차트가 지정되지 않았습니다(chart= 매개변수 없음).',
    validIds: '사용할 수 있는 차트 ID:',
  },
  ja: {
    dataAsOf: 'データ時点: {date}',
    updatedSince:
      'このグラフの公開後にデータが更新されました。公開時のデータ時点は{pinned}で、表示中の数値は{date}時点のものです。',
    viewInDashboard: 'ROK–Japan Pulseで見る',
    newTab: '(新しいタブで開きます)',
    ignored: '{params} は無視し、既定値で表示しています。',
    unknownTitle: 'グラフを表示できません',
    unknownChart: '埋め込みが指定したグラフ「{chart}」は存在しません。',
    missingChart: '埋め込みに表示するグラフが指定されていません(chart= パラメーターがありません)。',
    validIds: '使用できるグラフID:',
  },
}
