/** "Copy link": the address of exactly this view (filters, language, theme) to the clipboard. */
import { useState } from 'react'
import { useLocale } from '../i18n/context'
import { currentHref } from './use-url-state'

export function CopyLink() {
  const { t } = useLocale()
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(currentHref())
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
    window.setTimeout(() => setStatus('idle'), 4000)
  }
  return (
    <span className="copy-link">
      <button type="button" className="button" onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      <span role="status" className="copy-link__status">
        {status === 'copied' ? t('share.copied') : status === 'failed' ? t('share.failed') : ''}
      </span>
    </span>
  )
}
