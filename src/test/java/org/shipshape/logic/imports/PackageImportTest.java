package org.shipshape.logic.imports;

import org.shipshape.logic.text.Texts;
import org.shipshape.logic.loading.LoadingService;
import org.shipshape.logic.shipments.ShippingFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.packing.PackageRepository;

class PackageImportTest {
    static final String HEADER = "package,kind,length_cm,width_cm,height_cm,gross_kg,marks,category,description,"
            + "quantity,unit,condition,value,net_kg,hs_code\n";

    @TempDir
    Path folder;
    Workspace workspace;
    Shipment shipment;
    PackageImport importer;

    @BeforeEach
    void open() {
        workspace = ShippingFixture.open(folder);
        shipment = new ShippingFixture(workspace).shipment("MLI-2026-01", "20GP");
        importer = new PackageImport(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private PackageImport.Result run(String csv) {
        return importer.importFile("boxes.csv", csv.getBytes(StandardCharsets.UTF_8), "MLI-2026-01");
    }

    private List<String> problems(String csv) {
        try {
            run(csv);
        } catch (UserInputException e) {
            return Texts.english(e);
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void aGoodFileImportsSealedPackagesWithTheirLines() {
        PackageImport.Result result = run(HEADER
                + "MLI-0101,box,60,40,40,18.5,fragile;this-side-up,Men's clothes,Men's cotton shirts,20,,used-good,25,6.5,\n"
                + "MLI-0101,,,,,,,Towels,Bath towels,10,pcs,new,12.50,,6302.60\n"
                + "MLI-0102,bale,80,50,50,\"45,5\",,Used clothing (bales),Mixed used clothing,45,kg,used-fair,30,,\n");

        assertThat(result).isEqualTo(new PackageImport.Result(2, 3));
        PackageRepository packages = new PackageRepository(workspace.database());
        Package box = packages.findByNumber("MLI-0101").orElseThrow();
        assertThat(box.status()).isEqualTo(PackageStatus.SEALED);
        assertThat(box.shipmentId()).isEqualTo(shipment.id());
        assertThat(box.dimensions()).isEqualTo(new Dimensions(60, 40, 40));
        assertThat(box.grossKg()).isEqualByComparingTo("18.5");
        assertThat(box.marks()).containsExactlyInAnyOrder(HandlingMark.FRAGILE, HandlingMark.THIS_SIDE_UP);
        List<ContentLine> lines = packages.linesOf(box.id());
        assertThat(lines).extracting(ContentLine::hsCode).containsExactly("6309.00", "6302.60");
        assertThat(lines.get(0).unit()).as("category default unit").isEqualTo("pcs");
        assertThat(packages.findByNumber("MLI-0102").orElseThrow().grossKg()).isEqualByComparingTo("45.5");
        assertThat(new LoadingService(workspace).load(shipment.id(), "MLI-0102").done()).isTrue();
    }

    @Test
    void semicolonSeparatedWindows1252FilesAreRead() {
        String csv = HEADER.replace(',', ';') + "MLI-0201;box;;;;12,5;;Men's clothes;Chemises homme, coton, usagées;"
                + "20;pcs;used-good;25,00;;\n";
        importer.importFile("boxes.csv", csv.getBytes(Charset.forName("windows-1252")), "MLI-2026-01");

        Package pkg = new PackageRepository(workspace.database()).findByNumber("MLI-0201").orElseThrow();
        assertThat(new PackageRepository(workspace.database()).linesOf(pkg.id()).get(0).description())
                .isEqualTo("Chemises homme, coton, usagées");
    }

    @Test
    void everyProblemIsReportedWithFileRowAndColumnAndNothingIsSaved() {
        List<String> problems = problems(HEADER
                + "MLI-0301,crate,60,40,,18.5,slippery,Men's clothes,Shirts,20,,used-good,0,,\n"
                + "MLI-0302,box,60,40,40,,,No such category,,-1,,broken,abc,,12\n"
                + "MLI-0303,box,60,40,40,10,,Towels,Towels,5,,new,5,,\n"
                + "MLI-0303,box,60,40,40,11,,Towels,Towels,5,,new,5,,\n");

        assertThat(problems).contains(
                "boxes.csv:2: kind: 'crate' is not a package kind; use box, bale, piece, pallet.",
                "boxes.csv:2: length_cm: give length, width and height together, or leave all three empty.",
                "boxes.csv:2: marks: 'slippery' is not a handling mark; use fragile, this-side-up, do-not-stack,"
                        + " heavy, electrical, separated by ;.",
                "boxes.csv:2: value: the value is 0; a donation still has a customs value, never zero.",
                "boxes.csv:3: gross_kg: the cell is empty; enter a number greater than 0.",
                "boxes.csv:3: category: there is no category 'No such category'; use a category name from the"
                        + " Categories screen.",
                "boxes.csv:3: quantity: must be greater than 0, not -1",
                "boxes.csv:3: condition: 'broken' is not a condition; use new, used-good, used-fair, for-parts.",
                "boxes.csv:5: gross_kg: package MLI-0303 has '10' on row 4 but '11' here; rows of one package must"
                        + " agree (or leave the cell empty).");
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("boxes.csv:3: description:"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("boxes.csv:3: value:"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("boxes.csv:3: hs_code:"));
        assertThat(new PackageRepository(workspace.database()).count()).isZero();
    }

    @Test
    void packagesThatExistAlreadyAreRefused() {
        new ShippingFixture(workspace).sealedBox(shipment.id(), "MLI-0401", "10");

        assertThat(problems(HEADER + "MLI-0401,box,,,,10,,Towels,Towels,5,,new,5,,\n"
                + "MLI-0402,box,,,,10,,Towels,Towels,5,,new,5,,\n")).containsExactly("boxes.csv:2: package: package"
                + " MLI-0401 already exists; give the packages of this file new numbers or leave them out.");
        assertThat(new PackageRepository(workspace.database()).findByNumber("MLI-0402")).isEmpty();
    }

    @Test
    void aMissingColumnAndAnUnknownShipmentAreNamed() {
        assertThat(problems("package,kind\nMLI-1,box\n")).contains("boxes.csv:1: gross_kg: the column is missing; the"
                + " header must name " + String.join(", ", PackageImport.COLUMNS) + ".");
        assertThatThrownBy(() -> importer.importFile("b.csv", HEADER.getBytes(StandardCharsets.UTF_8), "NOPE"))
                .hasMessageContaining("There is no shipment NOPE");
    }
}
