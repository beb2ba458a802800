/**
 * The few messages a chart needs around itself (loading, retry, what failed), in every language:
 * part of the dashboard's catalogues (spread into ./en, ./ko, ./ja) and, on their own, the whole
 * catalogue of the embed, which carries no dashboard page messages.
 */
import type { Lang } from '../url/state'
import type { MessageCatalogue } from './catalogue'

export const STATUS_MESSAGES_EN = {
  'state.loading': 'Loading…',
  'state.retry': 'Retry',
  'error.network': 'Could not reach the data service. Check the connection and retry.',
  'error.timeout': 'The data service took too long to answer.',
  'error.http': 'The data service answered with an error ({status}).',
  'error.parse': 'The data service sent a response that could not be read.',
  'error.schema':
    'The data service sent data in an unexpected shape, so nothing is shown rather than a wrong number.',
  'error.unknown': 'Something went wrong while loading this part of the page.',
  'state.empty': 'The data service lists none of the series this chart draws.',
} as const

export type StatusMessageKey = keyof typeof STATUS_MESSAGES_EN

export const STATUS_MESSAGES_KO: Record<StatusMessageKey, string> = {
  'state.loading': '불러오는 중…',
  'state.retry': '다시 시도',
  'error.network': '데이터 서비스에 연결할 수 없습니다. 연결을 확인하고 다시 시도하세요.',
  'error.timeout': '데이터 서비스의 응답이 너무 늦습니다.',
  'error.http': '데이터 서비스가 오류로 응답했습니다 ({status}).',
  'error.parse': '데이터 서비스의 응답을 읽을 수 없습니다.',
  'error.schema':
    '데이터 서비스가 예상과 다른 형식의 데이터를 보냈습니다. 잘못된 수치 대신 아무것도 표시하지 않습니다.',
  'error.unknown': '이 부분을 불러오는 중 문제가 발생했습니다.',
  'state.empty': '데이터 서비스에 이 차트가 그리는 시계열이 없습니다.',
}

export const STATUS_MESSAGES_JA: Record<StatusMessageKey, string> = {
  'state.loading': '読み込み中…',
  'state.retry': '再試行',
  'error.network': 'データサービスに接続できません。接続を確認して再試行してください。',
  'error.timeout': 'データサービスの応答に時間がかかりすぎています。',
  'error.http': 'データサービスがエラーを返しました（{status}）。',
  'error.parse': 'データサービスの応答を読み取れませんでした。',
  'error.schema':
    'データサービスから想定外の形式のデータが届いたため、誤った数値を表示せず何も表示していません。',
  'error.unknown': 'この部分の読み込み中に問題が発生しました。',
  'state.empty': 'データサービスにこのグラフが描く系列がありません。',
}

const STATUS_MESSAGES: Record<Lang, Record<StatusMessageKey, string>> = {
  en: STATUS_MESSAGES_EN,
  ko: STATUS_MESSAGES_KO,
  ja: STATUS_MESSAGES_JA,
}

/** The embed's catalogue: these messages only, all three languages in the bundle (they are few). */
export const STATUS_CATALOGUE: MessageCatalogue = {
  fallback: STATUS_MESSAGES_EN,
  load: (lang) => Promise.resolve(STATUS_MESSAGES[lang]),
}
