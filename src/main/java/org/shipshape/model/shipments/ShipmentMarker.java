package org.shipshape.model.shipments;

/**
 * A cheap fingerprint of everything the screens show about one shipment (its fields, its packages, what is loaded):
 * it moves whenever any station changes one of them, so a screen can tell it must read the shipment again
 * (docs/decisions/0012). Two markers are compared, never interpreted.
 *
 * @param shipmentVersion  the shipment's version, -1 once it no longer exists
 * @param packages         how many packages it has
 * @param packageVersions  the sum of their versions (every change of a package, its lines or its loading counts one)
 * @param lastPackageId    the newest of them, so a package leaving while another arrives still moves the marker
 */
public record ShipmentMarker(long shipmentVersion, long packages, long packageVersions, long lastPackageId) {
}
