/*! ROK–Japan Pulse embed loader, docs/embedding.md: <div data-rokjp-chart="ID"> becomes a
 lazy iframe of embed.html, sized by that frame's resize messages. */
;(function () {
  'use strict'
  var TYPE = 'rokjp-pulse:resize'
  var DONE = 'data-rokjp-loaded'
  var PARAMS = ['age', 'from', 'to', 'lang', 'theme', 'static', 'respondents', 'sources', 'measure']
  try {
    var d = document
    var src = (d.currentScript && d.currentScript.src) || ''
    if (!src) return
    var embedUrl = new URL('embed.html', src)
    var st = window.__rokjpPulseEmbed
    if (!st) {
      st = window.__rokjpPulseEmbed = { frames: [] }
      window.addEventListener('message', function (e) {
        try {
          onMessage(st.frames, e)
        } catch {
          /* never throw */
        }
      })
    }
    st.scan = function () {
      try {
        var nodes = d.querySelectorAll('div[data-rokjp-chart]:not([' + DONE + '])')
        for (var i = 0; i < nodes.length; i++) build(st.frames, nodes[i], embedUrl)
      } catch {
        /* skip */
      }
    }
    st.scan()
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', st.scan)
  } catch {
    /* never throw */
  }

  function build(frames, div, embedUrl) {
    try {
      div.setAttribute(DONE, '')
      var chart = String(div.getAttribute('data-rokjp-chart')).trim().slice(0, 60).toLowerCase()
      var url = new URL(embedUrl.href)
      url.searchParams.set('chart', chart)
      for (var i = 0; i < PARAMS.length; i++) {
        var v = div.getAttribute('data-' + PARAMS[i])
        if (v !== null)
          url.searchParams.set(PARAMS[i], v === '' && PARAMS[i] === 'static' ? '1' : v)
      }
      var h = div.getAttribute('data-height')
      var f = document.createElement('iframe')
      f.src = url.href
      f.title = 'ROK–Japan Pulse: ' + (chart || 'chart')
      f.setAttribute('loading', 'lazy')
      f.setAttribute(
        'sandbox',
        'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
      )
      f.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin')
      f.setAttribute('scrolling', 'no')
      f.style.cssText =
        'display:block;width:100%;border:0;overflow:hidden;height:' +
        (/^\d{2,4}$/.test(h || '') ? h : '480') +
        'px'
      while (div.firstChild) div.removeChild(div.firstChild)
      div.appendChild(f)
      frames.push({ frame: f, chart: chart, origin: embedUrl.origin, height: -1 })
    } catch {
      /* skip it */
    }
  }

  function onMessage(frames, e) {
    var data = e.data
    if (!data || typeof data !== 'object' || data.type !== TYPE) return
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i]
      if (!e.source || e.source !== f.frame.contentWindow) continue
      var h = data.height
      if (e.origin !== f.origin || data.chart !== f.chart) return
      if (typeof h !== 'number' || !isFinite(h) || h < 50 || h > 10000) return
      h = Math.ceil(h)
      if (h !== f.height) f.frame.style.height = (f.height = h) + 'px'
      return
    }
  }
})()
