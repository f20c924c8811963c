/*
 * The piece map: one row per peer, one cell per piece. A cell fills when the peer verifies the
 * piece (initial seeds hold every piece from their join); its colour says how many of the peers
 * present at that time hold the piece (dark purple: rare, yellow: held by everyone). The top row
 * is the swarm's availability of each piece.
 */
function PieceMap(model, canvas, legend) {
  var LABEL = 190, RIGHT = 64;
  var self = this;
  var peers = model.peers, n = model.pieces;
  var held = peers.map(function () { return new Uint8Array(n); });
  var counts = peers.map(function () { return 0; });
  var upTo = 0, at = -Infinity, rowIndex = {};
  peers.forEach(function (p, i) { rowIndex[p.id] = i; });

  legend.innerHTML = n
    ? '<span>held by one peer <span class="gradient" style="background:linear-gradient(90deg,' + [0, 0.25, 0.5, 0.75, 1].map(Drawing.ramp).join(',')
      + ')"></span> by every peer present</span><span><span class="swatch cell"></span> not held</span>'
      + '<span>top row: copies in the swarm (red: none)</span>'
    : 'no piece in this trace';

  function present(p, t) { return p.join <= t && t < p.leave; }

  /** Brings `held` to time t: forward from the last time, or again from the start. */
  function advance(t) {
    if (t < at) {
      held.forEach(function (h) { h.fill(0); });
      counts = peers.map(function () { return 0; });
      upTo = 0;
    }
    peers.forEach(function (p, i) {
      if (p.seed && p.join <= t && counts[i] < n) { held[i].fill(1); counts[i] = n; }
    });
    var list = model.pieceVerified;
    while (upTo < list.length && list[upTo].t <= t) {
      var e = list[upTo++], row = rowIndex[Model.laneKey(e.peer)];
      if (row !== undefined && e.piece >= 0 && e.piece < n && !held[row][e.piece]) { held[row][e.piece] = 1; counts[row]++; }
    }
    at = t;
  }

  /** How many present peers hold each piece at time t, and how many peers are present. */
  function availability(t) {
    var copies = new Uint16Array(n), here = 0;
    peers.forEach(function (p, i) {
      if (!present(p, t) || !p.verifies) return;
      here++;
      var h = held[i];
      for (var k = 0; k < n; k++) copies[k] += h[k];
    });
    return { copies: copies, present: here };
  }

  this.draw = function (t) {
    advance(t);
    var avail = availability(t);
    var rowH = Math.max(6, Math.min(30, Math.floor(300 / Math.max(1, peers.length + 1))));
    var box = Drawing.fit(canvas, (peers.length + 1) * rowH + 12 + rowH / 2);
    var ctx = box.ctx, cellW = n ? (box.width - LABEL - RIGHT) / n : 0, gap = cellW >= 5 ? 1 : 0;
    var font = Math.min(14, Math.max(9, rowH - 3));
    ctx.font = font + 'px system-ui, sans-serif'; ctx.textBaseline = 'middle';
    function shade(copies) { return Drawing.ramp(avail.present > 1 ? (copies - 1) / (avail.present - 1) : 1); }
    // availability row
    var y0 = 4;
    ctx.fillStyle = '#1d2433'; ctx.textAlign = 'right';
    ctx.fillText('copies', LABEL - 8, y0 + rowH / 2);
    for (var k = 0; k < n; k++) {
      var c = avail.copies[k];
      ctx.fillStyle = c ? shade(c) : '#ffffff';
      ctx.fillRect(LABEL + k * cellW, y0, Math.max(1, cellW - gap), rowH - 2);
      if (!c) { ctx.strokeStyle = '#d62728'; ctx.strokeRect(LABEL + k * cellW + 0.5, y0 + 0.5, Math.max(1, cellW - gap) - 1, rowH - 3); }
      if (cellW >= 16 && rowH >= 14) {
        ctx.fillStyle = c / Math.max(1, avail.present) > 0.6 ? '#1d2433' : '#ffffff'; ctx.textAlign = 'center';
        if (c) ctx.fillText(String(c), LABEL + k * cellW + cellW / 2, y0 + rowH / 2);
      }
    }
    y0 += rowH + rowH / 2;
    peers.forEach(function (p, i) {
      var y = y0 + i * rowH, here = present(p, t), h = held[i];
      ctx.globalAlpha = here ? 1 : 0.35;
      ctx.fillStyle = '#1d2433'; ctx.textAlign = 'right';
      var label = 'peer ' + p.id + (p.seed ? ' seed' : '') + (p.behaviour && p.behaviour !== 'compliant' ? ' ' + p.behaviour : '');
      if (!here && t >= p.leave) label += ' (left)';
      if (!p.verifies) { label += ' (no piece in trace)'; ctx.globalAlpha = 0.35; }
      ctx.fillText(label, LABEL - 8, y + rowH / 2);
      for (var k = 0; k < n; k++) {
        ctx.fillStyle = h[k] ? shade(avail.copies[k] || 1) : '#e4e7ee';
        ctx.fillRect(LABEL + k * cellW, y, Math.max(1, cellW - gap), rowH - 2);
      }
      ctx.textAlign = 'left'; ctx.fillStyle = counts[i] === n && n ? '#1a7f37' : '#1d2433';
      ctx.fillText(counts[i] + '/' + n, box.width - RIGHT + 6, y + rowH / 2);
      ctx.globalAlpha = 1;
    });
  };

  /** Each row's piece count at the last drawn time (for the self-test). */
  this.report = function () {
    return peers.map(function (p, i) { return { peer: p.id, seed: p.seed, held: counts[i], pieces: n }; });
  };
}
