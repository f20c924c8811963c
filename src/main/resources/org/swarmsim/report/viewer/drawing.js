/* Helpers every panel draws with: a crisp canvas at the device's pixel ratio, axis ticks, units. */
var Drawing = (function () {
  /** Sizes `canvas` to its box's width and `height` CSS pixels; returns a context in CSS pixels. */
  function fit(canvas, height) {
    var ratio = window.devicePixelRatio || 1;
    var width = Math.max(200, canvas.parentNode.clientWidth);
    canvas.style.height = height + 'px';
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    var ctx = canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    return { ctx: ctx, width: width, height: height };
  }
  /** Round tick values covering [a, b], about `count` of them. */
  function ticks(a, b, count) {
    var span = b - a;
    if (!(span > 0)) return [a];
    var raw = span / count, mag = 1;
    while (mag * 10 <= raw) mag *= 10;
    while (mag > raw) mag /= 10;
    var step = mag;
    [1, 2, 5, 10].some(function (f) { step = f * mag; return step >= raw; });
    var out = [];
    for (var v = Math.ceil(a / step) * step; v <= b + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
    return out;
  }
  /** A time in seconds with just enough decimals for the current zoom. */
  function seconds(t, span) {
    var digits = span === undefined ? 6 : Math.max(0, Math.min(6, Math.ceil(-Math.log10(span)) + 2));
    return t.toFixed(digits) + ' s';
  }
  function rate(bytesPerSecond) {
    if (bytesPerSecond >= 1e6) return (bytesPerSecond / 1e6).toFixed(2) + ' MB/s';
    if (bytesPerSecond >= 1e3) return (bytesPerSecond / 1e3).toFixed(1) + ' kB/s';
    return bytesPerSecond.toFixed(0) + ' B/s';
  }
  var FIXED = {
    handshake: '#7f7f7f', bitfield: '#8c564b', have: '#bcbd22', interested: '#17becf', not_interested: '#7fd3dd',
    choke: '#d62728', unchoke: '#2ca02c', request: '#1f77b4', piece: '#ff7f0e', cancel: '#e377c2',
    keepalive: '#c7c7c7', announce: '#9467bd', announce_response: '#b59ad6', reject_request: '#a05d56',
    ping: '#8e8e8e', id_response: '#c2c2c2', find_node: '#1f77b4', nodes_response: '#7fb2de', get_peers: '#2ca02c',
    peers_response: '#8fd18a', announce_peer: '#9467bd', error_reply: '#d62728'
  };
  var SPARE = ['#e6550d', '#31a354', '#756bb1', '#636363', '#3182bd', '#de2d26', '#8c6d31', '#e7298a', '#66a61e', '#a6761d'];
  /** A colour for each message type: a fixed one for the usual types, the others in name order. */
  function colours(types) {
    var out = {}, k = 0;
    types.forEach(function (t) { out[t] = FIXED[t] || SPARE[(k++) % SPARE.length]; });
    return out;
  }
  /** Colour for a share in [0, 1] on a purple (rare) to yellow (common) ramp. */
  var RAMP = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];
  function ramp(share) {
    var x = Math.max(0, Math.min(1, share)) * (RAMP.length - 1), i = Math.min(RAMP.length - 2, Math.floor(x)), f = x - i;
    var c = RAMP[i].map(function (v, j) { return Math.round(v + (RAMP[i + 1][j] - v) * f); });
    return 'rgb(' + c[0] + ',' + c[1] + ',' + c[2] + ')';
  }
  function escapeHtml(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }
  return { fit: fit, ticks: ticks, seconds: seconds, rate: rate, colours: colours, ramp: ramp, escapeHtml: escapeHtml };
})();
