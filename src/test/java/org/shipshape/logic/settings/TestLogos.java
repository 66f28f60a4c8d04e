package org.shipshape.logic.settings;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Logo files for tests, and what a PDF holds of them. */
public final class TestLogos {
    private TestLogos() {
    }

    /** A small two-colour PNG of the given size, written to the file. */
    public static Path png(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d5fa8));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The same as a JPEG. */
    public static Path jpeg(Path file, int width, int height) throws IOException {
        Path png = png(Files.createTempFile(file.getParent(), "logo", ".png"), width, height);
        ImageIO.write(ImageIO.read(png.toFile()), "jpg", file.toFile());
        return file;
    }

    /**
     * The sizes (width x height in pixels) of the images drawn on each page of a PDF, once per page they are on,
     * whether the page draws them itself or through a form it places (such as a header block shared by every page).
     */
    public static Set<String> imagesOn(Path pdf) throws IOException {
        Set<String> found = new HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int page = 0;
            for (PDPage each : document.getPages()) {
                page++;
                collect(each.getResources(), "page " + page + ": ", found);
            }
        }
        return found;
    }

    private static void collect(PDResources resources, String prefix, Set<String> found) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                found.add(prefix + image.getWidth() + "x" + image.getHeight());
            } else if (object instanceof PDFormXObject form && form.getResources() != resources) {
                collect(form.getResources(), prefix, found);
            }
        }
    }
}
