package org.shipshape.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.task.CancelAfterReports;
import org.shipshape.logic.task.CancelledException;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.store.intake.ItemRepository;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.shipments.ShipmentRepository;

class LargeWarehouseTest {
    private static final LargeWarehouse.Size SMALL = new LargeWarehouse.Size(20, 400, 3, 12, 8);

    @TempDir
    Path folder;

    @Test
    void generatesTheRequestedSize() {
        try (Workspace workspace = Workspace.open(folder.resolve("a.db"), false, "t")) {
            LargeWarehouse.generate(workspace, SMALL, 7, Progress.NONE);
            var counts = workspace.counts();
            assertThat(counts.donors()).isEqualTo(20);
            assertThat(counts.items()).isEqualTo(400);
            assertThat(counts.shipments()).isEqualTo(3);
            assertThat(counts.packages()).isEqualTo(36);
        }
    }

    @Test
    void theSameSeedGivesTheSameWarehouse() {
        assertThat(snapshot("a.db", 7)).isEqualTo(snapshot("b.db", 7));
    }

    @Test
    void anotherSeedGivesAnotherWarehouse() {
        assertThat(snapshot("a.db", 7)).isNotEqualTo(snapshot("b.db", 8));
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsData() {
        try (Workspace workspace = Workspace.open(folder.resolve("a.db"), false, "t")) {
            LargeWarehouse.generate(workspace, SMALL, 7, Progress.NONE);
            assertThatThrownBy(() -> LargeWarehouse.generate(workspace, SMALL, 7, Progress.NONE))
                    .isInstanceOf(UserInputException.class).hasMessageContaining("empty database");
            assertThat(workspace.counts().items()).isEqualTo(400);
        }
    }

    @Test
    void aCancelledRunLeavesTheDatabaseEmpty() {
        try (Workspace workspace = Workspace.open(folder.resolve("a.db"), false, "t")) {
            Progress cancelled = new CancelAfterReports(0);
            assertThatThrownBy(() -> LargeWarehouse.generate(workspace, SMALL, 7, cancelled))
                    .isInstanceOf(CancelledException.class);
            assertThat(workspace.counts().isEmpty()).isTrue();
        }
    }

    /** Everything a later feature reads, except creation stamps. */
    private List<Object> snapshot(String file, long seed) {
        try (Workspace workspace = Workspace.open(folder.resolve(file), false, "t")) {
            LargeWarehouse.generate(workspace, SMALL, seed, Progress.NONE);
            List<Object> all = new ArrayList<>();
            ItemRepository items = new ItemRepository(workspace.database());
            for (long donor = 1; donor <= SMALL.donors(); donor++) {
                all.addAll(items.findByDonor(donor));
            }
            PackageRepository packages = new PackageRepository(workspace.database());
            for (var shipment : new ShipmentRepository(workspace.database()).findAll()) {
                all.add(shipment);
                for (var pkg : packages.findByShipment(shipment.id())) {
                    all.add(pkg);
                    all.addAll(packages.linesOf(pkg.id()));
                }
            }
            assertThat(all).hasSizeGreaterThan(SMALL.items());
            return all;
        }
    }
}
