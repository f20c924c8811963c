/**
 * The Query Routing Protocol between a leaf and its ultrapeer ("Query Routing for the Gnutella
 * Network" 1.0, C. Rohrs, Lime Wire, 2002): the keyword hash ({@link org.swarmsim.gnutella.qrp.QrpHash}),
 * how names split into keywords ({@link org.swarmsim.gnutella.qrp.Keywords}) and the table with its
 * RESET and PATCH messages ({@link org.swarmsim.gnutella.qrp.QrpTable}), whose sizes are the real
 * compressed sizes. The messages themselves are
 * {@link org.swarmsim.gnutella.wire.RouteTableUpdate}s of the wire package.
 *
 * <p>Where the specification leaves room, LimeWire (the reference implementation) and
 * gtk-gnutella decide; each class says which.
 */
package org.swarmsim.gnutella.qrp;
