/*
 * The message-sequence diagram: one lifeline (row) per peer and the tracker, time running left to
 * right, each wire message an arrow from its sender's row to its receiver's at its time. Drawn
 * on a canvas from the messages of the visible time window only (found by binary search); above
 * ARROW_BUDGET messages in view it draws an even sample of them and says so.
 */
function SequenceDiagram(model, canvas, legend, note, tooltip, callbacks) {
  var ARROW_BUDGET = 20000, LABEL = 118, TOP = 24, RIGHT = 14;
  var self = this;
  var colours = Drawing.colours(model.types);
  var hidden = {};
  var span0 = model.tMax > model.tMin ? model.tMax - model.tMin : 1;
  var view = { t0: model.tMin - span0 * 0.01, t1: model.tMax + span0 * 0.01 };
  var layout = null;
  this.drawnArrows = 0;
  this.stride = 1;
  /** A lookup id whose messages are drawn bold while the others fade, or null. */
  this.focus = null;
  /** The lifelines drawn: every one, or while a lookup is in focus only the nodes it involves. */
  var lanes = model.lanes, laneIndex = model.laneIndex;

  /** Draws lookup `id`'s messages bold over faded others, on its nodes' lifelines only; null: everything. */
  this.setFocus = function (id) {
    var l = id === null ? null : model.lookups[id];
    self.focus = l ? l.id : null;
    if (!l) { lanes = model.lanes; laneIndex = model.laneIndex; return; }
    var keep = {};
    if (l.start) keep[Model.laneKey(l.start.peer)] = true;
    l.queries.forEach(function (q) { keep[Model.laneKey(q.from)] = true; keep[Model.laneKey(q.to)] = true; });
    l.timeouts.forEach(function (e) { keep[Model.laneKey(e.peer)] = true; if (e.remote !== undefined) keep[Model.laneKey(e.remote)] = true; });
    lanes = model.lanes.filter(function (k) { return keep[k]; });
    laneIndex = {};
    lanes.forEach(function (k, i) { laneIndex[k] = i; });
  };
  this.colours = colours;

  function laneHeight() { return Math.max(2, Math.min(36, Math.floor(420 / Math.max(1, lanes.length)))); }
  function x(t) { return LABEL + (t - view.t0) / (view.t1 - view.t0) * (layout.width - LABEL - RIGHT); }
  function timeAt(px) { return view.t0 + (px - LABEL) / (layout.width - LABEL - RIGHT) * (view.t1 - view.t0); }
  function y(lane) { return TOP + (lane + 0.5) * layout.lane; }
  function laneLabel(key) {
    if (key === 'tracker') return 'tracker';
    var p = model.peersById[key], swarm = model.facts.kind === 'swarm' || (model.facts.peers || []).length > 0;
    return (swarm ? 'peer ' : 'node ') + key + (p && p.seed ? ' (seed)' : '');
  }

  buildLegend();

  this.resetView = function () { view.t0 = model.tMin - span0 * 0.01; view.t1 = model.tMax + span0 * 0.01; self.setFocus(null); };
  /** The time window in view. */
  this.window = function () { return { t0: view.t0, t1: view.t1 }; };
  /** Where the middle of message e's arrow is, in CSS pixels from the canvas's top left (after a draw). */
  this.pointOf = function (e) {
    var a = laneIndex[Model.laneKey(e.from)], b = laneIndex[Model.laneKey(e.to)];
    return { x: x(e.t), y: (y(a) + y(b)) / 2 };
  };
  /** Shows [t0, t1] with a margin (exactly [t0, t1] if `exact`). */
  this.showWindow = function (t0, t1, exact) {
    var pad = exact ? 0 : (t1 - t0) * 0.05 || 0.01;
    if (!(t1 > t0)) return;
    view.t0 = t0 - pad; view.t1 = t1 + pad;
  };

  /*
   * Everything but the current-time line is drawn into an offscreen layer, drawn again only when
   * the view changes (zoom, pan, size, hidden types, focus): playing or stepping only copies it.
   */
  var layer = document.createElement('canvas'), layerKey = null;
  this.draw = function (now) {
    var lane = laneHeight(), height = TOP + lane * lanes.length + 8;
    var width = Math.max(200, canvas.parentNode.clientWidth), ratio = window.devicePixelRatio || 1;
    var key = [view.t0, view.t1, width, height, ratio, self.focus, lanes.length, JSON.stringify(hidden)].join('|');
    if (key !== layerKey) {
      layer.width = Math.round(width * ratio); layer.height = Math.round(height * ratio);
      var lctx = layer.getContext('2d');
      lctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      lctx.clearRect(0, 0, width, height);
      layout = { width: width, height: height, lane: lane };
      drawLanes(lctx);
      drawAxis(lctx);
      lctx.save();
      lctx.beginPath(); lctx.rect(LABEL, 0, width - LABEL, height); lctx.clip();
      drawArrows(lctx);
      drawStateMarks(lctx);
      lctx.restore();
      layerKey = key;
    }
    var box = Drawing.fit(canvas, height), ctx = box.ctx;
    ctx.drawImage(layer, 0, 0, width, height);
    ctx.save();
    ctx.beginPath(); ctx.rect(LABEL, 0, width - LABEL, height); ctx.clip();
    drawNow(ctx, now);
    ctx.restore();
  };

  function drawLanes(ctx) {
    ctx.font = (layout.lane >= 16 ? 14 : 11) + 'px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    for (var i = 0; i < lanes.length; i++) {
      var yy = y(i);
      ctx.strokeStyle = i % 2 ? '#e3e6ec' : '#d0d5de';
      ctx.lineWidth = 1;
      ctx.beginPath(); ctx.moveTo(LABEL, yy + 0.5); ctx.lineTo(layout.width - RIGHT, yy + 0.5); ctx.stroke();
      if (layout.lane >= 12 || i % Math.ceil(12 / layout.lane) === 0) {
        ctx.fillStyle = lanes[i] === 'tracker' ? '#6a3d9a' : '#1d2433';
        ctx.textAlign = 'right';
        ctx.fillText(laneLabel(lanes[i]), LABEL - 8, yy);
      }
    }
  }

  function drawAxis(ctx) {
    var span = view.t1 - view.t0;
    ctx.fillStyle = '#5b6478'; ctx.strokeStyle = '#eef0f4'; ctx.font = '12px system-ui, sans-serif';
    ctx.textAlign = 'center'; ctx.textBaseline = 'top';
    var ts = Drawing.ticks(view.t0, view.t1, Math.max(3, Math.floor((layout.width - LABEL) / 110)));
    var step = ts.length > 1 ? ts[1] - ts[0] : span;
    ts.forEach(function (t) {
      var xx = x(t);
      if (xx < LABEL || xx > layout.width - RIGHT) return;
      ctx.beginPath(); ctx.moveTo(xx + 0.5, TOP - 4); ctx.lineTo(xx + 0.5, layout.height); ctx.stroke();
      ctx.fillText(Drawing.seconds(t, step * 10), xx, 4);
    });
  }

  function drawArrows(ctx) {
    var lo = Model.lowerBound(model.msgTimes, view.t0), hi = Model.upperBound(model.msgTimes, view.t1);
    var inView = hi - lo;
    self.stride = inView > ARROW_BUDGET ? Math.ceil(inView / ARROW_BUDGET) : 1;
    var lines = {}, heads = {}, drawn = 0, head = Math.min(6, Math.max(3, layout.lane / 4));
    // many arrows: one-pixel bars and square tips (fillRect is far cheaper than stroking paths)
    var dense = Math.ceil(inView / self.stride) > 2500, bars = {};
    for (var i = lo; i < hi; i += self.stride) {
      var e = model.messages[i];
      if (hidden[e.type]) continue;
      var a = laneIndex[Model.laneKey(e.from)], b = laneIndex[Model.laneKey(e.to)];
      if (a === undefined || b === undefined) continue;
      var xx = x(e.t), y1 = y(a), y2 = y(b), dir = y2 > y1 ? 1 : -1;
      var key = self.focus !== null && e.lookup === self.focus ? '~' + e.type : e.type;
      drawn++;
      if (dense && key.charAt(0) !== '~') {
        (bars[key] || (bars[key] = [])).push(xx, y1, y2);
        continue;
      }
      var line = lines[key] || (lines[key] = new Path2D());
      var tip = heads[key] || (heads[key] = new Path2D());
      line.moveTo(xx, y1); line.lineTo(xx, y2 - dir * head);
      tip.moveTo(xx, y2); tip.lineTo(xx - head * 0.6, y2 - dir * head); tip.lineTo(xx + head * 0.6, y2 - dir * head); tip.closePath();
    }
    Object.keys(bars).sort().forEach(function (type) {
      var v = bars[type];
      ctx.globalAlpha = self.focus === null ? 1 : 0.18;
      ctx.fillStyle = colours[type];
      for (var k = 0; k < v.length; k += 3) {
        var bx = Math.round(v[k]), top = Math.min(v[k + 1], v[k + 2]), dirDown = v[k + 2] > v[k + 1];
        ctx.fillRect(bx, top, 1, Math.abs(v[k + 2] - v[k + 1]));
        ctx.fillRect(bx - 1, dirDown ? v[k + 2] - 3 : v[k + 2], 3, 3);
      }
    });
    var width = self.stride > 1 || inView > 3000 ? 1 : 1.6;
    Object.keys(lines).sort().forEach(function (key) {
      var focused = key.charAt(0) === '~', type = focused ? key.slice(1) : key;
      ctx.globalAlpha = self.focus === null || focused ? 1 : 0.18;
      ctx.lineWidth = focused ? 3 : width;
      ctx.strokeStyle = colours[type]; ctx.fillStyle = colours[type];
      ctx.stroke(lines[key]); ctx.fill(heads[key]);
    });
    ctx.globalAlpha = 1;
    self.drawnArrows = drawn;
    note.textContent = self.stride > 1
      ? 'Showing 1 in ' + self.stride + ' of the ' + inView.toLocaleString('en') + ' messages in view (the page draws at most '
        + ARROW_BUDGET.toLocaleString('en') + '). Zoom in to see every one, or trace less: --trace-peers, --trace-from/--trace-to, --trace-types.'
      : '';
  }

  /** Pieces verified (a dot on the peer's lifeline) and queries timed out (a red cross). */
  function drawStateMarks(ctx) {
    var lo = Model.lowerBound(model.times, view.t0), hi = Model.upperBound(model.times, view.t1);
    if (hi - lo > ARROW_BUDGET * 2) return;
    var dots = new Path2D(), crosses = new Path2D(), r = Math.min(4, Math.max(2, layout.lane / 7));
    for (var i = lo; i < hi; i++) {
      var e = model.events[i];
      if (e.type !== 'piece_verified' && e.type !== 'query_timeout') continue;
      var lane = laneIndex[Model.laneKey(e.peer)];
      if (lane === undefined) continue;
      var xx = x(e.t), yy = y(lane);
      if (e.type === 'piece_verified') { dots.moveTo(xx + r, yy); dots.arc(xx, yy, r, 0, 2 * Math.PI); }
      else { crosses.moveTo(xx - r, yy - r); crosses.lineTo(xx + r, yy + r); crosses.moveTo(xx + r, yy - r); crosses.lineTo(xx - r, yy + r); }
    }
    ctx.fillStyle = '#1d2433'; ctx.fill(dots);
    ctx.strokeStyle = '#d62728'; ctx.lineWidth = 2; ctx.stroke(crosses);
  }

  function drawNow(ctx, now) {
    var xx = x(now);
    ctx.strokeStyle = 'rgba(192, 57, 43, 0.85)'; ctx.lineWidth = 2;
    ctx.beginPath(); ctx.moveTo(xx, TOP - 6); ctx.lineTo(xx, layout.height); ctx.stroke();
  }

  function buildLegend() {
    legend.innerHTML = '';
    model.types.forEach(function (type) {
      var item = document.createElement('span');
      item.className = 'legend-item';
      item.title = 'click to hide or show';
      item.innerHTML = '<span class="swatch" style="background:' + colours[type] + '"></span>' + Drawing.escapeHtml(type)
        + ' <span class="hint">' + model.typeCounts[type].toLocaleString('en') + '</span>';
      item.addEventListener('click', function () {
        hidden[type] = !hidden[type];
        item.classList.toggle('off', !!hidden[type]);
        callbacks.redraw();
      });
      legend.appendChild(item);
    });
    if (model.pieceVerified.length) legend.insertAdjacentHTML('beforeend', '<span class="legend-item">&#9679; piece verified</span>');
    if (model.events.some(function (e) { return e.type === 'query_timeout'; })) {
      legend.insertAdjacentHTML('beforeend', '<span class="legend-item" style="color:#d62728">&#10005; query timeout</span>');
    }
  }

  /** The drawn message nearest to (px, py), or null. */
  function messageAt(px, py) {
    if (!layout || px < LABEL) return null;
    var tol = 5 * (view.t1 - view.t0) / (layout.width - LABEL - RIGHT);
    var t = timeAt(px), lo = Model.lowerBound(model.msgTimes, t - tol), hi = Model.upperBound(model.msgTimes, t + tol);
    var best = null, bestDx = Infinity;
    for (var i = lo; i < hi && i < lo + 5000; i++) {
      var e = model.messages[i];
      if (hidden[e.type] || (self.stride > 1 && (i % self.stride) !== 0)) continue;
      var a = laneIndex[Model.laneKey(e.from)], b = laneIndex[Model.laneKey(e.to)];
      if (a === undefined || b === undefined) continue;
      var top = Math.min(y(a), y(b)) - 4, bottom = Math.max(y(a), y(b)) + 4, dx = Math.abs(x(e.t) - px);
      if (py >= top && py <= bottom && dx < bestDx) { best = e; bestDx = dx; }
    }
    return best;
  }

  function describe(e) {
    var text = e.type + '   ' + laneLabel(Model.laneKey(e.from)) + ' \u2192 ' + laneLabel(Model.laneKey(e.to));
    Object.keys(e).forEach(function (k) {
      if (k === 'type' || k === 'from' || k === 'to') return;
      var v = e[k];
      text += '\n' + k + ' = ' + (Array.isArray(v) ? v.join(', ') : v);
    });
    return text;
  }

  var drag = null;
  canvas.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var rect = canvas.getBoundingClientRect(), t = timeAt(ev.clientX - rect.left);
    var f = Math.exp(Math.max(-3, Math.min(3, ev.deltaY * 0.0015)));
    var t0 = t - (t - view.t0) * f, t1 = t + (view.t1 - t) * f;
    if (t1 - t0 < 1e-6) return;
    view.t0 = t0; view.t1 = t1;
    callbacks.redraw();
  }, { passive: false });
  canvas.addEventListener('mousedown', function (ev) {
    drag = { x: ev.clientX, t0: view.t0, t1: view.t1, moved: false };
    canvas.classList.add('dragging');
  });
  window.addEventListener('mousemove', function (ev) {
    var rect = canvas.getBoundingClientRect();
    if (drag) {
      var dx = ev.clientX - drag.x;
      if (Math.abs(dx) > 3) drag.moved = true;
      var dt = dx / (layout.width - LABEL - RIGHT) * (drag.t1 - drag.t0);
      view.t0 = drag.t0 - dt; view.t1 = drag.t1 - dt;
      tooltip.style.display = 'none';
      callbacks.redraw();
      return;
    }
    var px = ev.clientX - rect.left, py = ev.clientY - rect.top;
    var inside = px >= 0 && py >= 0 && px <= rect.width && py <= rect.height;
    var e = inside ? messageAt(px, py) : null;
    if (!e) { if (inside || tooltip.dataset.owner === 'sequence') tooltip.style.display = 'none'; return; }
    tooltip.dataset.owner = 'sequence';
    tooltip.textContent = describe(e);
    tooltip.style.display = 'block';
    tooltip.style.left = Math.min(window.innerWidth - 470, ev.clientX + 14) + 'px';
    tooltip.style.top = Math.min(window.innerHeight - tooltip.offsetHeight - 8, ev.clientY + 14) + 'px';
  });
  window.addEventListener('mouseup', function (ev) {
    if (!drag) return;
    var rect = canvas.getBoundingClientRect(), click = !drag.moved;
    drag = null;
    canvas.classList.remove('dragging');
    if (click && ev.clientX - rect.left >= LABEL) callbacks.setTime(timeAt(ev.clientX - rect.left));
  });
  canvas.addEventListener('dblclick', function () { self.resetView(); callbacks.redraw(); });
}
