import { useLocale } from '../i18n/context'
import { LANGS, THEMES, type Lang, type Theme } from '../url/state'

const LANG_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어', ja: '日本語' }

export interface HeaderProps {
  theme: Theme
  onLang: (lang: Lang) => void
  onTheme: (theme: Theme) => void
}

/** Product name with the language and theme switches. */
export function Header({ theme, onLang, onTheme }: HeaderProps) {
  const { t, lang } = useLocale()
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <h1 className="brand">{t('app.title')}</h1>
        <div className="switches">
          <label>
            <span>{t('header.language')}</span>
            <select value={lang} onChange={(e) => onLang(e.target.value as Lang)}>
              {LANGS.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANG_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('header.theme')}</span>
            <select value={theme} onChange={(e) => onTheme(e.target.value as Theme)}>
              {THEMES.map((th) => (
                <option key={th} value={th}>
                  {t(`theme.${th}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
    </header>
  )
}
