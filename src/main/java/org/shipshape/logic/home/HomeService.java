package org.shipshape.logic.home;

import org.shipshape.logic.task.Progress;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import org.shipshape.logic.customs.CustomsDocuments;
import org.shipshape.logic.loading.LoadingOverview;
import org.shipshape.logic.loading.LoadingService;
import org.shipshape.logic.safety.BackupService;
import org.shipshape.logic.shipments.Capacity;
import org.shipshape.logic.shipments.ShipmentPackage;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.customs.PackProblem;
import org.shipshape.model.home.CategoryWaiting;
import org.shipshape.model.home.WarehouseProgress;
import org.shipshape.model.safety.BackupEntry;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.home.HomeQuery;

/**
 * What the home screen shows: the first-shipment checklist, the shipments still being prepared with how full their
 * container is and what would stop their customs pack, the goods waiting to be packed, and the last backup.
 */
public final class HomeService {
    private static final int WAITING_CATEGORIES = 5;

    private final Workspace workspace;

    public HomeService(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * A shipment not yet shipped.
     *
     * @param packed   the container as if every package of the shipment were in it
     * @param blocking problems that would stop the final customs pack now
     * @param warnings problems it would print with
     */
    public record OpenShipment(Shipment shipment, Capacity packed, int loaded, int total, int blocking,
                               int warnings) {
    }

    /**
     * What the home screen shows at once: the checklist, the waiting goods, the last backup and which shipments are
     * being prepared; each of those shipments' fill and problems is read after it ({@link #openShipment}), as those
     * read every package and line of the shipment.
     */
    public record Summary(WarehouseProgress progress, List<Shipment> openShipments, List<CategoryWaiting> waiting,
                          Optional<BackupEntry> lastBackup) {
    }

    public WarehouseProgress progress() {
        return new HomeQuery(workspace.database()).progress();
    }

    public Summary summary() {
        HomeQuery query = new HomeQuery(workspace.database());
        List<Shipment> open = new ShipmentService(workspace).shipments().stream()
                .filter(shipment -> shipment.status().compareTo(ShipmentStatus.SHIPPED) < 0).toList();
        // a server's backups are the server's own (docs/decisions/0010): this PC keeps none to show
        Optional<BackupEntry> lastBackup = workspace.isOnServer() ? Optional.empty()
                : BackupService.list(workspace.file()).stream().max(Comparator.comparing(BackupEntry::takenAt));
        return new Summary(query.progress(), open, query.waitingByCategory(WAITING_CATEGORIES), lastBackup);
    }

    /**
     * How full the shipment's container is, how much of it is loaded, and what would stop its final customs pack.
     * Stops between its reads when asked to (home reads it in idle time and steps aside for a screen's own reads).
     */
    public OpenShipment openShipment(Shipment shipment, Progress progress) {
        LoadingOverview o = new LoadingService(workspace).overview(shipment.id());
        progress.checkCancelled();
        Set<String> loadedNumbers = new HashSet<>(o.loadedNumbers());
        List<ShipmentPackage> standing = o.packages().stream().filter(p -> p.pkg().parentId() == null).toList();
        Capacity packed = Capacity.of(o.containerType(), standing, standing.size(), o.usableShare(),
                Capacity.DEFAULT_WARNING_SHARE);
        int loaded = (int) standing.stream().filter(p -> loadedNumbers.contains(p.number())).count();
        progress.checkCancelled();
        List<PackProblem> problems = new CustomsDocuments(workspace).check(shipment.reference(), true, null, progress)
                .problems();
        int blocking = (int) problems.stream().filter(PackProblem::isBlocking).count();
        return new OpenShipment(shipment, packed, loaded, standing.size(), blocking, problems.size() - blocking);
    }
}
