/**
 * The pages' Content-Security-Policy (scripts/vite-csp-plugin.ts): scripts and styles from the
 * site only, the live API's origin and nothing else for requests, and inline scripts caught at
 * build time. (`scripts/check-dist.mjs` checks the policy in the built pages themselves.)
 */
import { describe, expect, it } from 'vitest'
import { apiOrigin, buildCsp, inlineScripts } from '../../scripts/vite-csp-plugin'

const directive = (csp: string, name: string) =>
  csp
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1)

describe('Content-Security-Policy', () => {
  it('allows no inline script or style and no eval', () => {
    const csp = buildCsp()
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(directive(csp, 'script-src')).toBe("'self'")
    expect(directive(csp, 'style-src')).toBe("'self'")
    expect(directive(csp, 'object-src')).toBe("'none'")
  })

  it('lets a live build reach its API origin, and only that', () => {
    const csp = buildCsp({ apiBaseUrl: 'https://api.example.org/pulse/api' })
    expect(directive(csp, 'connect-src')).toBe("'self' https://api.example.org")
    // a relative base (the mock) or junk adds nothing
    expect(directive(buildCsp({ apiBaseUrl: '/api' }), 'connect-src')).toBe("'self'")
    expect(apiOrigin('javascript:alert(1)')).toBeNull()
    expect(apiOrigin('not a url')).toBeNull()
  })

  it('finds inline scripts, not external ones', () => {
    expect(inlineScripts('<script type="module" src="/assets/a.js"></script>')).toEqual([])
    expect(inlineScripts('<script>alert(1)</script>')).toHaveLength(1)
  })
})
