/*
 * The choke state at the current time: who unchokes whom (from the choke and unchoke messages,
 * in force from their arrival until a choke or the connection's close), which unchoke is the
 * optimistic one (the sender's unchoke_decision said "optimistic"), and each peer's upload rate
 * over the last WINDOW seconds (bytes of its piece messages in (t - WINDOW, t], over WINDOW).
 */
function ChokeState(model, canvas, table) {
  var WINDOW = 20;
  var self = this;
  var peers = model.peers.filter(function (p) { return p.id !== 'tracker'; });
  var upTo = 0, at = -Infinity, unchoked = {}, reason = {};
  this.window = WINDOW;

  function advance(t) {
    if (t < at) { upTo = 0; unchoked = {}; reason = {}; }
    var list = model.chokeEvents;
    while (upTo < list.length && list[upTo].t <= t) {
      var e = list[upTo++];
      if (e.type === 'unchoke_decision' || e.type === 'choke_decision') {
        reason[e.peer + '>' + e.remote] = e.type === 'unchoke_decision' ? e.reason : null;
      } else if (e.type === 'unchoke') {
        unchoked[e.from + '>' + e.to] = { from: String(e.from), to: String(e.to), optimistic: reason[e.from + '>' + e.to] === 'optimistic', since: e.t };
      } else if (e.type === 'choke') {
        delete unchoked[e.from + '>' + e.to];
      } else if (e.type === 'connection_close' && e.remote !== undefined) {
        delete unchoked[e.peer + '>' + e.remote];
        delete unchoked[e.remote + '>' + e.peer];
      }
    }
    at = t;
  }

  /** Bytes per second each peer sent in piece messages over the window, in all and per receiver. */
  function rates(t) {
    var lo = Model.upperBound(model.uploadTimes, t - WINDOW), hi = Model.upperBound(model.uploadTimes, t);
    var up = {}, down = {}, edge = {};
    for (var i = lo; i < hi; i++) {
      var e = model.uploads[i], b = e.size / WINDOW;
      up[e.from] = (up[e.from] || 0) + b;
      down[e.to] = (down[e.to] || 0) + b;
      edge[e.from + '>' + e.to] = (edge[e.from + '>' + e.to] || 0) + b;
    }
    return { up: up, down: down, edge: edge };
  }

  this.edges = function () {
    return Object.keys(unchoked).sort().map(function (k) { return unchoked[k]; });
  };

  this.draw = function (t) {
    advance(t);
    var r = rates(t), edges = self.edges();
    self.lastRates = r;
    var box = Drawing.fit(canvas, 340), ctx = box.ctx;
    var labelled = peers.length <= 12;
    var cx = box.width / 2, cy = 166, radius = Math.max(60, Math.min(box.width / 2 - (labelled ? 90 : 24), labelled ? 140 : 146));
    var pos = {};
    peers.forEach(function (p, i) {
      var a = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, peers.length);
      pos[p.id] = { x: cx + radius * Math.cos(a), y: cy + radius * Math.sin(a), a: a };
    });
    var maxRate = 1;
    edges.forEach(function (e) { maxRate = Math.max(maxRate, r.edge[e.from + '>' + e.to] || 0); });
    var nodeR = Math.max(5, Math.min(17, Math.PI * radius / Math.max(1, peers.length) * 0.8));
    edges.forEach(function (e) {
      var a = pos[e.from], b = pos[e.to];
      if (!a || !b) return;
      var rate = r.edge[e.from + '>' + e.to] || 0;
      arrow(ctx, a, b, nodeR, 1.5 + 7 * rate / maxRate, e.optimistic ? '#ff7f0e' : '#2ca02c', e.optimistic);
    });
    ctx.textAlign = 'center'; ctx.textBaseline = 'middle';
    peers.forEach(function (p) {
      var q = pos[p.id], here = p.join <= t && t < p.leave;
      ctx.globalAlpha = here ? 1 : 0.35;
      ctx.beginPath(); ctx.arc(q.x, q.y, nodeR, 0, 2 * Math.PI);
      ctx.fillStyle = p.seed ? '#20283a' : '#ffffff'; ctx.fill();
      ctx.lineWidth = 2; ctx.strokeStyle = '#20283a'; ctx.stroke();
      if (nodeR >= 9) {
        ctx.fillStyle = p.seed ? '#ffffff' : '#20283a'; ctx.font = '600 ' + Math.round(Math.min(14, nodeR * 0.9)) + 'px system-ui, sans-serif';
        ctx.fillText(p.id, q.x, q.y);
      }
      if (labelled) {
        ctx.fillStyle = '#5b6478'; ctx.font = '12px system-ui, sans-serif';
        var text = '\u2191 ' + Drawing.rate(r.up[p.id] || 0), half = ctx.measureText(text).width / 2 + 2;
        var lx = q.x + Math.cos(q.a) * (nodeR + half + 4), ly = q.y + Math.sin(q.a) * (nodeR + 12);
        ctx.fillText(text, Math.max(half, Math.min(box.width - half, lx)), ly);
      }
      ctx.globalAlpha = 1;
    });
    fillTable(r, edges);
  };

  function arrow(ctx, a, b, nodeR, width, colour, dashed) {
    var dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy) || 1, ux = dx / len, uy = dy / len;
    var bend = 0.12 * len, mx = (a.x + b.x) / 2 - uy * bend, my = (a.y + b.y) / 2 + ux * bend;
    var sx = a.x + ux * nodeR, sy = a.y + uy * nodeR;
    var ex = b.x - (b.x - mx) / Math.hypot(b.x - mx, b.y - my) * (nodeR + 2), ey = b.y - (b.y - my) / Math.hypot(b.x - mx, b.y - my) * (nodeR + 2);
    ctx.save();
    ctx.strokeStyle = colour; ctx.fillStyle = colour; ctx.lineWidth = width;
    if (dashed) ctx.setLineDash([7, 5]);
    ctx.beginPath(); ctx.moveTo(sx, sy); ctx.quadraticCurveTo(mx, my, ex, ey); ctx.stroke();
    ctx.setLineDash([]);
    var hx = ex - mx, hy = ey - my, hl = Math.hypot(hx, hy) || 1, size = 7 + width;
    hx /= hl; hy /= hl;
    ctx.beginPath(); ctx.moveTo(ex + hx * 2, ey + hy * 2);
    ctx.lineTo(ex - hx * size - hy * size * 0.5, ey - hy * size + hx * size * 0.5);
    ctx.lineTo(ex - hx * size + hy * size * 0.5, ey - hy * size - hx * size * 0.5);
    ctx.closePath(); ctx.fill();
    ctx.restore();
  }

  function fillTable(r, edges) {
    var rows = peers.slice();
    if (rows.length > 30) rows = rows.sort(function (a, b) { return (r.up[b.id] || 0) - (r.up[a.id] || 0); }).slice(0, 30);
    var html = '<tr><th class="who">peer</th><th>\u2191 up</th><th>\u2193 down</th><th class="who">unchokes</th></tr>';
    rows.forEach(function (p) {
      var to = edges.filter(function (e) { return e.from === p.id; })
        .map(function (e) { return e.optimistic ? '<b style="color:#d9640b">' + e.to + '*</b>' : e.to; });
      html += '<tr><td class="who">' + Drawing.escapeHtml(p.id) + (p.seed ? ' seed' : '') + '</td><td>' + Drawing.rate(r.up[p.id] || 0)
        + '</td><td>' + Drawing.rate(r.down[p.id] || 0) + '</td><td class="who">' + (to.join(', ') || '&ndash;') + '</td></tr>';
    });
    html += '<tr><td colspan="4" class="who hint">rates over the last ' + WINDOW + ' s; * optimistic'
      + (peers.length > 30 ? '; the 30 fastest uploaders of ' + peers.length : '') + '</td></tr>';
    table.innerHTML = html;
  }

  /** The state at the last drawn time (for the self-test). */
  this.report = function () {
    var up = {};
    Object.keys(self.lastRates.up).sort().forEach(function (k) { up[k] = self.lastRates.up[k]; });
    return { t: at, edges: self.edges(), up: up };
  };
}
