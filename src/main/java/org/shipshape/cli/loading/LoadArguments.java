package org.shipshape.cli.loading;

import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code --shipment REF PACKAGE...}, shared by load and unload. */
final class LoadArguments {
    @Option(names = "--shipment", required = true, paramLabel = "REF")
    String shipment;
    @Parameters(arity = "1..*", paramLabel = "PACKAGE", descriptionKey = "packages")
    List<String> packages;
}
