'use strict';
/*
 * The trace, indexed by time. Every line is kept as parsed; `events` holds them sorted by t
 * (a stable sort, so lines of equal t keep the file's order) and typed arrays hold their times,
 * so any panel finds the lines of a time window by binary search.
 */
var Model = (function () {
  /** The first index whose value is >= x (values sorted ascending). */
  function lowerBound(values, x) {
    var lo = 0, hi = values.length;
    while (lo < hi) { var mid = (lo + hi) >>> 1; if (values[mid] < x) lo = mid + 1; else hi = mid; }
    return lo;
  }
  /** The first index whose value is > x. */
  function upperBound(values, x) {
    var lo = 0, hi = values.length;
    while (lo < hi) { var mid = (lo + hi) >>> 1; if (values[mid] <= x) lo = mid + 1; else hi = mid; }
    return lo;
  }
  function timesOf(lines) {
    var out = new Float64Array(lines.length);
    for (var i = 0; i < lines.length; i++) out[i] = lines[i].t;
    return out;
  }
  function isMessage(line) { return line.from !== undefined && line.to !== undefined; }
  function laneKey(v) { return String(v); }
  function compareLanes(a, b) {
    var ra = a === 'tracker' ? 0 : (/^-?\d+$/.test(a) ? 1 : 2);
    var rb = b === 'tracker' ? 0 : (/^-?\d+$/.test(b) ? 1 : 2);
    if (ra !== rb) return ra - rb;
    if (ra === 1) return Number(a) - Number(b);
    return a < b ? -1 : (a > b ? 1 : 0);
  }

  var CHOKE_TYPES = { choke: 1, unchoke: 1, unchoke_decision: 1, choke_decision: 1, connection_close: 1 };

  function build(facts, lines) {
    var events = lines.slice().sort(function (a, b) { return a.t - b.t; });
    var m = {
      facts: facts, events: events, times: timesOf(events),
      messages: [], pieceVerified: [], chokeEvents: [], uploads: [], lookups: {}, lookupOrder: [],
      typeCounts: {}, lanes: [], laneIndex: {}, peers: [], pieces: facts.pieces || 0, tMin: 0, tMax: 0
    };
    var laneSet = {}, maxPiece = -1, verifies = {};
    function addLane(v) { if (v !== undefined && v !== null) laneSet[laneKey(v)] = true; }
    (facts.peers || []).forEach(function (p) { addLane(p.id); });
    for (var i = 0; i < events.length; i++) {
      var e = events[i];
      if (isMessage(e)) {
        m.messages.push(e);
        m.typeCounts[e.type] = (m.typeCounts[e.type] || 0) + 1;
        addLane(e.from); addLane(e.to);
        if (e.type === 'piece' && e.length !== undefined) m.uploads.push(e);
        if (e.type === 'bitfield' && typeof e.pieces === 'number') maxPiece = Math.max(maxPiece, e.pieces - 1);
      } else if (e.peer !== undefined) {
        addLane(e.peer);
      }
      if (typeof e.piece === 'number' && e.type !== 'ut_metadata') maxPiece = Math.max(maxPiece, e.piece);
      if (e.type === 'piece_verified') { m.pieceVerified.push(e); verifies[laneKey(e.peer)] = true; }
      if (CHOKE_TYPES[e.type]) m.chokeEvents.push(e);
      if (e.lookup !== undefined) addToLookup(m, e);
    }
    m.pieces = Math.max(m.pieces, maxPiece + 1);
    m.lanes = Object.keys(laneSet).sort(compareLanes);
    m.lanes.forEach(function (k, idx) { m.laneIndex[k] = idx; });
    m.msgTimes = timesOf(m.messages);
    m.uploadTimes = timesOf(m.uploads);
    m.uniqueTimes = uniqueTimes(m.times);
    m.tMax = events.length ? events[events.length - 1].t : 0;
    m.tMin = events.length ? events[0].t : 0;
    m.peers = peersOf(facts, m);
    m.peersById = {};
    // a leecher without a single piece_verified line was filtered out of the trace (or got nothing)
    m.peers.forEach(function (p) { m.peersById[p.id] = p; p.verifies = p.seed || !!verifies[p.id]; });
    m.types = Object.keys(m.typeCounts).sort();
    return m;
  }

  function uniqueTimes(times) {
    var out = [];
    for (var i = 0; i < times.length; i++) if (i === 0 || times[i] !== times[i - 1]) out.push(times[i]);
    return Float64Array.from(out);
  }

  /** The peers of a swarm (from peers.csv when there is one, else every lane but the tracker). */
  function peersOf(facts, m) {
    if (facts.peers && facts.peers.length) {
      return facts.peers.map(function (p) {
        return { id: laneKey(p.id), seed: !!p.seed, cls: p['class'] || '', behaviour: p.behaviour || '',
          join: p.join === null || p.join === undefined ? 0 : p.join,
          leave: p.leave === null || p.leave === undefined ? Infinity : p.leave };
      });
    }
    return m.lanes.filter(function (k) { return k !== 'tracker'; })
      .map(function (k) { return { id: k, seed: false, cls: '', behaviour: '', join: 0, leave: Infinity }; });
  }

  function addToLookup(m, e) {
    var id = e.lookup, l = m.lookups[id];
    if (!l) {
      l = m.lookups[id] = { id: id, start: null, end: null, queries: [], answers: {}, timeouts: [] };
      m.lookupOrder.push(id);
    }
    if (e.type === 'lookup_start') l.start = e;
    else if (e.type === 'lookup_end') l.end = e;
    else if (e.type === 'query_timeout') l.timeouts.push(e);
    else if (isMessage(e) && e.depth !== undefined) l.queries.push(e);
    else if (isMessage(e) && e.tid !== undefined) l.answers[e.tid] = e;
  }

  /** The XOR distance of two 8-hex-digit id prefixes, as an unsigned 32-bit number. */
  function xorDistance(a, b) { return ((parseInt(a, 16) ^ parseInt(b, 16)) >>> 0); }

  return { build: build, lowerBound: lowerBound, upperBound: upperBound, isMessage: isMessage, laneKey: laneKey,
    xorDistance: xorDistance };
})();
