/*! ROK–Japan Pulse embed loader, docs/embedding.md: <div data-rokjp-chart="ID"> becomes a
 lazy iframe of embed.html, sized by that frame's resize messages; plain iframes of the same
 embed.html on the page are sized too. */
;(function () {
  'use strict'
  var TYPE = 'rokjp-pulse:resize'
  var MEASURE = 'rokjp-pulse:measure'
  var DONE = 'data-rokjp-loaded'
  // data-NAME becomes the parameter NAME (data-as-of: asOf)
  var PARAMS = 'age from to lang theme static full respondents sources measure as-of'.split(' ')
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
      // a frame paused off screen may have missed a change: ask it again when it comes near
      // the viewport, and all of them when the page's width may have changed
      if (typeof IntersectionObserver === 'function')
        st.io = new IntersectionObserver(
          function (entries) {
            for (var i = 0; i < entries.length; i++)
              if (entries[i].isIntersecting) askFor(st.frames, entries[i].target)
          },
          { rootMargin: '200px 0px' },
        )
      var timer = 0
      window.addEventListener('resize', function () {
        clearTimeout(timer)
        timer = setTimeout(function () {
          for (var i = 0; i < st.frames.length; i++) ask(st.frames[i])
        }, 200)
      })
    }
    st.scan = function () {
      try {
        var nodes = d.querySelectorAll('div[data-rokjp-chart]:not([' + DONE + '])')
        for (var i = 0; i < nodes.length; i++) build(st, nodes[i], embedUrl)
        nodes = d.querySelectorAll('iframe[src]:not([' + DONE + '])')
        for (i = 0; i < nodes.length; i++) adopt(st, nodes[i], embedUrl)
      } catch {
        /* skip */
      }
    }
    st.scan()
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', st.scan)
  } catch {
    /* never throw */
  }

  function chartOf(v) {
    return String(v).trim().slice(0, 60).toLowerCase()
  }

  function build(st, div, embedUrl) {
    try {
      div.setAttribute(DONE, '')
      var chart = chartOf(div.getAttribute('data-rokjp-chart'))
      var url = new URL(embedUrl.href)
      url.searchParams.set('chart', chart)
      for (var i = 0; i < PARAMS.length; i++) {
        var p = PARAMS[i]
        var v = div.getAttribute('data-' + p)
        if (v !== null)
          url.searchParams.set(
            p === 'as-of' ? 'asOf' : p,
            v === '' && (p === 'static' || p === 'full') ? '1' : v,
          )
      }
      var h = div.getAttribute('data-height')
      var f = document.createElement('iframe')
      f.setAttribute(DONE, '')
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
      track(st, f, chart, embedUrl.origin)
    } catch {
      /* skip it */
    }
  }

  // a plain <iframe src=".../embed.html?chart=ID"> pasted into the page (a CMS that allows only
  // iframes, with this script in the site's template) is sized like a built one
  function adopt(st, f, embedUrl) {
    try {
      var url = new URL(f.src)
      if (url.origin !== embedUrl.origin || url.pathname !== embedUrl.pathname) return
      f.setAttribute(DONE, '')
      track(st, f, chartOf(url.searchParams.get('chart') || ''), embedUrl.origin)
      ask(st.frames[st.frames.length - 1]) // it may have spoken before this script arrived
    } catch {
      /* skip it */
    }
  }

  function track(st, f, chart, origin) {
    var rec = { frame: f, chart: chart, origin: origin, height: -1 }
    st.frames.push(rec)
    f.addEventListener('load', function () {
      ask(rec)
    })
    if (st.io) st.io.observe(f)
  }

  function askFor(frames, el) {
    for (var i = 0; i < frames.length; i++) if (frames[i].frame === el) ask(frames[i])
  }

  // "measure now": the frame answers with a resize message. Sent only to the embed's origin,
  // and only once the frame shows a document from there (no console noise for a pending frame).
  function ask(rec) {
    try {
      var f = rec.frame
      var w = f.contentWindow
      var doc = f.contentDocument // null when cross-origin, i.e. navigated to the embed
      if (!w || (doc && (doc.URL === 'about:blank' || new URL(doc.URL).origin !== rec.origin)))
        return
      w.postMessage({ type: MEASURE, chart: rec.chart }, rec.origin)
    } catch {
      /* never throw */
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
