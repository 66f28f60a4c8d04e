package org.shipshape.gui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the user guide (docs/USER-GUIDE.md) beside the installed program or in the project folder. */
final class HelpFiles {
    static final String USER_GUIDE = "docs/USER-GUIDE.md";

    private HelpFiles() {
    }

    static Optional<Path> userGuide() {
        List<Path> folders = new ArrayList<>();
        try {
            Path code = Path.of(ShipshapeApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path folder = code.getParent(); folder != null && folders.size() < 4; folder = folder.getParent()) {
                folders.add(folder);
            }
        } catch (java.net.URISyntaxException | RuntimeException unknownLocation) {
            // then only the working folder is looked at
        }
        folders.add(Path.of(System.getProperty("user.dir", ".")));
        return folders.stream().map(folder -> folder.resolve(USER_GUIDE)).filter(Files::isRegularFile).findFirst();
    }
}
